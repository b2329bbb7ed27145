import Model

/// Computes DATA.md §3 from the datasets: plain values in, plain values out.
public enum StatisticsCalculator {
    /// Years of the trend: Y−4 … Y.
    public static let trendYears = 5

    /// All figures for report year `config.year`. `warnings` is the run's
    /// total number of warnings (it is part of data_quality).
    public static func compute(_ data: Datasets, config: SiteConfig, warnings: Int = 0) -> ProvinceStatistics {
        let year = config.year
        let index = RegionIndex(data)
        // Each year of the trend on its own core, beside the rankings, lists and dust.
        let years = Array(year - trendYears + 1...year)
        let (figures, rest) = Concurrently.both({
            Concurrently.values(of: years.map { t in { YearFigures.compute(year: t, data: data, index: index) } })
        }, {
            (providers: data.providerMetrics.map { ProviderRanking.compute($0, year: year, ranking: config.ranking) },
             lists: data.verifications.map { ProjectLists.compute(projects: data.projects, verifications: $0, year: year) },
             dust: DustAnalysis.compute(data, year: year, config: config.dust))
        })
        let current = figures[figures.count - 1]
        let trend = zip(years, figures).map { TrendYear($1, year: $0) }
        let (providers, lists) = (rest.providers, rest.lists)
        return ProvinceStatistics(
            year: year,
            province: current.province,
            cities: CityRanking.ranked(current.cities, weights: config.ranking.cityWeights),
            counties: current.counties,
            providers: providers,
            lists: lists,
            dust: rest.dust,
            trend: trend,
            dataQuality: DataQuality(gradeScoreMismatch: gradeScoreMismatches(data.verifications ?? [],
                                                                              grading: config.grading),
                                     warnings: warnings))
    }

    /// Verification rows whose 等次 (not the review grade) differs from the
    /// grade their score implies, over every row of the file.
    public static func gradeScoreMismatches(_ verifications: [Verification], grading: GradingThresholds) -> Int {
        verifications.count { grading.grade(for: $0.score) != $0.grade }
    }
}
