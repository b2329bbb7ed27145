import Model
import Statistics

/// Lines over the trend years Y−4 … Y (DATA.md §3 "Trend").
enum ChartTrendData {
    /// Categories = the years; series = the regions of `spec.regions` (全省
    /// or the province code, city codes or names), or by default the
    /// province and the cities with the highest and lowest value in Y.
    static func lines(_ spec: ChartSpec, statistics: ProvinceStatistics) -> ChartData {
        let years = statistics.trend
        func value(_ figures: TrendFigures?) -> Double? {
            guard let figures else { return nil }
            switch spec.metric {
            case "smart_coverage": return figures.smartCoverage
            case "connection_rate": return figures.connectionRate
            case "platform_coverage": return figures.platformCoverage
            case "verifications.total": return figures.verificationsTotal.map(Double.init)
            case "verifications.excellent_rate": return figures.excellentRate
            default: return nil
            }
        }
        func series(code: String) -> ChartSeries? {
            if code == statistics.province.code {
                return ChartSeries(name: "全省", values: years.map { value($0.province) }, code: code)
            }
            guard let city = statistics.cities.first(where: { $0.code == code }) else { return nil }
            return ChartSeries(name: city.name, values: years.map { year in value(year.cities.first { $0.code == code }) },
                               code: code)
        }

        var codes: [String]
        if spec.regions.isEmpty {
            codes = [statistics.province.code]
            let last = statistics.cities.compactMap { city in
                value(years.last?.cities.first { $0.code == city.code }).map { (city.code, $0) }
            }
            if let high = last.max(by: { $0.1 < $1.1 }) { codes.append(high.0) }
            if let low = last.min(by: { $0.1 < $1.1 }), !codes.contains(low.0) { codes.append(low.0) }
        } else {
            codes = spec.regions.compactMap { region in
                if region == "全省" || region == statistics.province.code || region == statistics.province.name {
                    return statistics.province.code
                }
                return statistics.cities.first { $0.code == region || $0.name == region }?.code
            }
        }
        return ChartData(spec: spec, kind: ChartMetrics.valueKind(spec.metric), items: [],
                         provinceValue: value(years.last?.province),
                         categories: years.map { String($0.year) }, series: codes.compactMap(series(code:)),
                         categoryTitle: "地区")
    }
}
