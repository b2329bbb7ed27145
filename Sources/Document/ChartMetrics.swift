import Model
import Statistics

/// What each chart kind can show: its metrics and how their values print.
///
/// Region metrics are the numeric keys of DATA.md §3 (`smart_coverage`,
/// `verifications.优良`, `score` …); the others are chart metrics:
/// - `verifications.grades` — verification counts by grade (grouped and
///   stacked bars per city, donut for the province or one region);
/// - `providers.score` — ranked providers' scores (bar);
/// - `dust.mean_pm10`, `dust.exceedance_rate` — per city with devices (bar, tile map);
/// - `dust.daily_pm10` — device vs station daily means (scatter);
/// - `dust.monthly_exceedance_rate` — per city and month (heatmap);
/// - on a line chart, the trended keys over Y−4 … Y.
enum ChartMetrics {
    static let grades = "verifications.grades"
    static let providerScore = "providers.score"
    static let dustMean = "dust.mean_pm10"
    static let dustRate = "dust.exceedance_rate"
    static let dustDaily = "dust.daily_pm10"
    static let dustMonthly = "dust.monthly_exceedance_rate"
    /// The keys DATA.md's trend carries.
    static let trended = ["smart_coverage", "connection_rate", "platform_coverage", "verifications.total",
                          "verifications.excellent_rate"]

    /// The metrics a kind can draw, in the order hints list them.
    static func metrics(for kind: ChartSpec.Kind) -> [String] {
        switch kind {
        case .horizontalBar: return ChartBlock.chartableMetrics + [providerScore, dustMean, dustRate]
        case .tileMap: return ChartBlock.chartableMetrics + [dustMean, dustRate]
        case .groupedBar, .stackedBar, .donut: return [grades]
        case .line: return trended
        case .scatter: return [dustDaily]
        case .heatmap: return [dustMonthly]
        }
    }

    /// The metric a kind draws when a block names none (kinds with one metric).
    static func defaultMetric(for kind: ChartSpec.Kind) -> String? {
        let metrics = metrics(for: kind)
        return metrics.count == 1 ? metrics[0] : nil
    }

    /// How the metric's values print.
    static func valueKind(_ metric: String) -> ValueKind {
        switch metric {
        case grades: return .integer
        case providerScore, dustMean, dustDaily: return .score
        case dustRate, dustMonthly: return .percent
        default: return ChartBlock.metricKind(metric) ?? .percent
        }
    }

    /// The names closest to `name` (edit distance ≤ 3), best first.
    static func closest(to name: String, in names: [String]) -> [String] {
        let target = Array(name)
        let scored: [(name: String, distance: Int)] = names.map { ($0, editDistance(target, Array($0))) }
        let near = scored.filter { $0.distance <= 3 }
        let sorted = near.sorted { a, b in a.distance != b.distance ? a.distance < b.distance : a.name < b.name }
        return sorted.prefix(3).map(\.name)
    }
}
