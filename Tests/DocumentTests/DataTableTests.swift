import Document
import Model
import Statistics
import Testing

/// ```` ```table ```` blocks: the standard tables' exact cells, numbering, YAML options and errors.
@Suite struct DataTableTests {
    private func table(_ body: String, statistics: ProvinceStatistics = DocumentFixture.statistics) -> (Table?, Diagnostics) {
        let (chapter, diagnostics) = DocumentFixture.chapter("# 标题\n\n```table\n\(body)\n```\n", statistics: statistics)
        return (DocumentFixture.tables(chapter).first, diagnostics)
    }

    @Test func cityOverview() throws {
        let (table, diagnostics) = table("city-overview")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let t = try #require(table)
        #expect(t.number == "表 2-1")
        #expect(t.anchor == "tab-2-1")
        #expect(t.caption == [.text("各设区市智慧工地建设情况")])
        #expect(t.alignments == [.left, .right, .right, .right, .right, .right, .right])
        let cells = DocumentFixture.cells(t)
        #expect(cells.count == 5)
        #expect(cells[0] == ["设区市", "在建项目", "政府投资规模以上", "智慧工地", "覆盖率", "接入率", "平台覆盖率"])
        #expect(cells[1] == ["南京市", "1,000", "300", "700", "90.0%", "90.0%", "100.0%"])
        #expect(cells[3] == ["徐州市", "0", "0", "0", "—", "—", "0.0%"])
        #expect(cells[4] == ["全省", "1,234", "400", "900", "87.5%", "90.0%", "66.7%"])
    }

