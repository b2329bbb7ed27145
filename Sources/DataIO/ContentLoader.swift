import Foundation
import Model

/// Reads a content folder's site.yml and `data/` datasets into the model,
/// collecting every problem before anything is computed.
public struct ContentLoader: Sendable {
    public let root: URL

    /// Where large hourly readings files are kept, read and checked, between builds; nil reads them every time.
    public var readingsCache: ReadingsCache?

    public init(root: URL) { self.root = root }

    /// The dataset names of DATA.md §2, each read from `data/NAME.csv` or `data/NAME.xlsx`.
    public static let datasetNames = [
        "regions", "projects", "verifications", "platforms", "providers", "provider_metrics",
        "dust_devices", "dust_readings", "stations", "station_readings",
    ]

    /// site.yml, with `--year` applied when given.
    public func loadConfig(year: Int?, diagnostics: inout Diagnostics) -> SiteConfig? {
        guard let text = readText(SiteConfigReader.file, diagnostics: &diagnostics) else { return nil }
        var config = SiteConfigReader.read(text, diagnostics: &diagnostics)
        if let year { config?.year = year }
        return config
    }

    /// The datasets of `data/`; `projects` is mandatory, the others optional.
    /// Hourly dust readings are kept for report year `year` only; `grading` is
    /// used to warn about a 等次 that differs from the grade its score implies.
    public func loadDatasets(year: Int, grading: GradingThresholds = GradingThresholds(),
                             diagnostics: inout Diagnostics) -> Datasets {
        warnAboutUnknownFiles(diagnostics: &diagnostics)
        // Every table is read and split into cells on all cores first; each one's problems are reported
        // where it is used, so the order of the report does not depend on which finished first.
        let names = ["regions", "providers", "projects", "verifications", "platforms", "provider_metrics",
                     "dust_devices", "stations"]
        let loaded = Concurrently.values(of: names.map { name in
            { [self] in
                var problems = Diagnostics()
                return (table(name, diagnostics: &problems), problems)
            }
        })
        let tables = Dictionary(uniqueKeysWithValues: zip(names, loaded))
        func taken(_ name: String, diagnostics: inout Diagnostics) -> RawTable? {
            guard let (table, problems) = tables[name] else { return nil }
            diagnostics.append(contentsOf: problems)
            return table
        }
        var regions = RegionTable.jiangsu
        if let table = taken("regions", diagnostics: &diagnostics),
           let custom = RegionsReader.read(table, diagnostics: &diagnostics) {
            regions = custom
        }
        let providers = taken("providers", diagnostics: &diagnostics).map {
            ProvidersReader.read($0, diagnostics: &diagnostics)
        }
        var projects: [Project] = []
        if let table = taken("projects", diagnostics: &diagnostics) {
            projects = ProjectsReader.read(table, regions: regions, providers: providers.map { Set($0.map(\.name)) },
                                           diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("缺少项目清单：data/projects.csv 或 data/projects.xlsx 必须存在", file: "data",
                                      hint: "项目清单是唯一必需的数据集（DATA.md §2）"))
        }
        var data = Datasets(regions: regions, projects: projects, providers: providers)
        readLinked(tables, into: &data, grading: grading, diagnostics: &diagnostics)
        data.dustReadings = readings(
            "dust_readings", kind: .devices, year: year, sources: data.dustDevices.map { Set($0.map(\.id)) },
            needs: "dust_devices", diagnostics: &diagnostics)
        data.stationReadings = readings(
            "station_readings", kind: .stations, year: year, sources: data.stations.map { Set($0.map(\.code)) },
            needs: "stations", diagnostics: &diagnostics)
        return data
    }

    /// The datasets that refer to projects or regions, each read on its own core; their problems are
    /// reported in dataset order, each after its table's.
    private func readLinked(_ tables: [String: (RawTable?, Diagnostics)], into data: inout Datasets,
                            grading: GradingThresholds, diagnostics: inout Diagnostics) {
        let projectIDs = Set(data.projects.map(\.id))
        let providers = data.providers.map { Set($0.map(\.name)) }
        let regions = data.regions
        let readers: [(name: String, read: @Sendable (RawTable, inout Datasets, inout Diagnostics) -> Void)] = [
            ("verifications", { table, data, problems in
                data.verifications = VerificationsReader.read(table, projectIDs: projectIDs, grading: grading,
                                                              diagnostics: &problems)
            }),
            ("platforms", { table, data, problems in
                data.platforms = PlatformsReader.read(table, regions: regions, diagnostics: &problems)
            }),
            ("provider_metrics", { table, data, problems in
                data.providerMetrics = ProviderMetricsReader.read(table, providers: providers, projectIDs: projectIDs,
                                                                  diagnostics: &problems)
            }),
            ("dust_devices", { table, data, problems in
                data.dustDevices = DustSitesReader.devices(table, projectIDs: projectIDs, diagnostics: &problems)
            }),
            ("stations", { table, data, problems in
                data.stations = DustSitesReader.stations(table, regions: regions, diagnostics: &problems)
            }),
        ]
        let base = data
        let read = Concurrently.values(of: readers.map { reader in
            {
                var part = base, problems = Diagnostics()
                if let table = tables[reader.name]?.0 { reader.read(table, &part, &problems) }
                return (part, problems)
            }
        })
        for (reader, (_, problems)) in zip(readers, read) {
            if let (_, tableProblems) = tables[reader.name] { diagnostics.append(contentsOf: tableProblems) }
            diagnostics.append(contentsOf: problems)
        }
        data.verifications = read[0].0.verifications
        data.platforms = read[1].0.platforms
        data.providerMetrics = read[2].0.providerMetrics
        data.dustDevices = read[3].0.dustDevices
        data.stations = read[4].0.stations
    }

