import Model
import Statistics

/// The datasets a generated table may need beyond projects, with the names
/// the office sees in content/data/.
enum TableDataset: String {
    case verifications
    case platforms
    case providerMetrics = "provider_metrics"

    /// "verifications（智慧工地数据动态验证结果）".
    var label: String {
        switch self {
        case .verifications: "verifications（智慧工地数据动态验证结果）"
        case .platforms: "platforms（智慧监管平台）"
        case .providerMetrics: "provider_metrics（服务商运营质量）"
        }
    }

    func isAvailable(in statistics: ProvinceStatistics) -> Bool {
        switch self {
        case .verifications: statistics.province.verifications.isAvailable
        case .platforms: statistics.province.countiesWithPlatform != nil
        case .providerMetrics: statistics.providers != nil
        }
    }
}

/// The column headers of generated tables, defined once: every per-region
/// key of ``RegionStatistics/namedValues`` with its Chinese header.
enum TableColumns {
    struct Column {
        let key: String
        let header: String
        /// The dataset the figure comes from, when not projects.
        var dataset: TableDataset? = nil
        /// Decimals printed instead of the kind's default (scores: 2).
        var places: Int? = nil
    }

    static let all: [Column] = [
        Column(key: "code", header: "区划代码"),
        Column(key: "name", header: "名称"),
        Column(key: "active_projects", header: "在建项目"),
        Column(key: "scope_projects", header: "政府投资规模以上"),
        Column(key: "smart_scope_projects", header: "规模以上智慧工地"),
        Column(key: "smart_coverage", header: "覆盖率"),
        Column(key: "smart_sites", header: "智慧工地"),
        Column(key: "connected_sites", header: "已接入平台"),
        Column(key: "connection_rate", header: "接入率"),
        Column(key: "counties_total", header: "县级行政区"),
        Column(key: "counties_with_platform", header: "已建平台", dataset: .platforms),
        Column(key: "platform_coverage", header: "平台覆盖率", dataset: .platforms),
        Column(key: "five.smart_site", header: "智慧工地占比"),
        Column(key: "five.super_dangerous_control", header: "超危大线上管控率"),
        Column(key: "five.standard_evaluation", header: "标化考评线上率"),
        Column(key: "five.online_orders", header: "线上开单率"),
        Column(key: "five.jianan_code", header: "建安码使用率"),
        Column(key: "verifications.total", header: "验证总数", dataset: .verifications),
        Column(key: "verifications.不合格", header: "不合格", dataset: .verifications),
        Column(key: "verifications.合格", header: "合格", dataset: .verifications),
        Column(key: "verifications.良好", header: "良好", dataset: .verifications),
        Column(key: "verifications.优良", header: "优良", dataset: .verifications),
        Column(key: "verifications.pass_rate", header: "合格率", dataset: .verifications),
        Column(key: "verifications.excellent_rate", header: "优良率", dataset: .verifications),
        Column(key: "score", header: "综合得分", places: 2),
        Column(key: "rank", header: "排名"),
    ]

    static let keys = all.map(\.key)

    static func column(_ key: String) -> Column? { all.first { $0.key == key } }

    /// First column of a table of cities / of counties.
    static let cityHeader = "设区市"
    static let countyHeader = "县（市、区）"
    /// Label of the total row.
    static let provinceTotal = "全省"
    static let cityTotal = "全市"

    /// 集成服务商运营质量通报, as in the downloadable ranking.
    static let providerHeaders = ["排名", "集成服务商", "项目数", "设备在线率", "数据及时率", "数据完整率", "综合得分"]
    /// An unranked provider's rank.
    static let unranked = "样本不足"

    /// Up to three keys closest to `key`, for hints.
    static func suggestions(for key: String) -> [String] {
        let target = Array(key)
        return keys.map { ($0, editDistance(target, Array($0))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(3).map(\.0)
    }

    /// A region's value for a column, printed.
    static func text(_ value: FigureValue?, _ column: Column) -> String {
        if let places = column.places, case .number(let number?, _) = value {
            return Formatting.decimal(number, places: places)
        }
        return value?.formatted ?? Formatting.missing
    }

    /// Numbers are right-aligned, text left.
    static func alignment(_ column: Column) -> Table.Alignment {
        if case .text = RegionStatistics(code: "", name: "").namedValues.first(where: { $0.key == column.key })?.value {
            return .left
        }
        return .right
    }
}
