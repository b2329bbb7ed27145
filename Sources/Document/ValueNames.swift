import Model
import Statistics

/// The names of ``ValueTable``, computed once from the statistics.
///
/// - `year`; `province.KEY`, `cities.CODE.KEY`, `counties.CODE.KEY` for every
///   key of ``RegionStatistics/namedValues`` (cities also `score`, `rank`);
///   `cities.NAME.KEY` for each city (county names repeat across cities, so
///   only cities have name aliases); `cities.count`, `counties.count`.
/// - `providers.count` (providers listed), `providers.ranked_count`.
/// - `lists.excellent_projects.count`, `lists.due_unverified.count`,
///   `lists.three_star_ineligible.count`.
/// - `dust.devices`, `dust.matched_devices`, `dust.compared_days`,
///   `dust.exceedance_days`, `dust.flatline_devices.count`.
/// - `trend.T.province.KEY`, `trend.T.cities.CODE.KEY` (and `.NAME.`) for the
///   trend years, KEY one of ``trendKeys``.
///
/// A figure whose dataset was not supplied is an undefined number ("—").
enum ValueNames {
    static let trendKeys = ["smart_coverage", "connection_rate", "platform_coverage",
                            "verifications.total", "verifications.excellent_rate"]

    static func collect(_ statistics: ProvinceStatistics) -> [String: FigureValue] {
        var values: [String: FigureValue] = [:]
        func count(_ n: Int?) -> FigureValue { .number(n.map(Double.init), .integer) }

        values["year"] = .text(String(statistics.year))
        for (key, value) in statistics.province.namedValues { values["province.\(key)"] = value }
        let aliases = cityAliases(statistics.cities.map { ($0.code, $0.name) })
        for city in statistics.cities {
            for (key, value) in city.namedValues {
                values["cities.\(city.code).\(key)"] = value
                if let alias = aliases[city.code] { values["cities.\(alias).\(key)"] = value }
            }
        }
        for county in statistics.counties {
            for (key, value) in county.namedValues { values["counties.\(county.code).\(key)"] = value }
        }
        values["cities.count"] = count(statistics.cities.count)
        values["counties.count"] = count(statistics.counties.count)

        values["providers.count"] = count(statistics.providers?.count)
        values["providers.ranked_count"] = count(statistics.providers.map { $0.count { $0.rank != nil } })

        let lists = statistics.lists
        values["lists.excellent_projects.count"] = count(lists?.excellentProjects.count)
        values["lists.due_unverified.count"] = count(lists?.dueUnverified.count)
        values["lists.three_star_ineligible.count"] = count(lists?.threeStarIneligible.count)

        let dust = statistics.dust
        values["dust.devices"] = count(dust?.devices)
        values["dust.matched_devices"] = count(dust?.matchedDevices)
        values["dust.compared_days"] = count(dust?.comparedDays)
        values["dust.exceedance_days"] = count(dust?.exceedanceDays)
        values["dust.flatline_devices.count"] = count(dust?.flatlineDevices?.count)

        for year in statistics.trend {
            for (key, value) in trendValues(year.province) { values["trend.\(year.year).province.\(key)"] = value }
            for city in year.cities {
                for (key, value) in trendValues(city) {
                    values["trend.\(year.year).cities.\(city.code).\(key)"] = value
                    if let alias = aliases[city.code] { values["trend.\(year.year).cities.\(alias).\(key)"] = value }
                }
            }
        }
        return values
    }

    /// Name aliases by city code: names that are unique among the cities and not themselves a code.
    private static func cityAliases(_ cities: [(code: String, name: String)]) -> [String: String] {
        var byName: [String: [String]] = [:]
        for city in cities where !city.name.isEmpty { byName[city.name, default: []].append(city.code) }
        let codes = Set(cities.map(\.code))
        var aliases: [String: String] = [:]
        for (name, owners) in byName where owners.count == 1 && !codes.contains(name) && !name.contains(".") {
            aliases[owners[0]] = name
        }
        return aliases
    }

    private static func trendValues(_ figures: TrendFigures) -> [(String, FigureValue)] {
        [
            ("smart_coverage", .number(figures.smartCoverage, .percent)),
            ("connection_rate", .number(figures.connectionRate, .percent)),
            ("platform_coverage", .number(figures.platformCoverage, .percent)),
            ("verifications.total", .number(figures.verificationsTotal.map(Double.init), .integer)),
            ("verifications.excellent_rate", .number(figures.excellentRate, .percent)),
        ]
    }
}
