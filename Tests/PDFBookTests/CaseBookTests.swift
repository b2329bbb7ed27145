import Document
import Foundation
import Model
import Testing
import TestSupport
@testable import PDFBook

/// The case collection as a book: contents by city with the real page
/// numbers, each case from a new page with its text in reading order, the
/// tag index, JPEGs embedded as their files' bytes, a valid and
/// reproducible file.
@Suite struct CaseBookTests {
    let path: String
    let pdf: PDFStructure
    let collection: CaseCollection

    init() throws {
        path = try CaseBookSample.rendered.get().path
        pdf = try PDFStructure(path: path)
        collection = try CaseBookSample.collection()
    }

    /// The page (0-based) and printed label of destination `name`.
    func page(of name: String) throws -> (index: Int, label: String) {
        let destination = try #require(pdf.namedDestinations()[name], "no destination \(name)")
        return (destination.page, pdf.pages[destination.page].label)
    }

    /// The squeezed lines of page `index` (0-based).
    func lines(ofPage index: Int) throws -> [String] {
        try PopplerTools.text(path, first: index + 1, last: index + 1).split(separator: "\n")
            .map { String($0).squeezed }.filter { !$0.isEmpty }
    }

    @Test func contentsListEachCityThenItsCasesWithThePagesTheyAreOn() throws {
        let contents = try #require(pdf.page(labelled: "I"))
        let rows = try lines(ofPage: contents)
        #expect(rows.first == "目录")
        let titles = CaseBookSample.titles
        let expected: [(String, String?)] = [
            ("前言", "c1"), ("南京市", nil), (titles[0], "c2"), (titles[1], "c3"),
            ("徐州市", nil), (titles[2], "c4"), ("技术标签索引", "tags"),
        ]
        var previous = -1
        for (title, destination) in expected {
            let line = try #require(rows.firstIndex { $0.hasPrefix(title) }, "\(title) not in \(rows)")
            if let destination {
                #expect(rows[line] == title + (try page(of: destination).label))
            } else {
                #expect(rows[line] == title, "a city line has no page number")
            }
            #expect(line > previous, "\(title) in reading order")
            previous = line
        }
        // Where the contents say a case is, its title band is.
        for (index, title) in titles.enumerated() {
            let target = try page(of: "c\(index + 2)")
            #expect(try lines(ofPage: target.index).first == title.squeezed)
        }
        // Every line links to its place; a city to its first case.
        #expect(pdf.links(onPage: contents).map(\.destination)
            == ["c1", "city-320100", "c2", "c3", "city-320300", "c4", "tags"])
        #expect(try page(of: "city-320100").index == (try page(of: "c2").index))
        #expect(try page(of: "city-320300").index == (try page(of: "c4").index))
    }

    @Test func aCasePageHasTitlePlaceFactsSummaryAndBodyInOrder() throws {
        // The first case's pages, up to the next case (running heads and folios in between do not matter).
        let first = try page(of: "c2").index
        let text = try (first..<(try page(of: "c3").index)).flatMap { try lines(ofPage: $0) }.joined()
        let expected = [
            CaseBookSample.titles[0], "南京市秦淮区·2025年", "AI视频识别", "塔吊监测",
            "项目编号", "JS2024-320104-0002", "项目名称", "南京市秦淮区某高级中学扩建工程",
            "所在地区", "南京市秦淮区", "工程类别", "房屋建筑", "施工单位", "江苏某建设集团有限公司",
            "集成服务商", "南京某智能科技有限公司", "最近一次数据验证等次", "优良（2025年6月18日验证）",
            CaseBookSample.summaryA, "校园扩建工地全景", "项目概况", CaseBookSample.bodyA, "主要做法",
        ]
        var position = text.startIndex
        for piece in expected {
            let range = try #require(text.range(of: piece, range: position..<text.endIndex), "\(piece) after the previous in \(text)")
            position = range.upperBound
        }
        // Without a project: place, category, year.
        let second = try lines(ofPage: try page(of: "c3").index).joined()
        #expect(second.contains("所在地区南京市江宁区工程类别市政基础设施年度2025年"))
        #expect(!second.contains("项目编号"))
        let third = try lines(ofPage: try page(of: "c4").index).joined()
        #expect(third.contains("所在地区徐州市年度2025年"))
    }

    @Test func everyCaseStartsAtTheTopOfANewPage() throws {
        let destinations = try (2...4).map { try #require(pdf.namedDestinations()["c\($0)"]) }
        #expect(Set(destinations.map(\.page)).count == 3)
        #expect(Set(destinations.map(\.y)).count == 1, "each at the top of the type area")
        // The long first case runs over; its next page carries its title as running head (a right-hand page).
        let first = destinations[0].page
        #expect(destinations[1].page > first + 1)
        let next = try lines(ofPage: first + 1)
        #expect(next.first == CaseBookSample.titles[0])
        // The picture of the first case comes after its body, on its last page.
        #expect(try lines(ofPage: destinations[1].page - 1).joined().contains("AI视频识别摄像机"))
    }

    @Test func theTagIndexListsEveryTagWithItsCasesAndPages() throws {
        let index = try page(of: "tags").index
        let rows = try lines(ofPage: index)
        #expect(rows.first == "技术标签索引")
        let titles = CaseBookSample.titles
        let label = { (n: Int) in try self.page(of: "c\(n + 2)").label }
        let expected = [
            "AI视频识别", titles[0] + (try label(0)), titles[2] + (try label(2)),
            "BIM", titles[1] + (try label(1)),
            "塔吊监测", titles[0] + (try label(0)), titles[1] + (try label(1)),
            "扬尘监测", titles[2] + (try label(2)),
        ]
        #expect(Array(rows.dropFirst().prefix(expected.count)) == expected)
        #expect(pdf.links(onPage: index).map(\.destination)
            == ["c2", "c2", "c4", "c3", "c3", "c2", "c2", "c3", "c4", "c4"], "a tag's line links to its first case")
    }

    @Test func coverAndPhotosAreTheJPEGFilesAsTheyAre() throws {
        let list = try PopplerTools.run("pdfimages", ["-list", path])
        let rows = list.text.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.map { $0[8] } == ["jpeg", "jpeg", "jpeg", "jpeg"])
        let folder = try Fixtures.temporaryFolder()
        #expect(try PopplerTools.run("pdfimages", ["-j", path, folder.appendingPathComponent("img").path]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["img-000.jpg", "img-001.jpg", "img-002.jpg", "img-003.jpg"])
        let extracted = try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
        #expect(extracted == [CaseBookSample.coverA, CaseBookSample.photoA, CaseBookSample.coverB, CaseBookSample.coverC])
    }

    @Test func picturesStayInsideTheTypeAreaAndTheCoverSpansItsWidth() throws {
        let options = PDFOptions(creationDate: CaseBookSample.date)
        let layouter = CaseBookLayouter(options: options, shaper: TextShaper())
        var collection = collection
        // A tall cover and a huge photo: capped, never split, never outside the type area.
        let tall = ImageBlock(source: "cases/tall.jpg", alt: "竖图", info: ImageInfo(format: .jpeg, pixelWidth: 1000, pixelHeight: 3000),
                              bytes: [])
        let huge = ImageBlock(source: "cases/huge.jpg", alt: "大图", caption: [.text("大图")],
                              info: ImageInfo(format: .jpeg, pixelWidth: 6000, pixelHeight: 4000), bytes: [])
        collection.cases[1].cover = tall
        collection.cases[1].photos = [huge, huge, huge]
        let book = layouter.layout(collection)
        let area = BookLayouter(options: options, shaper: TextShaper()).area
        let shift = options.geometry.versoShift
        var covers: [String: Rect] = [:]
        for page in book.pages {
            for case .image(let placement) in page.items {
                let rect = placement.rect
                let left = rect.x >= area.x - 1e-6 || rect.x >= area.x + shift - 1e-6
                #expect(left && rect.maxX <= area.maxX + shift + 1e-6)
                #expect(rect.y >= area.y - 1e-6 && rect.maxY <= area.maxY + 1e-6, "\(placement.image.source)")
                covers[placement.image.source] = covers[placement.image.source] ?? rect
            }
        }
        let cover = try #require(covers["cases/a-cover.jpg"])
        #expect(abs(cover.width - area.width) < 1e-6, "the cover photo spans the type area")
        #expect(cover.height <= area.height * 0.45 + 1e-6)
        let tallRect = try #require(covers["cases/tall.jpg"])
        #expect(tallRect.height <= area.height * 0.45 + 1e-6)
        #expect(abs(tallRect.height / tallRect.width - 3) < 1e-6, "proportions kept")
    }

    @Test func outlineHasPrefaceCitiesWithTheirCasesAndTheIndex() throws {
        let output = try PopplerTools.run("qpdf", ["--json", "--json-key=outlines", path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any])
        let outlines = try #require(json["outlines"] as? [[String: Any]])
        func titles(_ items: [[String: Any]]) -> [String] { items.compactMap { $0["title"] as? String } }
        #expect(titles(outlines) == ["目录", "前言", "南京市", "徐州市", "技术标签索引"])
        let nanjing = outlines[2]["kids"] as? [[String: Any]] ?? []
        #expect(titles(nanjing) == Array(CaseBookSample.titles.prefix(2)))
        #expect(titles(outlines[3]["kids"] as? [[String: Any]] ?? []) == [CaseBookSample.titles[2]])
    }

    @Test func theFileIsValidReproducibleAndDescribed() throws {
        let (bytes, path) = try CaseBookSample.rendered.get()
        let check = try PopplerTools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.text)")
        #expect(check.text.contains("No syntax or stream encoding errors"))
        #expect(try PDFBookRenderer.render(collection, options: PDFOptions(creationDate: CaseBookSample.date)) == bytes)
        let info = try PopplerTools.info(path)
        #expect(info["Title"] == CaseBookSample.title)
        #expect(info["Author"] == CaseBookSample.office)
        #expect(info["Keywords"] == "智慧工地, 江苏省, 2025年, 绿色智慧工地, 典型案例, AI视频识别, BIM, 塔吊监测, 扬尘监测")
        #expect(pdf.pages.first?.label == "封面")
        let cover = try lines(ofPage: 0).joined()
        #expect(cover.contains("2025") && cover.contains(CaseBookSample.title) && cover.contains(CaseBookSample.office))
        // Body pages numbered from the preface, as in the other books.
        #expect(try page(of: "c1").label == "1")
        let fonts = try PopplerTools.run("pdffonts", [path]).text
        #expect(!fonts.contains(" no "), "every font embedded: \(fonts)")
    }
}
