import Model
import Statistics

/// Resolves a chart spec's numbers from the statistics (and, for the dust
/// charts, the hourly grids), once, for every renderer.
public enum FigureData {
    /// The chart's data, by kind and metric (see `ChartMetrics`).
    ///
    /// `datasets` is needed only by `dust.daily_pm10` (scatter) and
    /// `dust.monthly_exceedance_rate` (heatmap), which read the hourly grids;
    /// without it they resolve to no points / empty cells with a note; the
    /// other kinds never evaluate it.
    /// `dust` gives the match radius and exceedance margin (site config).
    public static func resolve(_ spec: ChartSpec, statistics: ProvinceStatistics,
                               datasets: @autoclosure () -> Datasets? = nil,
                               dust: DustConfig = DustConfig()) -> ChartData {
        switch spec.kind {
        case .horizontalBar, .tileMap: return regionValues(spec, statistics: statistics)
        case .groupedBar, .stackedBar: return ChartGradeData.byCity(spec, statistics: statistics)
        case .donut: return ChartGradeData.shares(spec, statistics: statistics)
        case .line: return ChartTrendData.lines(spec, statistics: statistics)
        case .scatter: return ChartDustData.scatter(spec, statistics: statistics, datasets: datasets(), config: dust)
        case .heatmap: return ChartDustData.heatmap(spec, statistics: statistics, datasets: datasets(), config: dust)
        }
    }

    /// One resolved chart per standard name, in `ChartSpec.standardNames`
    /// order: what the chart gallery shows.
    public static func galleryData(statistics: ProvinceStatistics, datasets: Datasets?,
                                   dust: DustConfig = DustConfig()) -> [ChartData] {
        ChartSpec.standardNames.compactMap(ChartSpec.standard).map {
            resolve($0, statistics: statistics, datasets: datasets, dust: dust)
        }
    }

    /// The lower bounds of the portal tile map's classes, for coverage-like rates.
    static let coverageClasses = [0, 0.60, 0.75, 0.85, 0.95]

    /// One value per city (by code) — or per ranked provider, or per city
    /// with dust devices — plus the province's.
    static func regionValues(_ spec: ChartSpec, statistics: ProvinceStatistics) -> ChartData {
        let kind = ChartMetrics.valueKind(spec.metric)
        switch spec.metric {
        case ChartMetrics.providerScore:
            let providers = statistics.providers ?? []
            let ranked = providers.filter { $0.rank != nil }
            let unranked = providers.filter { $0.rank == nil }.map(\.name)
            var notes: [String] = []
            if statistics.providers == nil { notes.append("注：未提供服务商运营数据") }
            if !unranked.isEmpty {
                notes.append("注：另有 \(unranked.count) 家服务商项目数不足、样本不足，未参与排名：\(unranked.joined(separator: "、"))")
            }
            return ChartData(spec: spec, kind: kind, items: ranked.map { ChartDatum(label: $0.name, value: $0.score) },
                             notes: notes, categoryTitle: "服务商")
        case ChartMetrics.dustMean, ChartMetrics.dustRate:
            let cities = select(statistics.dust?.cities ?? [], spec.regions, code: \.code, name: \.name)
            let items = cities.map { city in
                ChartDatum(label: city.name, value: spec.metric == ChartMetrics.dustMean ? city.meanPM10 : city.exceedanceRate,
                           code: city.code)
            }
            var data = ChartData(spec: spec, kind: kind, items: items,
                                 notes: statistics.dust == nil ? ["注：未提供扬尘监测数据"] : [])
            if spec.metric == ChartMetrics.dustMean && data.spec.unit.isEmpty { data.spec.unit = "μg/m³" }
            return data
        default:
            let cities = select(statistics.cities, spec.regions, code: \.code, name: \.name)
            let breaks = spec.kind == .tileMap && ["smart_coverage", "connection_rate", "platform_coverage"].contains(spec.metric)
                ? coverageClasses : nil
            return ChartData(spec: spec, kind: kind,
                             items: cities.map { ChartDatum(label: $0.name, value: $0.number(spec.metric), code: $0.code) },
                             provinceValue: statistics.province.number(spec.metric), classBreaks: breaks)
        }
    }

    /// `all` restricted to `regions` (codes or names) in the order given; all of them when empty.
    static func select<T>(_ all: [T], _ regions: [String], code: KeyPath<T, String>, name: KeyPath<T, String>) -> [T] {
        guard !regions.isEmpty else { return all }
        return regions.compactMap { region in all.first { $0[keyPath: code] == region || $0[keyPath: name] == region } }
    }
}
