import Model
import Statistics

/// A table with one row per city (or per county of a city) and one column
/// per figure, ending with the total row: `city-overview`,
/// `verification-grades`, `county-overview` and tables of `columns`.
struct RegionTableBuilder {
    let spec: TableSpec
    let statistics: ProvinceStatistics

    private static let defaultColumns: [String: [String]] = [
        "city-overview": overview,
        "county-overview": overview,
        "verification-grades": ["verifications.total", "verifications.不合格", "verifications.合格", "verifications.良好",
                                "verifications.优良", "verifications.pass_rate", "verifications.excellent_rate"],
    ]
    private static let overview = ["active_projects", "scope_projects", "smart_sites", "smart_coverage",
                                   "connection_rate", "platform_coverage"]

    func table() throws(BlockFailure) -> Table {
        let countyRows = spec.name == "county-overview" || (spec.name == nil && spec.city != nil)
        if spec.city != nil && !countyRows {
            throw BlockFailure(message: "表格「\(spec.name ?? "")」不能使用「city」",
                               hint: "按县（市、区）列出某市时写 table: county-overview 和 city: 320100", key: "city")
        }
        if spec.name == "verification-grades" && !TableDataset.verifications.isAvailable(in: statistics) {
            throw DataTables.missing(.verifications, table: "verification-grades")
        }
        let columns = try self.columns()

        let city = try spec.city.map { name throws(BlockFailure) in try Self.city(name, in: statistics) }
        var rows: [RegionStatistics]
        let total: (label: String, region: RegionStatistics)
        if countyRows, let city {
            rows = statistics.counties.filter { Self.isCounty($0.code, of: city.code) }
            total = (TableColumns.cityTotal, city)
        } else if countyRows {
            rows = statistics.counties
            total = (TableColumns.provinceTotal, statistics.province)
        } else {
            rows = statistics.cities
            total = (TableColumns.provinceTotal, statistics.province)
        }
        if let regions = spec.regions { rows = try Self.filter(rows, by: regions) }

        func cells(_ label: String, _ region: RegionStatistics) -> [[Inline]] {
            let values = Dictionary(region.namedValues, uniquingKeysWith: { a, _ in a })
            return ([label] + columns.map { TableColumns.text(values[$0.key], $0) }).map { [.text($0)] }
        }
        return Table(
            caption: [.text(spec.title ?? defaultTitle(countyRows: countyRows, city: city))],
            alignments: [.left] + columns.map(TableColumns.alignment),
            header: ([countyRows ? TableColumns.countyHeader : TableColumns.cityHeader] + columns.map(\.header))
                .map { [.text($0)] },
            rows: rows.map { cells($0.name, $0) } + [cells(total.label, total.region)])
    }

    /// The spec's columns, or the standard table's; every key known and its dataset supplied.
    private func columns() throws(BlockFailure) -> [TableColumns.Column] {
        guard let keys = spec.columns else {
            return (Self.defaultColumns[spec.name ?? ""] ?? Self.overview).compactMap(TableColumns.column)
        }
        var columns: [TableColumns.Column] = []
        for key in keys {
            guard let column = TableColumns.column(key) else {
                throw BlockFailure(message: "表格列「\(key)」不存在",
                                   hint: "是否想写：\(TableColumns.suggestions(for: key).joined(separator: "、"))", key: "columns")
            }
            if let dataset = column.dataset, !dataset.isAvailable(in: statistics) {
                throw BlockFailure(message: "表格列「\(key)」需要数据集 \(dataset.label)，本次构建没有提供该数据",
                                   hint: "把 \(dataset.rawValue).csv（或 .xlsx）放进 content/data/，或删去这一列", key: "columns")
            }
            columns.append(column)
        }
        return columns
    }

    private func defaultTitle(countyRows: Bool, city: RegionStatistics?) -> String {
        let rows = countyRows ? "\(city?.name ?? "")各县（市、区）" : "各设区市"
        switch spec.name {
        case "verification-grades": return rows + "智慧工地数据动态验证等次"
        case "city-overview", "county-overview": return rows + "智慧工地建设情况"
        default: return rows + "主要指标"
        }
    }

    /// A county-level code belongs to the city sharing its first four digits (区划代码).
    static func isCounty(_ code: String, of city: String) -> Bool {
        code.count == 6 && code.prefix(4) == city.prefix(4) && code != city
    }

    /// The city written as `city:` (code or name).
    static func city(_ written: String, in statistics: ProvinceStatistics) throws(BlockFailure) -> RegionStatistics {
        if let city = statistics.cities.first(where: { $0.code == written || $0.name == written }) { return city }
        let target = Array(written)
        let closest = statistics.cities
            .map { ($0, min(editDistance(target, Array($0.code)), editDistance(target, Array($0.name)))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.code < $1.0.code }.prefix(3).map { "\($0.0.code)（\($0.0.name)）" }
        throw BlockFailure(message: "设区市「\(written)」不存在",
                           hint: "是否想写：\(closest.joined(separator: "、"))", key: "city")
    }

    /// The rows named in `regions:` (codes, or names that are unique among the rows), in the rows' order.
    static func filter(_ rows: [RegionStatistics], by regions: [String]) throws(BlockFailure) -> [RegionStatistics] {
        var wanted = Set<String>()
        for written in regions {
            let matches = rows.filter { $0.code == written || $0.name == written }
            if matches.count == 1 { wanted.insert(matches[0].code); continue }
            if matches.count > 1 {
                throw BlockFailure(message: "地区名称「\(written)」对应多个地区",
                                   hint: "请写区划代码：\(matches.map(\.code).joined(separator: "、"))", key: "regions")
            }
            let target = Array(written)
            let closest = rows
                .map { ($0, min(editDistance(target, Array($0.code)), editDistance(target, Array($0.name)))) }
                .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.code < $1.0.code }.prefix(3).map { "\($0.0.code)（\($0.0.name)）" }
            throw BlockFailure(message: "地区「\(written)」不在这个表格的行中",
                               hint: closest.isEmpty ? nil : "是否想写：\(closest.joined(separator: "、"))", key: "regions")
        }
        return rows.filter { wanted.contains($0.code) }
    }
}
