/// What a chart shows, independent of how it is drawn: shared by the
/// document model's ```` ```chart ```` blocks and the chart library.
public struct ChartSpec: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// One bar per city, sorted, longest on top.
        case horizontalBar = "bar"
    }

    public var kind: Kind
    /// Statistic per region, a key of DATA.md §3 (`smart_coverage`).
    public var metric: String
    public var title: String
    /// A reference line (e.g. the 100% goal), in the metric's units.
    public var target: Double?
    /// The note under the chart ("数据来源：…").
    public var source: String

    public init(kind: Kind, metric: String, title: String, target: Double? = nil,
                source: String = "数据来源：江苏省建筑施工安全管理系统") {
        self.kind = kind
        self.metric = metric
        self.title = title
        self.target = target
        self.source = source
    }

    /// The standard charts a chapter can name in a one-word block.
    public static func standard(_ name: String) -> ChartSpec? {
        switch name {
        case "city-coverage":
            return ChartSpec(kind: .horizontalBar, metric: "smart_coverage",
                             title: "各设区市规模以上政府投资工程智慧工地覆盖率", target: 1)
        case "city-connection":
            return ChartSpec(kind: .horizontalBar, metric: "connection_rate",
                             title: "各设区市智慧工地接入监管平台率", target: 1)
        case "city-platform":
            return ChartSpec(kind: .horizontalBar, metric: "platform_coverage",
                             title: "各设区市县级智慧监管平台覆盖率", target: 1)
        default:
            return nil
        }
    }

    public static let standardNames = ["city-coverage", "city-connection", "city-platform"]
}
