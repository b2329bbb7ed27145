import Document
import Foundation
import Model
import Statistics
import Testing
@testable import PDFBook

/// A project list of the supervision report, built by the document module
/// as a chapter would, typeset over several pages with its header repeated.
@Suite struct ListTablePDFTests {
    static let count = 70

    static func id(_ index: Int) -> String { "JS2024-320102-\(String(format: "%04d", index + 1))" }

    static let publication: Publication = {
        let regions = RegionTable(regions: [
            Region(code: "320000", name: "江苏省", level: .province, parent: nil),
            Region(code: "320100", name: "南京市", level: .city, parent: "320000"),
            Region(code: "320102", name: "玄武区", level: .county, parent: "320100"),
        ])
        let projects = (0..<count).map { index in
            Project(id: id(index), name: "玄武区第\(index + 1)号安置房及配套市政道路工程", county: "320102",
                    category: .building, governmentFunded: true, aboveScale: true,
                    contractor: "南京第\(index % 7 + 1)建筑工程集团有限公司",
                    startDate: Day(year: 2024, month: 3, day: 1)!, smartSite: true)
        }
        let statistics = ProvinceStatistics(
            year: 2025, province: RegionStatistics(code: "320000", name: "江苏省"), cities: [], counties: [],
            lists: ProjectLists(dueUnverified: projects.map(\.id)), dataQuality: DataQuality())
        var diagnostics = Diagnostics()
        let source = ChapterSource(number: 1, slug: "verification", path: "reports/supervision/01-verification.md",
                                   text: "# 数据动态验证情况\n\n应验未验项目见[@tab:due]。\n\n```table\ntable: due-unverified\nid: due\n```\n")
        let chapter = ChapterBuilder.build(
            source, statistics: statistics,
            values: ValueTable(statistics: statistics, datasets: Datasets(regions: regions, projects: projects)),
            diagnostics: &diagnostics)
        return Publication(kind: .supervision, title: "2025年房屋建筑与市政基础设施工程安全监督报告", year: 2025,
                           office: SamplePublication.office, chapters: [chapter])
    }()

    @Test func theListRunsOverPagesWithItsHeaderRepeated() throws {
        let bytes = try PDFBookRenderer.render(Self.publication, options: PDFOptions(creationDate: SamplePublication.date))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-pdfbook-list.pdf")
        try Data(bytes).write(to: url, options: .atomic)
        #expect(try PopplerTools.run("qpdf", ["--check", url.path]).status == 0)
        let pdf = try PDFStructure(path: url.path)
        let texts = try pdf.pages.indices.map { try PopplerTools.text(url.path, first: $0 + 1, last: $0 + 1) }
        let first = try #require(texts.firstIndex { $0.contains(Self.id(0)) })
        let last = try #require(texts.firstIndex { $0.contains(Self.id(Self.count - 1)) })
        #expect(last > first, "a long list spans pages")
        let header = "项目编号项目名称设区市县（市、区）工程类别施工单位"
        #expect(texts[first].squeezed.contains("表1-1应验未验项目名单" + header))
        // pdftotext reads a row line by line: the code, city, county and category stand on the middle line.
        #expect(texts[first].squeezed.contains("玄武区第1号安置房及南京第1建筑工程" + Self.id(0) + "南京市玄武区房屋建筑"
            + "配套市政道路工程集团有限公司"))
        for page in (first + 1)...last {
            // Every further page: "续表 1-1", then the header row, then rows.
            let text = texts[page].squeezed
            #expect(text.hasPrefix("第一章数据动态验证情况续表1-1" + header), "page \(page + 1): \(text.prefix(120))")
            #expect(!text.contains("应验未验项目名单"))
        }
        // Every project once, in order; no code broken across lines.
        let all = texts[first...last].joined()
        var position = all.startIndex
        for index in 0..<Self.count {
            let range = try #require(all.range(of: Self.id(index), range: position..<all.endIndex), "\(Self.id(index))")
            position = range.upperBound
        }
        // The reference before the table links to it.
        let chapter = try #require(pdf.page(labelled: "1"))
        #expect(pdf.links(onPage: chapter).map(\.destination) == ["c1-tab-1-1"])
        #expect(pdf.namedDestinations()["c1-tab-1-1"]?.page == first)
    }
}
