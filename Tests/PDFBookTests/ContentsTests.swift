import Document
import Foundation
import Model
import Testing
@testable import PDFBook

/// The front matter: the table of contents with its page numbers and links,
/// page labels, metadata.
@Suite struct ContentsTests {
    let path: String
    let pdf: PDFStructure

    init() throws {
        path = try RenderedSample.path.get()
        pdf = try PDFStructure(path: path)
    }

    /// The printed label of the page destination `name` is on.
    func label(of name: String) throws -> String {
        let destination = try #require(pdf.namedDestinations()[name], "no destination \(name)")
        return pdf.pages[destination.page].label
    }

    @Test func contentsListChaptersAndSectionsWithTheirPageNumbers() throws {
        let contents = try #require(pdf.page(labelled: "I"))
        let text = try PopplerTools.text(path, first: contents + 1, last: contents + 1)
        #expect(text.contains("目录"))
        let lines = text.split(separator: "\n").map { String($0).squeezed }
        let expected = [("第一章总体情况", "c1"), ("一、推进情况", "c1-sec-1"),
                        ("第二章各设区市排名", "c2"), ("一、覆盖率排名", "c2-sec-1")]
        var previous = -1
        for (title, destination) in expected {
            let number = try label(of: destination)
            let line = try #require(lines.firstIndex { $0.hasPrefix(title) }, "\(title) not in \(lines)")
            #expect(lines[line] == title + number)
            #expect(line > previous, "entries in reading order")
            previous = line
        }
        // The chapters' numbers are those printed on their opening pages.
        #expect(try label(of: "c1") == "1")
        let chapterTwo = try #require(pdf.page(labelled: try label(of: "c2")))
        #expect(try PopplerTools.text(path, first: chapterTwo + 1, last: chapterTwo + 1).squeezed
            .contains("第二章各设区市排名"))
    }

    @Test func everyContentsEntryLinksToItsHeading() throws {
        let contents = try #require(pdf.page(labelled: "I"))
        let links = pdf.links(onPage: contents)
        #expect(links.map(\.destination) == ["c1", "c1-sec-1", "c2", "c2-sec-1"])
        #expect(links.allSatisfy { $0.uri == nil })
        let destinations = pdf.namedDestinations()
        for link in links {
            let target = try #require(destinations[link.destination ?? ""])
            #expect(target.page > contents)
        }
        // Rows one under the other, from the left of the type area to its right edge.
        let tops = links.map { $0.rect[3] }
        #expect(tops == tops.sorted(by: >))
        #expect(links.allSatisfy { $0.rect[2] - $0.rect[0] > 300 })
    }

    @Test func pageLabelsAreRomanForTheContentsAndArabicForTheBody() throws {
        let labels = pdf.pages.map(\.label)
        #expect(labels.first == "封面")
        let body = Array(labels.drop { $0 != "1" })
        #expect(body == (1...body.count).map(String.init))
        #expect(labels.count == body.count + 4)
    }

    @Test func metadataHasSubjectAndKeywords() throws {
        let info = try PopplerTools.info(path)
        #expect(info["Subject"] == "江苏省智慧工地建设2025年度发展报告")
        #expect(info["Keywords"] == "智慧工地, 江苏省, 2025年, 覆盖率, 智慧监管平台, 数据动态验证, 集成服务商")
    }

    @Test func singleSidedBooksHaveNoBlankPages() throws {
        var options = PDFOptions(creationDate: SamplePublication.date)
        options.doubleSided = false
        let bytes = try PDFBookRenderer.render(SamplePublication.publication, options: options)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-pdfbook-single.pdf")
        try Data(bytes).write(to: url, options: .atomic)
        defer { try? FileManager.default.removeItem(at: url) }
        let single = try PDFStructure(path: url.path)
        #expect(Array(single.pages.map(\.label).prefix(3)) == ["封面", "I", "1"])
        #expect(single.pages.count == pdf.pages.count - 2)
        #expect(try PopplerTools.run("qpdf", ["--check", url.path]).status == 0)
    }

    @Test func longContentsRunOverPagesBeforePageOne() throws {
        let chapters = (1...24).map { number in
            Chapter(number: number, slug: "c\(number)", title: "第\(number)部分", source: "\(number).md",
                    blocks: (1...4).flatMap { section -> [Block] in
                        [.heading(Heading(level: 2, content: [.text("第\(number)部分第\(section)节")], anchor: "sec-\(section)")),
                         .paragraph([.text(SamplePublication.introSentence)])]
                    })
        }
        var publication = SamplePublication.publication
        publication.chapters = chapters
        let bytes = try PDFBookRenderer.render(publication, options: PDFOptions(creationDate: SamplePublication.date))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-pdfbook-long-contents.pdf")
        try Data(bytes).write(to: url, options: .atomic)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try PopplerTools.run("qpdf", ["--check", url.path]).status == 0)
        let long = try PDFStructure(path: url.path)
        let labels = long.pages.map(\.label)
        let one = try #require(labels.firstIndex(of: "1"))
        #expect(Array(labels[2..<one].prefix(2)) == ["I", "II"])
        #expect(one % 2 == 0, "page 1 is a right-hand (odd, 1-based) page")
        // The second contents page carries the running head and goes on with the entries.
        let second = try PopplerTools.text(url.path, first: 4, last: 4).squeezed
        #expect(second.hasPrefix("目录"))
        #expect(second.contains("-II-"))
        let entries = (2..<one).flatMap { long.links(onPage: $0) }.compactMap(\.destination)
        #expect(entries.count == 24 * 5)
        #expect(entries.prefix(5) == ["c1", "c1-sec-1", "c1-sec-2", "c1-sec-3", "c1-sec-4"])
        #expect(entries.last == "c24-sec-4")
    }

    @Test func romanNumerals() {
        #expect((1...10).map(RomanNumeral.upper) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"])
        #expect(RomanNumeral.upper(14) == "XIV")
        #expect(RomanNumeral.upper(49) == "XLIX")
    }
}
