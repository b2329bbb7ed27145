import Model
import Statistics

/// Reads the body of a ```` ```chart ```` block: either a standard chart's
/// name (`city-coverage`) or a small YAML mapping
/// (`chart: city-coverage`, `metric:`, `title:`, `target:`, `source:`, `id:`).
enum ChartBlock {
    static let keys = ["chart", "metric", "title", "target", "source", "id"]

    /// The chart's spec and its `id:` for cross references.
    static func parse(_ body: String) throws(BlockFailure) -> (spec: ChartSpec, id: String?) {
        if BlockSpec.isName(body) { return (try standard(body.trimmingWhitespace), nil) }
        let mapping = try BlockSpec.mapping(body, keys: keys, what: "图表块", example: hintText)
        var spec: ChartSpec
        if let name = mapping["chart"] {
            do { spec = try standard("\(name)") } catch { throw BlockFailure(message: error.message, hint: error.hint, key: "chart") }
        } else if let metric = mapping["metric"] {
            spec = ChartSpec(kind: .horizontalBar, metric: "\(metric)", title: "")
        } else {
            throw BlockFailure(message: "图表块缺少「chart」或「metric」", hint: hintText)
        }
        if let metric = mapping["metric"] { spec.metric = "\(metric)" }
        if let title = mapping["title"] { spec.title = "\(title)" }
        if let source = mapping["source"] { spec.source = "\(source)" }
        if let target = mapping["target"] {
            guard let number = (target as? Double) ?? (target as? Int).map(Double.init) else {
                throw BlockFailure(message: "图表块的「target」应为数字，实际为 \"\(target)\"",
                                   hint: "比率写作 0 到 1 之间的小数，例如 1 表示 100%", key: "target")
            }
            spec.target = number
        }
        guard metricKind(spec.metric) != nil else {
            throw BlockFailure(message: "图表块的指标「\(spec.metric)」不存在",
                               hint: "可用指标：\(chartableMetrics.joined(separator: "、"))", key: "metric")
        }
        if spec.title.isEmpty { spec.title = spec.metric }
        return (spec, try BlockSpec.id(mapping))
    }

    /// The chart's spec alone.
    static func spec(from body: String) throws(BlockFailure) -> ChartSpec {
        try parse(body).spec
    }

    private static func standard(_ name: String) throws(BlockFailure) -> ChartSpec {
        guard let spec = ChartSpec.standard(name) else {
            throw BlockFailure(message: "标准图表「\(name)」不存在",
                               hint: "可用的标准图表：\(ChartSpec.standardNames.joined(separator: "、"))")
        }
        return spec
    }

    private static let hintText = "例如 city-coverage，或\nchart: city-coverage\ntitle: 图题\nid: coverage"

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
