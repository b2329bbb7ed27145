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
