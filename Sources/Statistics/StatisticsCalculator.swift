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
        let current = YearFigures.compute(year: year, data: data, index: index)
        let trend = (year - trendYears + 1...year).map { t in
            TrendYear(t == year ? current : YearFigures.compute(year: t, data: data, index: index), year: t)
        }
        let providers = data.providerMetrics.map {
            ProviderRanking.compute($0, year: year, ranking: config.ranking)
        }
        let lists = data.verifications.map {
            ProjectLists.compute(projects: data.projects, verifications: $0, year: year)
        }
        return ProvinceStatistics(
            year: year,
            province: current.province,
            cities: CityRanking.ranked(current.cities, weights: config.ranking.cityWeights),
            counties: current.counties,
            providers: providers,
            lists: lists,
            dust: DustAnalysis.compute(data, year: year, config: config.dust),
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
