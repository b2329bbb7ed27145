import Model
import Statistics

/// Resolves a chart spec's numbers from the statistics, once, for every renderer.
public enum FigureData {
    /// One value per city (by code) of the spec's metric, plus the province's.
    public static func resolve(_ spec: ChartSpec, statistics: ProvinceStatistics) -> ChartData {
        ChartData(
            spec: spec, kind: ChartBlock.metricKind(spec.metric) ?? .percent,
            items: statistics.cities.map { ChartDatum(label: $0.name, value: $0.number(spec.metric)) },
            provinceValue: statistics.province.number(spec.metric))
    }
}
