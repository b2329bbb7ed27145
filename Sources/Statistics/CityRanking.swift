import Model

/// 设区市综合排名 (DATA.md §3).
public enum CityRanking {
    /// score = 100 × (w₁·smart_coverage + w₂·connection_rate + w₃·platform_coverage
    /// + w₄·excellent_rate + w₅·pass_rate), summed in that order; a nil
    /// component counts as 0.
    public static func score(_ city: RegionStatistics, weights: CityWeights) -> Double {
        let sum = weights.smartCoverage * (city.smartCoverage ?? 0)
            + weights.connectionRate * (city.connectionRate ?? 0)
            + weights.platformCoverage * (city.platformCoverage ?? 0)
            + weights.excellentRate * (city.verifications.excellentRate ?? 0)
            + weights.passRate * (city.verifications.passRate ?? 0)
        return 100 * sum
    }

    /// The cities with `score` and `rank` filled in, order unchanged.
    public static func ranked(_ cities: [RegionStatistics], weights: CityWeights) -> [RegionStatistics] {
        let scores = cities.map { score($0, weights: weights) }
        let ranks = competitionRanks(scores)
        return cities.indices.map { i in
            var city = cities[i]
            city.score = scores[i]
            city.rank = ranks[i]
            return city
        }
    }
}
