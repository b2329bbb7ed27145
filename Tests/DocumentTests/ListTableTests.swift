import Document
import Model
import Statistics
import Testing

/// The list tables `due-unverified` and `three-star-ineligible`: ids from
/// the statistics' lists, names and places from the datasets.
@Suite struct ListTableTests {
    /// 南京市 with 玄武区 and 秦淮区; 无锡市 with 锡山区.
    static let regions = RegionTable(regions: [
        Region(code: "320000", name: "江苏省", level: .province, parent: nil),
        Region(code: "320100", name: "南京市", level: .city, parent: "320000"),
        Region(code: "320102", name: "玄武区", level: .county, parent: "320100"),
        Region(code: "320104", name: "秦淮区", level: .county, parent: "320100"),
        Region(code: "320200", name: "无锡市", level: .city, parent: "320000"),
        Region(code: "320205", name: "锡山区", level: .county, parent: "320200"),
    ])

    static func project(_ id: String, _ name: String, county: String, category: ProjectCategory,
                        contractor: String) -> Project {
        Project(id: id, name: name, county: county, category: category, governmentFunded: true, aboveScale: true,
                contractor: contractor, startDate: Day(year: 2024, month: 3, day: 1)!, smartSite: true)
    }

    /// The fixture's lists: due-unverified P05, P06; three-star-ineligible P04. P06 is not among the projects.
    static let datasets = Datasets(regions: regions, projects: [
        project("P04", "玄武区科创中心一期", county: "320102", category: .building, contractor: "南京建工集团有限公司"),
        project("P05", "锡山区污水处理厂扩建工程", county: "320205", category: .municipal,
                contractor: "无锡市政工程有限公司"),
        project("P05", "重复编号的第二行", county: "320104", category: .other, contractor: "不应出现"),
    ])

    private func table(_ body: String, statistics: ProvinceStatistics = DocumentFixture.statistics,
                       datasets: Datasets? = datasets) -> (Table?, Diagnostics) {
        var diagnostics = Diagnostics()
        let source = ChapterSource(number: 2, slug: "coverage", path: "reports/supervision/02-coverage.md",
                                   text: "# 标题\n\n```table\n\(body)\n```\n")
        let chapter = ChapterBuilder.build(source, statistics: statistics,
                                           values: ValueTable(statistics: statistics, datasets: datasets),
                                           diagnostics: &diagnostics)
        return (DocumentFixture.tables(chapter).first, diagnostics)
    }

    @Test func dueUnverifiedListsEachProjectWithItsPlaces() throws {
        let (table, diagnostics) = table("table: due-unverified\nid: due")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let t = try #require(table)
        #expect(t.number == "表 2-1")
        #expect(t.anchor == "tab-2-1")
        #expect(t.caption == [.text("应验未验项目名单")])
        #expect(t.alignments == Array(repeating: .left, count: 6))
        #expect(DocumentFixture.cells(t) == [
            ["项目编号", "项目名称", "设区市", "县（市、区）", "工程类别", "施工单位"],
            ["P05", "锡山区污水处理厂扩建工程", "无锡市", "锡山区", "市政基础设施", "无锡市政工程有限公司"],
            ["P06", "—", "—", "—", "—", "—"],
        ])
    }

    @Test func threeStarIneligibleTakesATitle() throws {
        let (table, diagnostics) = table("table: three-star-ineligible\ntitle: 三星级申报不符合条件的房屋建筑项目")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let t = try #require(table)
        #expect(t.caption == [.text("三星级申报不符合条件的房屋建筑项目")])
        #expect(DocumentFixture.cells(t).dropFirst() == [
            ["P04", "玄武区科创中心一期", "南京市", "玄武区", "房屋建筑", "南京建工集团有限公司"],
        ])
    }

    @Test func anEmptyListSaysSo() throws {
        var statistics = DocumentFixture.statistics
        statistics.lists?.threeStarIneligible = []
        let (table, _) = table("three-star-ineligible", statistics: statistics)
        #expect(try DocumentFixture.cells(#require(table)).dropFirst() == [["无", "", "", "", "", ""]])
    }

    @Test func withoutVerificationsTheListsAreAnErrorNamingTheDataset() {
        let (table, diagnostics) = table("due-unverified", statistics: DocumentFixture.projectsOnly)
        #expect(table == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "reports/supervision/02-coverage.md:4: 表格「due-unverified」需要数据集 verifications（智慧工地数据动态验证结果），本次构建没有提供该数据\n  提示 (hint): 把 verifications.csv（或 .xlsx）放进 content/data/，或删去这个表格",
        ])
    }

    @Test func regionsAndColumnsAreRejected() {
        let (_, diagnostics) = table("table: three-star-ineligible\nregions: [320100]")
        #expect(diagnostics.errors.map(\.location) == ["reports/supervision/02-coverage.md:5"])
        #expect(diagnostics.errors.map(\.message) == ["表格「three-star-ineligible」不能使用「regions」"])
    }

    @Test func aReferenceToAListTableLinksToIt() {
        var diagnostics = Diagnostics()
        let source = ChapterSource(number: 1, slug: "verification", path: "reports/supervision/01-verification.md",
                                   text: "# 标题\n\n名单见[@tab:due]。\n\n```table\ntable: due-unverified\nid: due\n```\n")
        let chapter = ChapterBuilder.build(source, statistics: DocumentFixture.statistics,
                                           values: ValueTable(statistics: DocumentFixture.statistics, datasets: Self.datasets),
                                           diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(chapter.blocks.first == .paragraph([.text("名单见"), .link(destination: "#tab-1-1", content: [.text("表 1-1")]),
                                                   .text("。")]))
    }
}
