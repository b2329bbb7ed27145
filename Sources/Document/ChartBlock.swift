import Model
import Statistics
import Yams

/// Reads the body of a ```` ```chart ```` block: either a standard chart's
/// name (`city-coverage`) or a small YAML mapping
/// (`chart: city-coverage`, `metric:`, `title:`, `target:`, `source:`).
enum ChartBlock {
    struct Failure: Error {
        let message: String
        let hint: String?
    }

    static let keys = ["chart", "metric", "title", "target", "source"]

    static func spec(from body: String) throws(Failure) -> ChartSpec {
        let trimmed = body.trimmingWhitespace
        if !trimmed.contains(":") && !trimmed.contains("\n") {
            return try standard(trimmed)
        }
        let mapping: [String: Any]
        do {
            guard let loaded = try Yams.load(yaml: body) as? [String: Any] else {
                throw Failure(message: "图表块应为标准图表名称或 YAML 键值对", hint: hintText)
            }
            mapping = loaded
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "图表块的 YAML 无法解析：\(error)", hint: hintText)
        }
        if let unknown = mapping.keys.sorted().first(where: { !keys.contains($0) }) {
            throw Failure(message: "图表块中的键「\(unknown)」无法识别", hint: "可用的键：\(keys.joined(separator: "、"))")
        }
        var spec: ChartSpec
        if let name = mapping["chart"] {
            spec = try standard("\(name)")
        } else if let metric = mapping["metric"] {
            spec = ChartSpec(kind: .horizontalBar, metric: "\(metric)", title: "")
        } else {
            throw Failure(message: "图表块缺少「chart」或「metric」", hint: hintText)
        }
        if let metric = mapping["metric"] { spec.metric = "\(metric)" }
        if let title = mapping["title"] { spec.title = "\(title)" }
        if let source = mapping["source"] { spec.source = "\(source)" }
        if let target = mapping["target"] {
            guard let number = (target as? Double) ?? (target as? Int).map(Double.init) else {
                throw Failure(message: "图表块的「target」应为数字，实际为 \"\(target)\"", hint: "比率写作 0 到 1 之间的小数，例如 1 表示 100%")
            }
            spec.target = number
        }
        guard metricKind(spec.metric) != nil else {
            throw Failure(message: "图表块的指标「\(spec.metric)」不存在",
                          hint: "可用指标：\(chartableMetrics.joined(separator: "、"))")
        }
        if spec.title.isEmpty { spec.title = spec.metric }
        return spec
    }

    private static func standard(_ name: String) throws(Failure) -> ChartSpec {
        guard let spec = ChartSpec.standard(name) else {
            throw Failure(message: "标准图表「\(name)」不存在",
                          hint: "可用的标准图表：\(ChartSpec.standardNames.joined(separator: "、"))")
        }
        return spec
    }

    private static let hintText = "例如 city-coverage，或\nchart: city-coverage\ntitle: 图题"

    /// Metrics a per-region chart can show, with their kinds.
    static var chartableMetrics: [String] {
        RegionStatistics(code: "", name: "").namedValues.compactMap { entry in
            if case .number = entry.value { return entry.key }
            return nil
        }
    }

    static func metricKind(_ metric: String) -> ValueKind? {
        for (key, value) in RegionStatistics(code: "", name: "").namedValues where key == metric {
            if case .number(_, let kind) = value { return kind }
        }
        return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
