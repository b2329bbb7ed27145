import Model
import Statistics

/// Turns a table block's spec into a table of figures from the statistics
/// (unnumbered: the chapter numbers it).
enum DataTables {
    /// `datasets` names the projects of the list tables (read only for those).
    static func table(_ spec: TableSpec, statistics: ProvinceStatistics,
                      datasets: @autoclosure () -> Datasets? = nil) throws(BlockFailure) -> Table {
        switch spec.name {
        case let name where ListTables.handles(name):
            try reject(["regions", "columns", "city"], in: spec)
            return try ListTables.table(spec, statistics: statistics, datasets: datasets())
        case "city-ranking":
            try reject(["columns", "city"], in: spec)
            return try cityRanking(spec, statistics: statistics)
        case "provider-ranking":
            try reject(["regions", "columns", "city"], in: spec)
            guard let providers = statistics.providers else { throw missing(.providerMetrics, table: "provider-ranking") }
            return providerRanking(providers, title: spec.title ?? "集成服务商运营质量通报")
        default:
            return try RegionTableBuilder(spec: spec, statistics: statistics).table()
        }
    }

    /// An error for a table whose dataset was not supplied.
    static func missing(_ dataset: TableDataset, table: String) -> BlockFailure {
        BlockFailure(message: "表格「\(table)」需要数据集 \(dataset.label)，本次构建没有提供该数据",
                     hint: "把 \(dataset.rawValue).csv（或 .xlsx）放进 content/data/，或删去这个表格",
                     key: "table")
    }

    private static func reject(_ keys: [String], in spec: TableSpec) throws(BlockFailure) {
        let given = [("regions", spec.regions != nil), ("columns", spec.columns != nil), ("city", spec.city != nil)]
        for (key, present) in given where present && keys.contains(key) {
            throw BlockFailure(message: "表格「\(spec.name ?? "")」不能使用「\(key)」",
                               hint: "「columns」和「city」用于 city-overview、verification-grades、county-overview 或自定义列的表格",
                               key: key)
        }
    }

    /// 设区市综合排名: rank, city, score (2 decimals) and its five components, by rank then code.
    private static func cityRanking(_ spec: TableSpec, statistics: ProvinceStatistics) throws(BlockFailure) -> Table {
        var cities = statistics.cities
        if let regions = spec.regions { cities = try RegionTableBuilder.filter(cities, by: regions) }
        cities.sort { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.code < b.code
            }
        }
        let keys = ["score", "smart_coverage", "connection_rate", "platform_coverage",
                    "verifications.excellent_rate", "verifications.pass_rate"]
        let columns = keys.compactMap(TableColumns.column)
        let rank = TableColumns.column("rank")!
        return Table(
            caption: [.text(spec.title ?? "设区市综合排名")],
            alignments: [.right, .left] + columns.map { _ in .right },
            header: ([rank.header, TableColumns.cityHeader] + columns.map(\.header)).map { [.text($0)] },
            rows: cities.map { city in
                let values = Dictionary(city.namedValues, uniquingKeysWith: { a, _ in a })
                return ([TableColumns.text(values["rank"], rank), city.name]
                    + columns.map { TableColumns.text(values[$0.key], $0) }).map { [.text($0)] }
            })
    }

    /// 集成服务商运营质量通报, in the statistics' order (ranked, then 样本不足).
    private static func providerRanking(_ providers: [ProviderStatistics], title: String) -> Table {
        Table(
            caption: [.text(title)],
            alignments: [.right, .left, .right, .right, .right, .right, .right],
            header: TableColumns.providerHeaders.map { [.text($0)] },
            rows: providers.map { p in
                [p.rank.map(String.init) ?? TableColumns.unranked, p.name,
                 Formatting.format(Double(p.projects), as: .integer),
                 Formatting.format(p.onlineRate, as: .percent), Formatting.format(p.timelyRate, as: .percent),
                 Formatting.format(p.completeRate, as: .percent), Formatting.decimal(p.score, places: 2),
                ].map { [.text($0)] }
            })
    }
}
