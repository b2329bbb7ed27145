import Model

/// Hand-made data for every chart kind, modelled on the shipped example.
enum KindFixtures {
    static let cities = ["南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市", "盐城市",
                         "扬州市", "镇江市", "泰州市", "宿迁市"]
    static let codes = ["320100", "320200", "320300", "320400", "320500", "320600", "320700", "320800", "320900",
                        "321000", "321100", "321200", "321300"]
    /// 不合格, 合格, 良好, 优良 per city; 宿迁市 has none (no total → a gap).
    static let grades: [[Double]] = [
        [0, 2, 7, 7], [3, 2, 5, 4], [0, 2, 6, 5], [0, 4, 5, 3], [0, 5, 5, 5], [0, 2, 8, 1], [0, 3, 0, 0],
        [0, 3, 3, 2], [1, 3, 1, 4], [0, 0, 4, 1], [0, 1, 1, 2], [0, 2, 2, 1], [0, 0, 0, 0],
    ]

    static func gradeSeries(_ rows: [[Double]]) -> [ChartSeries] {
        Grade.allCases.enumerated().map { g, grade in ChartSeries(name: grade.rawValue, values: rows.map { $0[g] }) }
    }

    static var stacked: ChartData {
        ChartData(spec: ChartSpec(kind: .stackedBar, metric: "verifications.grades", title: "各设区市数据动态验证等次构成",
                                  unit: "次"),
                  kind: .integer, items: [], categories: cities, series: gradeSeries(grades))
    }

    static var grouped: ChartData {
        ChartData(spec: ChartSpec(kind: .groupedBar, metric: "verifications.grades", title: "各设区市数据动态验证次数（按等次）",
                                  unit: "次"),
                  kind: .integer, items: [], categories: cities, series: gradeSeries(grades))
    }

    static var donut: ChartData {
        ChartData(spec: ChartSpec(kind: .donut, metric: "verifications.grades", title: "全省数据动态验证等次占比", unit: "次"),
                  kind: .integer, items: zip(Grade.allCases, [4.0, 31, 47, 35]).map { ChartDatum(label: $0.rawValue, value: $1) },
                  provinceValue: 117, categoryTitle: "等次")
    }

    /// 全省, 常州市 and 宿迁市 over 2021–2025; 宿迁市 has no value in 2022.
    static var line: ChartData {
        ChartData(spec: ChartSpec(kind: .line, metric: "smart_coverage", title: "规模以上政府投资工程智慧工地覆盖率变化",
                                  target: 1),
                  kind: .percent, items: [], provinceValue: 0.894, categories: ["2021", "2022", "2023", "2024", "2025"],
                  series: [ChartSeries(name: "全省", values: [0.282, 0.454, 0.716, 0.867, 0.894]),
                           ChartSeries(name: "常州市", values: [0.25, 0.5, 0.75, 0.9, 1.0]),
                           ChartSeries(name: "宿迁市", values: [0.2, nil, 0.5, 0.6, 0.667])])
    }

    /// 200 deterministic points around y = x, every tenth 80 above it.
    static var scatter: ChartData {
        var state: UInt64 = 2025
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let points = (0..<200).map { i -> ChartPoint in
            let station = 30 + next() * 150
            return ChartPoint(x: station, y: station + (next() - 0.5) * 40 + (i % 10 == 0 ? 80 : 0))
        }
        return ChartData(spec: ChartSpec(kind: .scatter, metric: "dust.daily_pm10", title: "扬尘监测设备与国控点 PM10 日均值对比",
                                         target: 50, source: ChartSpec.dustSource),
                         kind: .score, items: [], points: points,
                         xTitle: "国控点 PM10 日均值（μg/m³）", yTitle: "设备 PM10 日均值（μg/m³）")
    }

    /// Five cities × 12 months; empty months are nil.
    static var heatmap: ChartData {
        let rows: [(String, [Double?])] = [
            ("南京市", [0.05, 0.08, nil, 0.12, 0.2, 0.131, 0.02, 0, 0.04, 0.1, 0.15, 0.33]),
            ("徐州市", [0.1, 0.12, 0.2, 0.25, nil, nil, 0.05, 0.02, 0.06, 0.12, 0.2, 0.103]),
            ("常州市", [0, 0.02, 0.04, 0.05, 0.01, 0, 0, 0, 0.03, 0.05, 0.04, 0.048]),
            ("苏州市", Array(repeating: nil, count: 12)),
            ("连云港市", [0.3, 0.28, 0.22, 0.18, 0.1, 0.05, 0.03, 0.04, 0.1, 0.2, 0.25, 0.4]),
        ]
        return ChartData(spec: ChartSpec(kind: .heatmap, metric: "dust.monthly_exceedance_rate",
                                         title: "各设区市扬尘监测超标日占比（按月）", source: ChartSpec.dustSource),
                         kind: .percent, items: [], categories: (1...12).map { "\($0)月" },
                         series: rows.map { ChartSeries(name: $0.0, values: $0.1) })
    }

    static var tileMap: ChartData {
        let values: [Double?] = [0.966, 1, 0.826, 1, 0.921, 0.818, 0.778, 0.714, 0.9, 0.889, 0.857, 0.875, nil]
        return ChartData(spec: ChartSpec(kind: .tileMap, metric: "smart_coverage", title: "各设区市规模以上政府投资工程智慧工地覆盖率分布"),
                         kind: .percent,
                         items: zip(zip(cities, codes), values).map { ChartDatum(label: $0.0, value: $1, code: $0.1) },
                         provinceValue: 0.894, classBreaks: [0, 0.6, 0.75, 0.85, 0.95])
    }

    static var providers: ChartData {
        let names = ["常州天工智安信息技术有限公司", "盐城慧建通科技有限公司", "南通鼎安智慧工地科技有限公司", "苏州慧工数字科技有限公司",
                     "扬州智汇建设科技有限公司", "徐州筑安物联科技有限公司", "江苏中科筑安信息科技有限公司", "江苏建信数科有限公司",
                     "江苏安建智能科技有限公司", "江苏苏建智联信息技术有限公司", "南京筑联信息技术有限公司",
                     "无锡数筑物联网科技有限公司", "江苏数智工地科技有限公司"]
        let scores = [93.9, 93.8, 93.2, 92.8, 92.4, 92.2, 91.4, 91.3, 90.2, 90.1, 89.8, 89.7, 88.6]
        return ChartData(spec: ChartSpec(kind: .horizontalBar, metric: "providers.score", title: "集成服务商运营质量得分"),
                         kind: .score, items: zip(names, scores).map { ChartDatum(label: $0, value: $1) },
                         notes: ["注：另有 2 家服务商项目数不足、样本不足，未参与排名：江苏智建云科技有限公司、泰州安筑云科技有限公司"],
                         categoryTitle: "服务商")
    }

    /// The bar chart with the province line.
    static var coverageWithProvince: ChartData {
        var data = Fixtures.coverage
        data.spec.showsProvince = true
        return data
    }

    /// One of each kind (and the two bar variants), named for files and messages.
    static var all: [(name: String, data: ChartData)] {
        [("bar", coverageWithProvince), ("providers", providers), ("stacked", stacked), ("grouped", grouped),
         ("line", line), ("donut", donut), ("scatter", scatter), ("heatmap", heatmap), ("tilemap", tileMap)]
    }
}