    private func readings(_ name: String, kind: HourlyReadingsReader.Kind, year: Int, sources: Set<String>?,
                          needs list: String, diagnostics: inout Diagnostics) -> HourlyPM10? {
        guard let (url, path) = locate(name, diagnostics: &diagnostics) else { return nil }
        guard let sources else {
            diagnostics.append(.error("\(path) 需要对应的清单：缺少 data/\(list).csv 或 data/\(list).xlsx", file: path))
            return nil
        }
        if url.pathExtension == "xlsx" {
            guard let table = XLSXReader.read(url, file: path, diagnostics: &diagnostics) else { return nil }
            return HourlyReadingsReader.read(table: table, kind: kind, year: year, knownSources: sources,
                                             diagnostics: &diagnostics)
        }
        let real = url.resolvingSymlinksInPath()
        let size = ((try? FileManager.default.attributesOfItem(atPath: real.path))?[.size] as? NSNumber)?.intValue ?? 0
        guard let cache = readingsCache, size >= cache.minimumSize,
              let key = cache.key(file: real, kind: "\(kind)", year: year, sources: sources) else {
            return HourlyReadingsReader.read(url, file: path, kind: kind, year: year, knownSources: sources,
                                             diagnostics: &diagnostics)
        }
        if let (grid, problems) = cache.load(key: key) {
            for problem in problems { diagnostics.append(problem) }
            return grid
        }
        var problems = Diagnostics()
        let grid = HourlyReadingsReader.read(url, file: path, kind: kind, year: year, knownSources: sources,
                                             diagnostics: &problems)
        diagnostics.append(contentsOf: problems)
        if let grid, problems.suppressedErrors == 0 { cache.store(key: key, grid: grid, diagnostics: problems.items) }
        return grid
    }

    /// `data/NAME.csv` or `data/NAME.xlsx` as a raw table, or nil when absent.
    func table(_ name: String, diagnostics: inout Diagnostics) -> RawTable? {
        guard let (url, path) = locate(name, diagnostics: &diagnostics) else { return nil }
        if url.pathExtension == "xlsx" {
            return XLSXReader.read(url, file: path, diagnostics: &diagnostics)
        }
        guard let text = readText(path, diagnostics: &diagnostics) else { return nil }
        var records = CSVParser.parse(text)
        guard !records.isEmpty else {
            diagnostics.append(.error("文件为空：第 1 行应为表头", file: path, line: 1))
            return nil
        }
        let header = records.removeFirst()
        return RawTable(file: path, header: header.fields, rows: records)
    }

    /// The file of dataset `name`, if present; both a .csv and an .xlsx is an error.
    private func locate(_ name: String, diagnostics: inout Diagnostics) -> (URL, String)? {
        let found = ["csv", "xlsx"].compactMap { ext -> (URL, String)? in
            let path = "data/\(name).\(ext)"
            let url = root.appendingPathComponent(path)
            return FileManager.default.fileExists(atPath: url.path) ? (url, path) : nil
        }
        if found.count > 1 {
            diagnostics.append(.error("同时存在 data/\(name).csv 和 data/\(name).xlsx，无法确定使用哪一个",
                                      file: "data/\(name).csv", hint: "删除或改名其中一个文件"))
            return nil
        }
        return found.first
    }

    private func warnAboutUnknownFiles(diagnostics: inout Diagnostics) {
        let folder = root.appendingPathComponent("data")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let stem = (name as NSString).deletingPathExtension
            let ext = (name as NSString).pathExtension.lowercased()
            if (ext == "csv" || ext == "xlsx") && Self.datasetNames.contains(stem) { continue }
            diagnostics.append(.warning(
                "忽略无法识别的数据文件「\(name)」", file: "data/\(name)",
                hint: "数据文件名应为以下之一（.csv 或 .xlsx）：\(Self.datasetNames.joined(separator: "、"))"))
        }
    }

    func readText(_ path: String, diagnostics: inout Diagnostics) -> String? {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(.error("无法读取文件", file: path))
            return nil
        }
        guard let decoded = TextDecoding.decode([UInt8](data)) else {
            diagnostics.append(.error("文件编码无法识别（应为 UTF-8 或 GB18030/GBK）", file: path))
            return nil
        }
        return decoded.text
    }
}
