import Model
import Statistics

/// Reads the body of a ```` ```chart ```` block: either a standard chart's
/// name (`city-coverage`) or a small YAML mapping with these keys:
///
/// - `chart:` a standard chart to start from (`ChartSpec.standardNames`);
/// - `kind:` `bar`, `grouped-bar`, `stacked-bar`, `line`, `donut`,
///   `scatter`, `heatmap` or `tile-map` (default `bar`, or the standard chart's);
/// - `metric:` what to draw (`ChartMetrics`; kinds with one metric need none);
/// - `title:`, `source:` (the note under the chart), `unit:` ("单位：…");
/// - `target:` a number in the metric's units (1 = 100%): the target line of
///   bars and lines, the exceedance margin of a scatter;
/// - `regions:` codes or city names (and `全省`): lines of a line chart, rows
///   of bars, stacked and grouped bars and heatmaps, the region of a donut;
/// - `province:` `true` to draw the province's value as a line on a bar chart;
/// - `id:` for cross references (`[@fig:id]`).
///
/// Unknown names, keys, kinds, metrics and regions are errors with the
/// closest names as suggestions.
enum ChartBlock {
    static let keys = ["chart", "kind", "metric", "title", "target", "source", "unit", "regions", "province", "id"]

    /// The chart's spec and its `id:` for cross references.
    static func parse(_ body: String) throws(BlockFailure) -> (spec: ChartSpec, id: String?) {
        if BlockSpec.isName(body) { return (try standard(body.trimmingWhitespace), nil) }
        let mapping = try BlockSpec.mapping(body, keys: keys, what: "图表块", example: hintText)
        var spec: ChartSpec
        if let name = mapping["chart"] {
            do { spec = try standard("\(name)".trimmingWhitespace) } catch {
                throw BlockFailure(message: error.message, hint: error.hint, key: "chart")
            }
        } else if mapping["metric"] != nil || mapping["kind"] != nil {
            spec = ChartSpec(kind: .horizontalBar, metric: "", title: "")
        } else {
            throw BlockFailure(message: "图表块缺少「chart」「kind」或「metric」", hint: hintText)
        }
        if let kind = mapping["kind"] {
            let name = "\(kind)".trimmingWhitespace
            guard let parsed = ChartSpec.Kind(rawValue: name) else {
                throw failure("图表类型「\(name)」不存在", name: name, among: ChartSpec.Kind.allCases.map(\.rawValue),
                              listed: "可用的类型", key: "kind")
            }
            // A standard chart shown as another kind keeps its metric if that kind can draw it.
            if mapping["metric"] == nil, !ChartMetrics.metrics(for: parsed).contains(spec.metric) {
                spec.metric = ChartMetrics.defaultMetric(for: parsed) ?? ""
            }
            spec.kind = parsed
        }
        if let metric = mapping["metric"] { spec.metric = "\(metric)".trimmingWhitespace }
        if spec.metric.isEmpty { spec.metric = ChartMetrics.defaultMetric(for: spec.kind) ?? "" }
        if let title = mapping["title"] { spec.title = "\(title)" }
        if let source = mapping["source"] { spec.source = "\(source)" }
        if let unit = mapping["unit"] { spec.unit = "\(unit)".trimmingWhitespace }
        if let target = mapping["target"] {
            guard let number = (target as? Double) ?? (target as? Int).map(Double.init) else {
                throw BlockFailure(message: "图表块的「target」应为数字，实际为 \"\(target)\"",
                                   hint: "比率写作 0 到 1 之间的小数，例如 1 表示 100%", key: "target")
            }
            spec.target = number
        }
        if let province = mapping["province"] {
            guard let flag = province as? Bool else {
                throw BlockFailure(message: "图表块的「province」应为 true 或 false，实际为 \"\(province)\"",
                                   hint: "province: true 在条形图上画出全省值参考线", key: "province")
            }
            spec.showsProvince = flag
        }
        if let regions = mapping["regions"] {
            spec.regions = BlockSpec.list(regions)
            try checkRegions(spec.regions)
        }
        let metrics = ChartMetrics.metrics(for: spec.kind)
        guard metrics.contains(spec.metric) else {
            let known = ChartSpec.Kind.allCases.contains { ChartMetrics.metrics(for: $0).contains(spec.metric) }
            let message = spec.metric.isEmpty ? "图表块缺少「metric」"
                : known ? "图表块的指标「\(spec.metric)」不能用于 \(spec.kind.rawValue) 图表"
                : "图表块的指标「\(spec.metric)」不存在"
            throw failure(message, name: spec.metric, among: metrics, listed: "可用指标", key: "metric")
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
            throw failure("标准图表「\(name)」不存在", name: name, among: ChartSpec.standardNames,
                          listed: "可用的标准图表", key: nil)
        }
        return spec
    }

    /// Regions are checked against Jiangsu's built-in table (codes, city names, 全省).
    private static func checkRegions(_ regions: [String]) throws(BlockFailure) {
        let table = RegionTable.jiangsu
        let known = [table.province.code, table.province.name, "全省"] + table.cities.flatMap { [$0.code, $0.name] }
            + table.counties.map(\.code)
        for region in regions where !known.contains(region) {
            throw failure("图表块的地区「\(region)」不存在", name: region,
                          among: ["全省"] + table.cities.map(\.name), listed: "可用的地区", key: "regions")
        }
    }

    private static func failure(_ message: String, name: String, among names: [String], listed: String,
                                key: String?) -> BlockFailure {
        let closest = ChartMetrics.closest(to: name, in: names)
        var hint = "\(listed)：\(names.joined(separator: "、"))"
        if !closest.isEmpty && !name.isEmpty { hint = "是否想写：\(closest.joined(separator: "、"))；" + hint }
        return BlockFailure(message: message, hint: hint, key: key)
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