    @Test func cityRankingIsOrderedByRankWithScoreToTwoDecimals() throws {
        let (table, diagnostics) = table("city-ranking")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let t = try #require(table)
        #expect(t.caption.plainText == "设区市综合排名")
        #expect(t.alignments == [.right, .left, .right, .right, .right, .right, .right, .right])
        #expect(DocumentFixture.cells(t) == [
            ["排名", "设区市", "综合得分", "覆盖率", "接入率", "平台覆盖率", "优良率", "合格率"],
            ["1", "无锡市", "90.00", "80.0%", "90.0%", "50.0%", "50.0%", "95.0%"],
            ["2", "南京市", "86.13", "90.0%", "90.0%", "100.0%", "41.7%", "95.0%"],
            ["3", "徐州市", "0.00", "—", "—", "0.0%", "—", "—"],
        ])
    }

    @Test func providerRankingListsTheUnrankedAsSampleTooSmall() throws {
        let (table, diagnostics) = table("provider-ranking")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let t = try #require(table)
        #expect(t.caption.plainText == "集成服务商运营质量通报")
        #expect(DocumentFixture.cells(t) == [
            ["排名", "集成服务商", "项目数", "设备在线率", "数据及时率", "数据完整率", "综合得分"],
            ["1", "智联科技", "12", "95.0%", "90.0%", "85.0%", "90.50"],
            ["2", "筑安<数据>&Co", "1,234", "90.0%", "80.0%", "70.0%", "81.00"],
            ["样本不足", "新锐", "2", "99.0%", "99.0%", "99.0%", "99.00"],
        ])
    }

    @Test func verificationGrades() throws {
        let (table, diagnostics) = table("verification-grades")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let cells = DocumentFixture.cells(try #require(table))
        #expect(cells[0] == ["设区市", "验证总数", "不合格", "合格", "良好", "优良", "合格率", "优良率"])
        #expect(cells[1] == ["南京市", "60", "3", "12", "20", "25", "95.0%", "41.7%"])
        #expect(cells[3] == ["徐州市", "0", "0", "0", "0", "0", "—", "—"])
        #expect(cells[4] == ["全省", "100", "5", "20", "30", "45", "95.0%", "45.0%"])
    }

    @Test func countyOverviewOfOneCityEndsWithTheCity() throws {
        let (table, diagnostics) = table("table: county-overview\ncity: 320100")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let t = try #require(table)
        #expect(t.caption.plainText == "南京市各县（市、区）智慧工地建设情况")
        #expect(DocumentFixture.cells(t) == [
            ["县（市、区）", "在建项目", "政府投资规模以上", "智慧工地", "覆盖率", "接入率", "平台覆盖率"],
            ["玄武区", "600", "200", "400", "85.0%", "95.0%", "100.0%"],
            ["秦淮区", "300", "60", "200", "100.0%", "75.0%", "100.0%"],
            ["鼓楼区", "100", "40", "100", "100.0%", "100.0%", "0.0%"],
            ["全市", "1,000", "300", "700", "90.0%", "90.0%", "100.0%"],
        ])
        // The city may be written by name.
        let (byName, _) = self.table("table: county-overview\ncity: 南京市")
        #expect(byName == t)
    }

    @Test func yamlTableWithRegionsColumnsTitleAndID() throws {
        let (table, diagnostics) = table("""
            title: 苏南两市接入情况
            id: south
            regions: [320200, 南京市]
            columns: [smart_coverage, connection_rate, verifications.优良, score]
            """)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let t = try #require(table)
        #expect(t.caption == [.text("苏南两市接入情况")])
        #expect(t.alignments == [.left, .right, .right, .right, .right])
        #expect(DocumentFixture.cells(t) == [
            ["设区市", "覆盖率", "接入率", "优良", "综合得分"],
            ["南京市", "90.0%", "90.0%", "25", "86.13"],
            ["无锡市", "80.0%", "90.0%", "20", "90.00"],
            ["全省", "87.5%", "90.0%", "45", "—"],
        ])
    }

    @Test func tablesAreNumberedSeparatelyFromFigures() {
        let (chapter, diagnostics) = DocumentFixture.chapter("""
            # 标题

            ```chart
            city-coverage
            ```

            ```table
            city-overview
            ```

            | 普通表格 | 不编号 |
            |---|---|
            | a | b |

            ```chart
            city-platform
            ```

            ```table
            city-ranking
            ```
            """, number: 3)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let numbers = chapter.blocks.compactMap { block -> String? in
            switch block {
            case .figure(let f): f.number
            case .table(let t): t.number ?? "-"
            default: nil
            }
        }
        #expect(numbers == ["图 3-1", "表 3-1", "-", "图 3-2", "表 3-2"])
        #expect(DocumentFixture.tables(chapter).map(\.anchor) == ["tab-3-1", nil, "tab-3-2"])
    }

    @Test func missingDatasetsAreErrorsNamingTheDataset() {
        let s = DocumentFixture.projectsOnly
        let (providers, d1) = table("provider-ranking", statistics: s)
        #expect(providers == nil)
        #expect(d1.errors.map(\.description) == [
            "reports/annual/02-coverage.md:4: 表格「provider-ranking」需要数据集 provider_metrics（服务商运营质量），本次构建没有提供该数据\n  提示 (hint): 把 provider_metrics.csv（或 .xlsx）放进 content/data/，或删去这个表格",
        ])
        let (_, d2) = table("title: 等次\ntable: verification-grades", statistics: s)
        #expect(d2.errors.map(\.location) == ["reports/annual/02-coverage.md:5"])
        #expect(d2.errors.first?.message.contains("verifications（智慧工地数据动态验证结果）") == true)
        let (_, d3) = table("columns: [smart_coverage, platform_coverage]", statistics: s)
        #expect(d3.errors.map(\.message) == ["表格列「platform_coverage」需要数据集 platforms（智慧监管平台），本次构建没有提供该数据"])
        // A standard table shows a missing optional figure as "—".
        let (overview, d4) = table("city-overview", statistics: s)
        #expect(d4.items.isEmpty)
        #expect(overview.map(DocumentFixture.cells)?[1].last == "—")
    }

    @Test func unknownNamesAndKeysAreErrorsWithSuggestions() {
        let (_, d1) = table("city-overveiw")
        #expect(d1.errors.map(\.description) == [
            "reports/annual/02-coverage.md:4: 标准表格「city-overveiw」不存在\n  提示 (hint): 是否想写：city-overview；可用的标准表格：city-overview、city-ranking、provider-ranking、verification-grades、county-overview、due-unverified、three-star-ineligible",
        ])
        let (_, d2) = table("title: 覆盖\ncolumns: [smart_coverag]")
        #expect(d2.errors.map(\.description) == [
            "reports/annual/02-coverage.md:5: 表格列「smart_coverag」不存在\n  提示 (hint): 是否想写：smart_coverage、smart_sites、platform_coverage",
        ])
        let (_, d3) = table("table: city-overview\nregion: [320100]")
        #expect(d3.errors.map(\.location) == ["reports/annual/02-coverage.md:5"])
        #expect(d3.errors.first?.message == "表格块中的键「region」无法识别")
        let (_, d4) = table("table: county-overview\ncity: 南京")
        #expect(d4.errors.map(\.message) == ["设区市「南京」不存在"])
        #expect(d4.errors.first?.hint?.hasPrefix("是否想写：320100（南京市）") == true)
        let (_, d5) = table("table: county-overview\nregions: [鼓楼区]")
        #expect(d5.errors.map(\.description) == [
            "reports/annual/02-coverage.md:5: 地区名称「鼓楼区」对应多个地区\n  提示 (hint): 请写区划代码：320106、320302",
        ])
        let (_, d6) = table("table: provider-ranking\nregions: [320100]")
        #expect(d6.errors.map(\.message) == ["表格「provider-ranking」不能使用「regions」"])
    }

    @Test func aFailedTableIsShownAsCodeAndDoesNotTakeANumber() {
        let (chapter, diagnostics) = DocumentFixture.chapter("# 标题\n\n```table\nnope\n```\n\n```table\ncity-overview\n```\n")
        #expect(diagnostics.errors.count == 1)
        #expect(chapter.blocks.first == .code(language: "table", text: "nope\n"))
        #expect(DocumentFixture.tables(chapter).map(\.number) == ["表 2-1"])
    }
}
