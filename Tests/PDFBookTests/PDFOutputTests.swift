import Foundation
import Testing
@testable import PDFBook

/// The rendered sample, checked with the tools a reader's machine would use.
@Suite struct PDFOutputTests {
    let path: String

    init() throws {
        path = try RenderedSample.path.get()
    }

    @Test func chineseSentencesAreExtractable() throws {
        let text = try PopplerTools.text(path).squeezed
        #expect(text.contains(SamplePublication.introSentence))
        #expect(text.contains("截至年底，全省覆盖率达87.3%，其中优良等次项目占比明显提高，三个全覆盖目标基本实现。"))
        #expect(text.contains("&<raw>textstaystext."))
        #expect(text.contains(SamplePublication.longSentence(0)))
        #expect(text.contains("表2-1各设区市智慧工地覆盖情况"))
        #expect(text.contains("图2-1各设区市规模以上政府投资工程智慧工地覆盖率"))
    }

    @Test func coverHasNoNumberAndBodyPagesAreNumberedFromOne() throws {
        let cover = try PopplerTools.text(path, first: 1, last: 1)
        #expect(cover.contains(SamplePublication.office))
        #expect(cover.squeezed.contains(SamplePublication.title))
        #expect(cover.contains("2026年1月"))
        #expect(!cover.contains("- 1 -"))
        // Cover, its blank back, one page of contents and a blank verso, then page 1 on a right-hand page.
        let labels = try PDFStructure(path: path).pages.map(\.label)
        #expect(Array(labels.prefix(6)) == ["封面", "封二", "I", "II", "1", "2"])
        #expect(try PopplerTools.text(path, first: 5, last: 5).contains("- 1 -"))
        #expect(try PopplerTools.text(path, first: 6, last: 6).contains("- 2 -"))
        #expect(try PopplerTools.text(path, first: 2, last: 2).squeezed.isEmpty)
    }

    @Test func longParagraphBreaksAcrossPages() throws {
        let pages = Int(try PopplerTools.info(path)["Pages"] ?? "") ?? 0
        let texts = try (1...pages).map { try PopplerTools.text(path, first: $0, last: $0).squeezed }
        let first = texts.firstIndex { $0.contains(SamplePublication.longSentence(0)) }
        let last = texts.firstIndex {
            $0.contains(SamplePublication.longSentence(SamplePublication.longSentenceCount - 1))
        }
        let firstPage = try #require(first), lastPage = try #require(last)
        #expect(lastPage > firstPage)
        // The running head names the chapter on its continuation pages, not on its opening page.
        #expect(texts[lastPage].contains("第一章总体情况"))
        let opening = try #require(try PDFStructure(path: path).page(labelled: "1"))
        #expect(texts[opening].components(separatedBy: "第一章总体情况").count == 2)
    }

    @Test func pdfinfoReportsA4PagesAndMetadata() throws {
        let info = try PopplerTools.info(path)
        #expect((Int(info["Pages"] ?? "") ?? 0) >= 6)
        let size = info["Page size"] ?? ""
        #expect(size.contains("595.276 x 841.89") || size.contains("595.28 x 841.89"), "\(size)")
        #expect(info["Title"] == SamplePublication.title)
        #expect(info["Author"] == SamplePublication.office)
        #expect(info["Creator"] == "SmartSite")
        #expect((info["CreationDate"] ?? "").contains("2026"))
    }

    @Test func everyFontIsEmbeddedAndTheNotoFacesAreUsed() throws {
        let output = try PopplerTools.run("pdffonts", [path])
        #expect(output.status == 0)
        // name, type (may hold spaces), encoding, emb, sub, uni, object ID: read from the right.
        let rows = output.text.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ")
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes", "not embedded: \(row)")
        }
        #expect(output.text.contains("NotoSerifCJK"))
        #expect(output.text.contains("NotoSansCJK"))
    }

    @Test func qpdfFindsNoDamage() throws {
        let output = try PopplerTools.run("qpdf", ["--check", path])
        #expect(output.status == 0, "\(output.text)")
    }

    @Test func outlineListsChaptersWithTheirSectionsAndPages() throws {
        let output = try PopplerTools.run("qpdf", ["--json", "--json-key=outlines", path])
        #expect(output.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any]
        let outlines = try #require(json?["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["目录", "第一章　总体情况", "第二章　各设区市排名"])
        #expect(outlines.first?["destpageposfrom1"] as? Int == 3)
        #expect(outlines.dropFirst().first?["destpageposfrom1"] as? Int == 5)
        #expect((outlines.last?["destpageposfrom1"] as? Int ?? 0) > 5)
        let sections = outlines.dropFirst().first?["kids"] as? [[String: Any]] ?? []
        // Level-2 headings only; "（一）扬尘监测" is level 3.
        #expect(sections.map { $0["title"] as? String } == ["一、推进情况"])
        #expect(sections.first?["destpageposfrom1"] as? Int == 5)
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let again = try PDFBookRenderer.render(SamplePublication.publication,
                                               options: PDFOptions(creationDate: SamplePublication.date))
        #expect(again == (try RenderedSample.bytes.get()))
    }

    @Test func aPublicationWithoutChaptersIsJustItsCover() throws {
        var publication = SamplePublication.publication
        publication.chapters = []
        let bytes = try PDFBookRenderer.render(publication, options: PDFOptions(creationDate: SamplePublication.date))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-pdfbook-cover-only.pdf")
        try Data(bytes).write(to: url, options: .atomic)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try PopplerTools.info(url.path)["Pages"] == "1")
        #expect(try PopplerTools.run("qpdf", ["--check", url.path]).status == 0)
    }

    @Test func aMissingFontIsAnErrorNotASilentSubstitute() {
        var options = PDFOptions(creationDate: SamplePublication.date)
        options.bodyFont = "No Such Font SC"
        #expect(throws: PDFBookError.self) {
            try PDFBookRenderer.render(SamplePublication.publication, options: options)
        }
    }
}
