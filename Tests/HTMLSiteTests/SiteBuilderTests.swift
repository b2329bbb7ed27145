import Document
import Foundation
import HTMLSite
import Model
import Statistics
import Testing
import TestSupport

@Suite struct SiteBuilderTests {
    static let statistics: ProvinceStatistics = {
        var province = RegionStatistics(code: "320000", name: "江苏省")
        province.smartCoverage = 0.5
        var nanjing = RegionStatistics(code: "320100", name: "南京市")
        nanjing.smartCoverage = 2.0 / 3.0
        return ProvinceStatistics(year: 2025, province: province, cities: [nanjing], counties: [],
                                  dataQuality: DataQuality())
    }()

    private func site(chapter: [Block]) throws -> [String: String] {
        var diagnostics = Diagnostics()
        let templates = TemplateSet(directory: Fixtures.repositoryRoot.appendingPathComponent("templates"),
                                    diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        let config = SiteConfig(title: "江苏省智慧工地建设发展报告", year: 2025)
        let publication = Publication(
            kind: .annual, title: "年度报告", year: 2025, office: "推进办",
            chapters: [Chapter(number: 1, slug: "overview", title: "总体<情况>", source: "x.md", blocks: chapter)])
        let files = try SiteBuilder(config: config, statistics: Self.statistics, templates: templates)
            .build(publications: [publication], pdfs: [.annual: "annual/2025/annual-2025.pdf"])
        var pages: [String: String] = [:]
        for file in files where file.path.hasSuffix(".html") { pages[file.path] = String(decoding: file.bytes, as: UTF8.self) }
        return pages
    }

    @Test func chapterPageHoldsTheRenderedTableEscaped() throws {
        let table = Table(alignments: [.left, .right], header: [[.text("设区市")], [.text("覆盖率")]],
                          rows: [[[.text("南京市")], [.value(name: "cities.320100.smart_coverage", text: "66.7%")]],
                                 [[.text("<script>")], [.text("a & b")]]])
        let pages = try site(chapter: [.paragraph([.text("正文")]), .table(table)])
        let html = try #require(pages["annual/2025/overview.html"])
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">覆盖率</th>"))
        #expect(html.contains("<td class=\"num\"><span class=\"figure-value\" data-name=\"cities.320100.smart_coverage\">66.7%</span></td>"))
        #expect(html.contains("<td>&lt;script&gt;</td>"))
        #expect(html.contains("<h1>总体&lt;情况&gt;</h1>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("href=\"../../assets/site.css\""))
    }

    @Test func portalShowsHeadlineFiguresAndPublications() throws {
        let pages = try site(chapter: [])
        let index = try #require(pages["index.html"])
        #expect(index.contains("<span class=\"headline-value\">50.0%</span>"))
        #expect(index.contains("<th scope=\"row\">南京市</th>"))
        #expect(index.contains("<td class=\"num\">66.7%</td>"))
        #expect(index.contains("<a href=\"annual/2025/index.html\">年度报告</a> · <a href=\"annual/2025/annual-2025.pdf\">PDF 下载</a>"))
        #expect(pages["charts/index.html"]?.contains("各设区市规模以上政府投资工程智慧工地覆盖率") == true)
    }
}
