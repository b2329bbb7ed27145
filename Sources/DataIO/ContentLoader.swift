import Foundation
import Model

/// Reads a content folder's site.yml and `data/` datasets into the model,
/// collecting every problem before anything is computed.
public struct ContentLoader {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// site.yml, with `--year` applied when given.
    public func loadConfig(year: Int?, diagnostics: inout Diagnostics) -> SiteConfig? {
        guard let text = readText(SiteConfigReader.file, diagnostics: &diagnostics) else { return nil }
        var config = SiteConfigReader.read(text, diagnostics: &diagnostics)
        if let year { config?.year = year }
        return config
    }

    /// The datasets of `data/`; `projects` is mandatory, the others optional.
    public func loadDatasets(diagnostics: inout Diagnostics) -> Datasets {
        let regions = RegionTable.jiangsu
        var providers: [Provider]?
        if let table = table("providers", diagnostics: &diagnostics) {
            providers = ProvidersReader.read(table, diagnostics: &diagnostics)
        }
        var projects: [Project] = []
        if let table = table("projects", diagnostics: &diagnostics) {
            projects = ProjectsReader.read(table, regions: regions, diagnostics: &diagnostics)
            if let providers { checkProviders(of: projects, table: table, providers: providers, diagnostics: &diagnostics) }
        } else {
            diagnostics.append(.error("缺少项目清单：data/projects.csv 或 data/projects.xlsx 必须存在", file: "data",
                                      hint: "项目清单是唯一必需的数据集（DATA.md §2）"))
        }
        var data = Datasets(regions: regions, projects: projects, providers: providers)
        if let table = table("verifications", diagnostics: &diagnostics) {
            data.verifications = VerificationsReader.read(
                table, projectIDs: Set(projects.map(\.id)), diagnostics: &diagnostics)
        }
        if let table = table("platforms", diagnostics: &diagnostics) {
            data.platforms = PlatformsReader.read(table, regions: regions, diagnostics: &diagnostics)
        }
        return data
    }

    private func checkProviders(of projects: [Project], table: RawTable, providers: [Provider],
                                diagnostics: inout Diagnostics) {
        let known = Set(providers.map(\.name))
        let lines = Dictionary(table.rows.enumerated().map { ($0.offset, $0.element.line) }) { a, _ in a }
        for (index, project) in projects.enumerated() {
            guard let provider = project.provider, !known.contains(provider) else { continue }
            diagnostics.append(.error(
                "列「集成服务商」(provider) 的值 \"\(provider)\" 在服务商名单 (providers) 中不存在",
                file: table.file, line: lines[index], column: "集成服务商", value: provider))
        }
    }

    /// `data/NAME.csv` as a raw table, or nil when absent.
    func table(_ name: String, diagnostics: inout Diagnostics) -> RawTable? {
        let path = "data/\(name).csv"
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) else { return nil }
        guard let text = readText(path, diagnostics: &diagnostics) else { return nil }
        var records = CSVParser.parse(text)
        guard !records.isEmpty else {
            diagnostics.append(.error("文件为空：第 1 行应为表头", file: path, line: 1))
            return nil
        }
        let header = records.removeFirst()
        return RawTable(file: path, header: header.fields, rows: records)
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
