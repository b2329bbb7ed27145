/// What a chart shows, independent of how it is drawn: shared by the
/// document model's ```` ```chart ```` blocks and the chart library.
///
/// The document model checks the metric against the kind and resolves the
/// numbers (`ChartData`); the chart library only draws them.
public struct ChartSpec: Sendable, Equatable {
    /// The chart kinds; the raw value is what a ```` ```chart ```` block writes after `kind:`.
    public enum Kind: String, Sendable, CaseIterable {
        /// One bar per category, sorted, longest on top; optional target and province lines.
        case horizontalBar = "bar"
        /// Vertical columns: one group per category (city), one column per series (grade).
        case groupedBar = "grouped-bar"
        /// One horizontal bar per category split into series shares summing to 100%.
        case stackedBar = "stacked-bar"
        /// One line per series (province, cities) over the categories (years).
        case line
        /// Shares of a whole (grades), the total in the centre.
        case donut
        /// Points (x, y) with the y = x line and the y = x + `target` line.
        case scatter
        /// Series (rows) × categories (columns) coloured by value.
        case heatmap
        /// The 13 cities as tiles placed roughly as on a map, coloured by value.
        case tileMap = "tile-map"
    }

    public var kind: Kind
    /// What is drawn: a key of DATA.md §3 (`smart_coverage`) or a chart
    /// metric the document model knows (`verifications.grades`, `providers.score`, …).
    public var metric: String
    public var title: String
    /// A reference value in the metric's units: a target line on bars
    /// (e.g. 1 = the 100% goal); on a scatter, the margin of the exceedance
    /// line y = x + target (µg/m³).
    public var target: Double?
    /// The note under the chart ("数据来源：…").
    public var source: String
    /// Which regions to show (codes, or names of cities; the province as
    /// `全省` or its code): the lines of a line chart, the rows of bar,
    /// stacked, grouped and heatmap charts. Empty = the kind's default.
    public var regions: [String]
    /// Unit printed with the value axis ("单位：万元"); empty = none.
    public var unit: String
    /// Whether a bar chart draws the province's value as a reference line.
    public var showsProvince: Bool

    public init(kind: Kind, metric: String, title: String, target: Double? = nil,
                source: String = ChartSpec.defaultSource, regions: [String] = [], unit: String = "",
                showsProvince: Bool = false) {
        self.kind = kind
        self.metric = metric
        self.title = title
        self.target = target
        self.source = source
        self.regions = regions
        self.unit = unit
        self.showsProvince = showsProvince
    }

    /// The source note of every chart drawn from the provincial system.
    public static let defaultSource = "数据来源：江苏省建筑施工安全管理系统"
    /// The source note of the dust charts.
    public static let dustSource = "数据来源：江苏省建筑施工安全管理系统扬尘监测数据、国家环境空气质量监测站点（国控点）数据"

    /// The standard charts a chapter can name in a one-word block.
    public static func standard(_ name: String) -> ChartSpec? {
        switch name {
        case "city-coverage":
            return ChartSpec(kind: .horizontalBar, metric: "smart_coverage",
                             title: "各设区市规模以上政府投资工程智慧工地覆盖率", target: 1, showsProvince: true)
        case "city-connection":
            return ChartSpec(kind: .horizontalBar, metric: "connection_rate",
                             title: "各设区市智慧工地接入监管平台率", target: 1)
        case "city-platform":
            return ChartSpec(kind: .horizontalBar, metric: "platform_coverage",
                             title: "各设区市县级智慧监管平台覆盖率", target: 1)
        case "grade-distribution":
            return ChartSpec(kind: .stackedBar, metric: "verifications.grades",
                             title: "各设区市数据动态验证等次构成", unit: "次")
        case "grade-counts":
            return ChartSpec(kind: .groupedBar, metric: "verifications.grades",
                             title: "各设区市数据动态验证次数（按等次）", unit: "次")
        case "grade-share":
            return ChartSpec(kind: .donut, metric: "verifications.grades", title: "全省数据动态验证等次占比", unit: "次")
        case "provider-ranking":
            return ChartSpec(kind: .horizontalBar, metric: "providers.score", title: "集成服务商运营质量得分")
        case "coverage-trend":
            return ChartSpec(kind: .line, metric: "smart_coverage",
                             title: "规模以上政府投资工程智慧工地覆盖率变化", target: 1)
        case "dust-vs-station":
            return ChartSpec(kind: .scatter, metric: "dust.daily_pm10",
                             title: "扬尘监测设备与国控点 PM10 日均值对比", target: 50, source: dustSource)
        case "dust-exceedance-heatmap":
            return ChartSpec(kind: .heatmap, metric: "dust.monthly_exceedance_rate",
                             title: "各设区市扬尘监测超标日占比（按月）", source: dustSource)
        case "city-tile-map":
            return ChartSpec(kind: .tileMap, metric: "smart_coverage",
                             title: "各设区市规模以上政府投资工程智慧工地覆盖率分布")
        default:
            return nil
        }
    }

    /// Every standard chart, in the order a gallery shows them.
    public static let standardNames = [
        "city-coverage", "city-connection", "city-platform", "grade-distribution", "grade-counts", "grade-share",
        "provider-ranking", "coverage-trend", "dust-vs-station", "dust-exceedance-heatmap", "city-tile-map",
    ]
}
