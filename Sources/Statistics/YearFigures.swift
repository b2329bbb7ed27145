import Model

/// The region figures of DATA.md §3 for one year: the report year, or a
/// year T of the trend ("computed with T in place of Y").
struct YearFigures {
    var province: RegionStatistics
    /// By code, like `RegionTable.cities`.
    var cities: [RegionStatistics]
    /// By code, like `RegionTable.counties`.
    var counties: [RegionStatistics]

    /// Counts per county, then sums them: a city is the sum of its counties,
    /// the province the sum of all county-level divisions.
    static func compute(year: Int, data: Datasets, index: RegionIndex) -> YearFigures {
        let rules = ProjectRules(year: year)
        let table = index.table
        var tallies = [RegionTally](repeating: RegionTally(), count: table.counties.count)
        for i in tallies.indices { tallies[i].countiesTotal = 1 }

        for (project, county) in zip(data.projects, index.projectCounty) {
            if let county { tallies[county].add(project: project, rules: rules) }
        }
        if let platforms = data.platforms {
            for (platform, county) in zip(platforms, index.platformCounty) {
                if let county, platform.isRunning(by: rules.yearEnd) { tallies[county].countiesWithPlatform = 1 }
            }
        }
        if let verifications = data.verifications {
            for (verification, county) in zip(verifications, index.verificationCounty) {
                if let county, verification.verifiedOn.year == year { tallies[county].add(finalGrade: verification.finalGrade) }
            }
        }

        let platformsKnown = data.platforms != nil, verificationsKnown = data.verifications != nil
        func statistics(_ tally: RegionTally, _ region: Region) -> RegionStatistics {
            tally.statistics(code: region.code, name: region.name,
                             platformsKnown: platformsKnown, verificationsKnown: verificationsKnown)
        }
        let counties = zip(tallies, table.counties).map { statistics($0, $1) }
        let cities = zip(table.cities, index.countiesOfCity).map { city, members in
            statistics(members.reduce(RegionTally()) { $0 + tallies[$1] }, city)
        }
        let province = statistics(tallies.reduce(RegionTally(), +), table.province)
        return YearFigures(province: province, cities: cities, counties: counties)
    }
}
