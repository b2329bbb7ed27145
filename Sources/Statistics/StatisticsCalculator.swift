import Model

/// Computes DATA.md §3 from the datasets: plain values in, plain values out.
public enum StatisticsCalculator {
    /// All figures for report year `config.year`. `warnings` is the number of
    /// warnings the run has reported so far (it is part of data_quality).
    public static func compute(_ data: Datasets, config: SiteConfig, warnings: Int = 0) -> ProvinceStatistics {
        let rules = ProjectRules(year: config.year)
        let regions = data.regions

        var byCounty: [String: RegionTally] = [:]
        for county in regions.counties {
            var tally = RegionTally()
            tally.countiesTotal = 1
            byCounty[county.code] = tally
        }
        for project in data.projects {
            byCounty[project.county, default: RegionTally()].add(project: project, rules: rules)
        }
        for platform in data.platforms ?? [] where platform.isRunning(by: rules.yearEnd) {
            if regions[platform.region]?.level == .county, byCounty[platform.region]?.countiesWithPlatform == 0 {
                byCounty[platform.region]?.countiesWithPlatform = 1
            }
        }
        if let verifications = data.verifications {
            var countyOfProject: [String: String] = [:]
            for project in data.projects { countyOfProject[project.id] = project.county }
            for v in verifications where v.verifiedOn.year == config.year {
                guard let county = countyOfProject[v.project] else { continue }
                byCounty[county, default: RegionTally()].add(finalGrade: v.finalGrade)
            }
        }

        let counties = regions.counties.map { county in
            byCounty[county.code, default: RegionTally()].statistics(code: county.code, name: county.name)
        }
        var provinceTally = RegionTally()
        let cities = regions.cities.map { city in
            let tally = regions.counties(of: city.code).reduce(RegionTally()) { $0 + byCounty[$1.code, default: RegionTally()] }
            provinceTally = provinceTally + tally
            return tally.statistics(code: city.code, name: city.name)
        }

        let mismatches = (data.verifications ?? []).count {
            config.grading.grade(for: $0.score) != $0.grade
        }
        return ProvinceStatistics(
            year: config.year,
            province: provinceTally.statistics(code: regions.province.code, name: regions.province.name),
            cities: cities, counties: counties,
            dataQuality: DataQuality(gradeScoreMismatch: mismatches, warnings: warnings))
    }
}
