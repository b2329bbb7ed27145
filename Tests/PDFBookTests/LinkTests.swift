import Document
import Foundation
import Testing
@testable import PDFBook

/// Cross references and external links: resolved from the document's
/// destinations, placed over their text, written as PDF link annotations.
@Suite struct LinkTests {
    let resolver = LinkResolver(SamplePublication.publication)

    @Test func destinationsResolveToNamedDestinationsOrAddresses() {
        #expect(resolver.target(of: "#fig-2-1", from: 1) == .destination("c2-fig-2-1"))
        #expect(resolver.target(of: "#tab-2-1", from: 1) == .destination("c2-tab-2-1"))
        #expect(resolver.target(of: "overview.html#sec-1", from: 1) == .destination("c1-sec-1"))
        #expect(resolver.target(of: "./rankings.html", from: 0) == .destination("c2"))
        #expect(resolver.target(of: "https://example.com/a b?q='x'", from: 0)
            == .uri("https://example.com/a%20b?q=%27x%27"))
        #expect(resolver.target(of: "HTTPS://例子.cn/", from: 0) == .uri("HTTPS://%E4%BE%8B%E5%AD%90.cn/"))
        #expect(resolver.target(of: "mailto:office@example.com", from: 0) == .uri("mailto:office@example.com"))
        // What a PDF cannot follow stays text.
        #expect(resolver.target(of: "#tab-9-9", from: 1) == nil)
        #expect(resolver.target(of: "#fig-2-1", from: 0) == nil)
        #expect(resolver.target(of: "missing.html#sec-1", from: 0) == nil)
        #expect(resolver.target(of: "../../methodology.html", from: 0) == nil)
    }

    @Test func linkRangesCountTheBytesThatPangoShows() {
        let typography = Typography(options: PDFOptions(creationDate: SamplePublication.date))
        let marked = PangoMarkup.marked(
            [.text("a&<"), .strong([.text("图")]), .lineBreak,
             .link(destination: "#fig-2-1", content: [.text("图 2-1"), .code("x")]), .text("。")],
            typography: typography) { resolver.target(of: $0, from: 1) }
        // "a&<" 3 bytes, "图" 3, U+2028 3: the link starts at byte 9 and covers "图 2-1" (7) and "x" (1).
        #expect(marked.links == [TextLink(target: .destination("c2-fig-2-1"), bytes: 9..<17)])
        #expect(marked.markup.hasPrefix("a&amp;&lt;<b>图</b>\u{2028}图 2-1<span"))
    }

    @Test func linkBoxesCoverTheirTextOnEachLine() {
        let shaper = TextShaper()
        let typography = Typography(options: PDFOptions(creationDate: SamplePublication.date))
        var style = typography.body
        style.firstLineIndent = 0
        let text = String(repeating: "智慧工地", count: 5)
        let link = TextLink(target: .uri("https://example.com/"), bytes: 30..<42)  // characters 10–13
        let spec = TextSpec(markup: text, style: style, width: 11 * 12, links: [link])
        let boxes = shaper.linkBoxes(spec)
        // Twelve characters a line: the link's four characters are the last two of line 0 and the first two of line 1.
        #expect(boxes.map(\.line) == [0, 1])
        #expect(abs(boxes[0].rect.x - 110) < 0.5 && abs(boxes[0].rect.width - 22) < 0.5)
        #expect(abs(boxes[1].rect.x) < 0.5 && abs(boxes[1].rect.width - 22) < 0.5)
        #expect(boxes[1].rect.y >= boxes[0].rect.maxY - 0.01)
    }

    @Test func crossReferencesAndAddressesAreLinkAnnotations() throws {
        let path = try RenderedSample.path.get()
        let pdf = try PDFStructure(path: path)
        let page = try #require(pdf.pages.indices.first { index in
            pdf.links(onPage: index).contains { $0.uri != nil }
        })
        let links = pdf.links(onPage: page)
        #expect(links.map { $0.destination ?? $0.uri ?? "" }
            == ["c2-fig-2-1", "c1-sec-1", "https://www.mohurd.gov.cn/"])
        // Each over its words: a few characters wide, one line high.
        for link in links {
            let width = link.rect[2] - link.rect[0], height = link.rect[3] - link.rect[1]
            #expect(width > 20 && width < 130, "\(link)")
            #expect(height > 10 && height < 25, "\(link)")
        }
        let destinations = pdf.namedDestinations()
        let figure = try #require(destinations["c2-fig-2-1"])
        #expect(figure.page <= page)
        let section = try #require(destinations["c1-sec-1"])
        #expect(pdf.pages[section.page].label == "1")
        // The text stays whole where a link could not be made.
        let text = try PopplerTools.text(path, first: page + 1, last: page + 1).squeezed
        #expect(text.contains("排名依据见图2-1和推进情况，标准见住房和城乡建设部网站，另见表9-9和统计方法。"))
    }

    @Test func headingsFiguresAndTablesAreDestinations() throws {
        let pdf = try PDFStructure(path: try RenderedSample.path.get())
        let names = Set(pdf.namedDestinations().keys)
        #expect(names.isSuperset(of: ["toc", "c1", "c1-sec-1", "c1-sec-1-1", "c2", "c2-sec-1", "c2-tab-2-1",
                                      "c2-fig-2-1"]))
    }
}
