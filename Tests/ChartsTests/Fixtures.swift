import Model

/// Hand-made chart data: 13 cities in code order, 徐州市 without a value.
enum Fixtures {
    static let title = "各设区市规模以上政府投资工程智慧工地覆盖率"
    static let source = "数据来源：江苏省建筑施工安全管理系统"

    static let cities: [(String, Double?)] = [
        ("南京市", 0.951), ("无锡市", 0.963), ("徐州市", nil), ("常州市", 0.925),
        ("苏州市", 0.982), ("南通市", 0.897), ("连云港市", 0.784), ("淮安市", 0.802),
        ("盐城市", 0.816), ("扬州市", 0.874), ("镇江市", 0.889), ("泰州市", 0.853),
        ("宿迁市", 0.710),
    ]

    /// Highest first, no value last.
    static let sortedNames = [
        "苏州市", "无锡市", "南京市", "常州市", "南通市", "镇江市", "扬州市",
        "泰州市", "盐城市", "淮安市", "连云港市", "宿迁市", "徐州市",
    ]

    static var coverage: ChartData {
        ChartData(
            spec: ChartSpec(kind: .horizontalBar, metric: "smart_coverage", title: title, target: 1, source: source),
            kind: .percent,
            items: cities.map { ChartDatum(label: $0.0, value: $0.1) },
            provinceValue: 0.873)
    }
}
