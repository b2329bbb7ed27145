import Model
import Statistics

/// The machine-readable downloads of DATA.md §4 under `output/data/`:
/// stats.json, and each ranking and list as CSV and XLSX with the same table.
///
/// Pure apart from libxlsxwriter's temporary file: statistics and datasets in,
/// bytes out; the caller writes them. Same input, same bytes.
public enum DataDownloads {
    /// The files, with paths relative to the output root, in this order:
    /// `data/stats.json`, then `data/city-ranking.csv` and `.xlsx`,
    /// `data/provider-ranking.*` (only when there are provider statistics),
    /// `data/excellent-projects.*`, `data/three-star-ineligible.*` and
    /// `data/due-unverified.*` (only when there are lists).
    ///
    /// - Parameters:
    ///   - statistics: the figures; nothing is recomputed here.
    ///   - datasets: where the project lists take names, contractors and
    ///     providers from (never personal data: the model holds none).
    ///   - created: the workbooks' creation date (00:00 UTC), fixed so the
    ///     XLSX bytes do not depend on the clock.
    /// - Throws: `DataExportError` when a list names an unknown project or
    ///   libxlsxwriter fails.
    public static func files(statistics: ProvinceStatistics, datasets: Datasets, created: Day) throws -> [OutputFile] {
        [statsFile(statistics)] + (try tableFiles(statistics: statistics, datasets: datasets, created: created))
    }

    /// `data/stats.json`.
    public static func statsFile(_ statistics: ProvinceStatistics) -> OutputFile {
        OutputFile(path: "data/stats.json", bytes: StatsJSON.encode(statistics))
    }

    /// The rankings and lists as CSV and XLSX, in the order of ``files(statistics:datasets:created:)``.
    /// They do not show `data_quality.warnings`, so they can be made before every warning is known.
    public static func tableFiles(statistics: ProvinceStatistics, datasets: Datasets, created: Day) throws -> [OutputFile] {
        var files: [OutputFile] = []
        for table in try tables(statistics: statistics, datasets: datasets) {
            files.append(OutputFile(path: "data/\(table.stem).csv", bytes: CSVEncoding.encode(table)))
            files.append(OutputFile(path: "data/\(table.stem).xlsx", bytes: try XLSXEncoding.encode(table, created: created)))
        }
        return files
    }

    /// The tables of the rankings and lists, in file order.
    static func tables(statistics: ProvinceStatistics, datasets: Datasets) throws -> [ExportTable] {
        var tables = [cityRanking(statistics.cities)]
        if let providers = statistics.providers { tables.append(providerRanking(providers)) }
        if let lists = statistics.lists {
            let projects = ProjectLookup(datasets)
            tables.append(try projects.table(stem: "excellent-projects", title: "动态验证优良项目",
                                             ids: lists.excellentProjects))
            tables.append(try projects.table(stem: "three-star-ineligible", title: "三星级申报不符合条件项目",
                                             ids: lists.threeStarIneligible))
            tables.append(try projects.table(stem: "due-unverified", title: "应验未验项目",
                                             ids: lists.dueUnverified))
        }
        return tables
    }

    /// 设区市综合排名: by rank (unranked last), ties by code.
    static func cityRanking(_ cities: [RegionStatistics]) -> ExportTable {
        let ordered = cities.sorted { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.code.precedesByCodePoints(b.code)
            }
        }
        return ExportTable(
            stem: "city-ranking", title: "设区市综合排名",
            headers: ["排名", "区划代码", "设区市", "综合得分", "智慧工地覆盖率", "接入监管平台率", "监管平台覆盖率", "优良率", "合格率"],
            rows: ordered.map { city in
                [ExportCell(city.rank), .text(city.code), .text(city.name), ExportCell(score: city.score),
                 ExportCell(rate: city.smartCoverage), ExportCell(rate: city.connectionRate),
                 ExportCell(rate: city.platformCoverage), ExportCell(rate: city.verifications.excellentRate),
                 ExportCell(rate: city.verifications.passRate)]
            })
    }

    /// 集成服务商运营质量通报, in the order of the statistics (ranked by rank,
    /// then the unranked); an unranked provider's rank reads 样本不足.
    static func providerRanking(_ providers: [ProviderStatistics]) -> ExportTable {
        ExportTable(
            stem: "provider-ranking", title: "集成服务商运营质量通报",
            headers: ["排名", "服务商名称", "项目数", "设备在线率", "数据及时率", "数据完整率", "综合得分"],
            rows: providers.map { p in
                [p.rank.map { ExportCell.integer($0) } ?? .text("样本不足"), .text(p.name), .integer(p.projects),
                 .rate(p.onlineRate), .rate(p.timelyRate), .rate(p.completeRate), .score(p.score)]
            })
    }
}

/// Projects by exact id (code points, as everywhere ids are compared), with
/// their city and county names.
struct ProjectLookup {
    static let headers = ["项目编号", "项目名称", "设区市", "县(市、区)", "工程类别", "施工单位", "集成服务商"]

    private let regions: RegionTable
    private var byID: [[UInt8]: Project] = [:]

    init(_ datasets: Datasets) {
        regions = datasets.regions
        for project in datasets.projects where byID[Array(project.id.utf8)] == nil {
            byID[Array(project.id.utf8)] = project
        }
    }

    /// A list as a table: one row per id, in the list's order.
    func table(stem: String, title: String, ids: [String]) throws -> ExportTable {
        let rows = try ids.map { id -> [ExportCell] in
            guard let p = byID[Array(id.utf8)] else { throw DataExportError.unknownProject(list: stem, id: id) }
            return [.text(p.id), .text(p.name), ExportCell(regions.city(containing: p.county)?.name),
                    ExportCell(regions[p.county]?.name), .text(p.category.rawValue), .text(p.contractor),
                    ExportCell(p.provider)]
        }
        return ExportTable(stem: stem, title: title, headers: Self.headers, rows: rows)
    }
}
