import Model
import Testing
@testable import Charts

@Suite struct DescriptionTests {
    @Test func namesHighestLowestProvinceAndMissing() {
        #expect(ChartDescription.altText(Fixtures.coverage)
                == "各设区市规模以上政府投资工程智慧工地覆盖率：最高为苏州市（98.2%），最低为宿迁市（71.0%），"
                + "全省为 87.3%，1 个地区无可计算数据（徐州市）。")
    }

    @Test func withoutProvinceOrMissingItIsShorter() {
        var data = Fixtures.coverage
        data.provinceValue = nil
        data.items[2].value = 0.9
        #expect(ChartDescription.altText(data)
                == "各设区市规模以上政府投资工程智慧工地覆盖率：最高为苏州市（98.2%），最低为宿迁市（71.0%）。")
    }

    @Test func listsTiesTogether() {
        let data = ChartData(
            spec: ChartSpec(kind: .horizontalBar, metric: "m", title: "接入率"),
            kind: .percent,
            items: [ChartDatum(label: "南京市", value: 1), ChartDatum(label: "无锡市", value: 1),
                    ChartDatum(label: "徐州市", value: 0.5)])
        #expect(ChartDescription.altText(data) == "接入率：最高为南京市、无锡市（100.0%），最低为徐州市（50.0%）。")
    }

    @Test func handlesNoDataAtAll() {
        let data = ChartData(
            spec: ChartSpec(kind: .horizontalBar, metric: "m", title: "接入率"),
            kind: .percent,
            items: [ChartDatum(label: "南京市", value: nil)])
        #expect(ChartDescription.altText(data) == "接入率：均无可计算数据。")
    }
}

/// The generated sentence of every other kind, worked out from the fixtures by hand.
@Suite struct KindDescriptionTests {
    @Test func stackedNamesTheHighestAndLowestLastShare() {
        #expect(ChartDescription.altText(KindFixtures.stacked)
                == "各设区市数据动态验证等次构成：优良占比最高为镇江市（50.0%），最低为连云港市（0.0%），"
                + "1 个地区无可计算数据（宿迁市）。")
    }

    @Test func groupedNamesTotalsAndEachSeriesSum() {
        #expect(ChartDescription.altText(KindFixtures.grouped)
                == "各设区市数据动态验证次数（按等次）：合计最高为南京市（16），最低为宿迁市（0），"
                + "其中不合格 4 次、合格 29 次、良好 47 次、优良 35 次。")
    }

    @Test func lineTellsTheFirstSeriesChangeAndTheLastYearsExtremes() {
        #expect(ChartDescription.altText(KindFixtures.line)
                == "规模以上政府投资工程智慧工地覆盖率变化：全省由 28.2%（2021 年）升至 89.4%（2025 年），"
                + "2025 年最高为常州市（100.0%），最低为宿迁市（66.7%），1 个年度值无可计算数据。")
    }

    @Test func donutGivesTheTotalAndEveryShare() {
        #expect(ChartDescription.altText(KindFixtures.donut)
                == "全省数据动态验证等次占比：合计 117 次，其中不合格 4 次（3.4%）、合格 31 次（26.5%）、"
                + "良好 47 次（40.2%）、优良 35 次（29.9%）。")
    }

    @Test func scatterCountsPointsAboveTheExceedanceLine() {
        #expect(ChartDescription.altText(KindFixtures.scatter)
                == "扬尘监测设备与国控点 PM10 日均值对比：共 200 个可比对的设备日，"
                + "其中 20 个设备日的设备均值高出国控点 50 μg/m³ 以上（10.0%）。")
        var empty = KindFixtures.scatter
        empty.points = []
        #expect(ChartDescription.altText(empty) == "扬尘监测设备与国控点 PM10 日均值对比：无可比对的设备日。")
    }

    @Test func heatmapNamesCellsAndCountsEmptyOnes() {
        #expect(ChartDescription.altText(KindFixtures.heatmap)
                == "各设区市扬尘监测超标日占比（按月）：最高为连云港市 12月（40.0%），"
                + "最低为南京市 8月、常州市 1月、常州市 6月、常州市 7月、常州市 8月（0.0%），15 格无可计算数据。")
    }

    @Test func tileMapReadsLikeABarChart() {
        #expect(ChartDescription.altText(KindFixtures.tileMap)
                == "各设区市规模以上政府投资工程智慧工地覆盖率分布：最高为无锡市、常州市（100.0%），最低为淮安市（71.4%），"
                + "全省为 89.4%，1 个地区无可计算数据（宿迁市）。")
    }
}
