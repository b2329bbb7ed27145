import Model
import Statistics

/// Verification counts by grade (`verifications.grades`) for the grouped
/// and stacked bars (per city) and the donut (one region).
enum ChartGradeData {
    /// Categories = cities (by code, or as `regions` lists them), series =
    /// the four grades worst to best; nil counts when there is no
    /// verifications dataset.
    static func byCity(_ spec: ChartSpec, statistics: ProvinceStatistics) -> ChartData {
        let cities = FigureData.select(statistics.cities, spec.regions, code: \.code, name: \.name)
        let series = Grade.allCases.map { grade in
            ChartSeries(name: grade.rawValue,
                        values: cities.map { $0.verifications.published($0.verifications[grade]).map(Double.init) })
        }
        return ChartData(spec: spec, kind: .integer, items: [], categories: cities.map(\.name), series: series,
                         notes: notes(statistics.province))
    }

    /// Items = the four grades of the province (or of the first of `regions`).
    static func shares(_ spec: ChartSpec, statistics: ProvinceStatistics) -> ChartData {
        let region = spec.regions.first.flatMap { wanted in
            wanted == "全省" ? statistics.province
                : statistics.region(wanted) ?? statistics.cities.first { $0.name == wanted }
        } ?? statistics.province
        let counts = region.verifications
        let items = Grade.allCases.map { ChartDatum(label: $0.rawValue, value: counts.published(counts[$0]).map(Double.init)) }
        return ChartData(spec: spec, kind: .integer, items: items,
                         provinceValue: counts.published(counts.total).map(Double.init), notes: notes(region),
                         categoryTitle: "等次")
    }

    private static func notes(_ region: RegionStatistics) -> [String] {
        region.verifications.isAvailable ? [] : ["注：未提供数据动态验证数据"]
    }
}
