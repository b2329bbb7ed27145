import Model
import Testing
@testable import Charts

/// `ChartData.dataTable()`: the numbers behind every kind.
@Suite struct DataTableTests {
    @Test func barsListEveryCategoryThenTheProvince() {
        let table = Fixtures.coverage.dataTable()
        #expect(table.header == ["地区", "数值"])
        #expect(table.rows.first == ["南京市", "95.1%"])
        #expect(table.rows[2] == ["徐州市", "—"])
        #expect(table.rows.last == ["全省", "87.3%"])
        #expect(KindFixtures.providers.dataTable().header == ["服务商", "数值"])
    }

    @Test func stackedAndGroupedGiveCountsPerSeriesAndTheTotal() {
        let stacked = KindFixtures.stacked.dataTable()
        #expect(stacked.header == ["地区", "不合格", "合格", "良好", "优良", "合计"])
        #expect(stacked.rows[0] == ["南京市", "0（0.0%）", "2（12.5%）", "7（43.8%）", "7（43.8%）", "16"])
        #expect(stacked.rows[12] == ["宿迁市", "0", "0", "0", "0", "0"])
        #expect(KindFixtures.grouped.dataTable().rows[0] == ["南京市", "0", "2", "7", "7", "16"])
    }

    @Test func linesAndHeatmapsAreSeriesByCategory() {
        let line = KindFixtures.line.dataTable()
        #expect(line.header == ["地区", "2021", "2022", "2023", "2024", "2025"])
        #expect(line.rows[2] == ["宿迁市", "20.0%", "—", "50.0%", "60.0%", "66.7%"])
        let heatmap = KindFixtures.heatmap.dataTable()
        #expect(heatmap.header.count == 13 && heatmap.header[12] == "12月")
        #expect(heatmap.rows[3] == ["苏州市"] + Array(repeating: "—", count: 12))
    }

    @Test func donutGivesSharesAndTheTotal() {
        let table = KindFixtures.donut.dataTable()
        #expect(table.header == ["等次", "数值", "占比"])
        #expect(table.rows == [["不合格", "4", "3.4%"], ["合格", "31", "26.5%"], ["良好", "47", "40.2%"],
                               ["优良", "35", "29.9%"], ["合计", "117", "100.0%"]])
    }

    @Test func scatterIsSummarisedInBandsOfFifty() {
        let table = KindFixtures.scatter.dataTable()
        #expect(table.header.count == 5)
        #expect(table.header.last == "高出 50 以上日数")
        #expect(table.rows.last?.prefix(2) == ["合计", "200"])
        #expect(table.rows.last?.last == "20")
        #expect(table.rows.dropLast().map { Int($0[1])! }.reduce(0, +) == 200)
        #expect(table.rows.first?.first == "0–50")
    }
}
