import Document
import Model
import Statistics
import Testing

@Suite struct ChapterBuilderTests {
    /// Statistics with hand-set values: province coverage 0.873, 南京 0.5, 无锡 undefined.
    static let statistics: ProvinceStatistics = {
        var province = RegionStatistics(code: "320000", name: "江苏省")
        province.smartCoverage = 0.873
        province.activeProjects = 12345
        var nanjing = RegionStatistics(code: "320100", name: "南京市")
        nanjing.smartCoverage = 0.5
        let wuxi = RegionStatistics(code: "320200", name: "无锡市")
        return ProvinceStatistics(year: 2025, province: province, cities: [nanjing, wuxi], counties: [],
                                  dataQuality: DataQuality())
    }()

    private func build(_ markdown: String, number: Int = 2) -> (Chapter, Diagnostics) {
        var diagnostics = Diagnostics()
        let source = ChapterSource(number: number, slug: "coverage", path: "reports/annual/02-coverage.md", text: markdown)
        let chapter = ChapterBuilder.build(source, statistics: Self.statistics,
                                           values: ValueTable(statistics: Self.statistics), diagnostics: &diagnostics)
        return (chapter, diagnostics)
    }

    @Test func valuesAreResolvedAndFormattedByKind() {
        let (chapter, diagnostics) = build("# 覆盖率\n\n全省覆盖率达 {{ province.smart_coverage }}，在建 {{province.active_projects}} 个，无锡 {{ cities.320200.smart_coverage }}。\n")
        #expect(diagnostics.items.isEmpty)
        #expect(chapter.title == "覆盖率")
        #expect(chapter.blocks == [.paragraph([
            .text("全省覆盖率达 "), .value(name: "province.smart_coverage", text: "87.3%"),
            .text("，在建 "), .value(name: "province.active_projects", text: "12,345"),
            .text(" 个，无锡 "), .value(name: "cities.320200.smart_coverage", text: "—"), .text("。"),
        ])])
    }

    @Test func unknownNameIsAnErrorAtItsLineWithSuggestions() {
        let (_, diagnostics) = build("# 标题\n\n第一行\n全省覆盖率 {{ province.smart_coverag }}。\n")
        #expect(diagnostics.errors.count == 1)
        let error = diagnostics.errors[0]
        #expect(error.location == "reports/annual/02-coverage.md:4")
        #expect(error.message == "未知的数据名称「province.smart_coverag」")
        #expect(error.hint?.hasPrefix("是否想写：province.smart_coverage") == true)
    }

    @Test func softBreaksJoinChineseWithoutSpace() {
        let (chapter, _) = build("# 标题\n\n第一行文字\n第二行文字 and\nEnglish\n")
        #expect(chapter.blocks == [.paragraph([.text("第一行文字第二行文字 and English")])])
    }

    @Test func chartsAreNumberedPerChapterWithTheirData() throws {
        let (chapter, diagnostics) = build("# 标题\n\n```chart\ncity-coverage\n```\n\n```chart\nchart: city-connection\ntitle: 接入率\n```\n", number: 3)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let figures = chapter.blocks.compactMap { block -> Figure? in
            if case .figure(let f) = block { return f }
            return nil
        }
        #expect(figures.map(\.number) == ["图 3-1", "图 3-2"])
        #expect(figures.map(\.anchor) == ["fig-3-1", "fig-3-2"])
        #expect(figures[1].caption == "图 3-2 接入率")
        #expect(figures[0].data.items == [ChartDatum(label: "南京市", value: 0.5, code: "320100"),
                                          ChartDatum(label: "无锡市", value: nil, code: "320200")])
        #expect(figures[0].data.provinceValue == 0.873)
    }

    @Test func unknownStandardChartIsAnError() {
        let (_, diagnostics) = build("# 标题\n\n```chart\ncity-coverag\n```\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:4: 标准图表「city-coverag」不存在\n  提示 (hint): 是否想写：city-coverage；可用的标准图表："
            + "city-coverage、city-connection、city-platform、grade-distribution、grade-counts、grade-share、"
            + "provider-ranking、coverage-trend、dust-vs-station、dust-exceedance-heatmap、city-tile-map",
        ])
    }

    @Test func gfmTablesAndUnsafeLinks() {
        let (chapter, diagnostics) = build("# 标题\n\n| 市 | 率 |\n|---|--:|\n| 南京 | **50%** |\n\n[点我](javascript:alert(1)) [官网](https://jsszfhcxjst.jiangsu.gov.cn/)\n")
        #expect(chapter.blocks.first == .table(Table(
            alignments: [.left, .right], header: [[.text("市")], [.text("率")]],
            rows: [[[.text("南京")], [.strong([.text("50%")])]]])))
        #expect(chapter.blocks.last == .paragraph([
            .text("点我 "), .link(destination: "https://jsszfhcxjst.jiangsu.gov.cn/", content: [.text("官网")]),
        ]))
        #expect(diagnostics.warnings.count == 1)
    }
}
