import Model
import Statistics
import Testing

@Suite struct CityRankingTests {
    @Test func competitionRanksGiveOneTwoTwoFour() {
        #expect(competitionRanks([90, 80, 80, 70]) == [1, 2, 2, 4])
        #expect(competitionRanks([70, 80, 90, 80]) == [4, 2, 1, 2])
        #expect(competitionRanks([]) == [])
    }

    /// 80 + 5e-10 is within 1e-9 of 80: a tie. 80 − 2e-9 has two scores at least 1e-9 above it → 3.
    /// The rule is literal, not transitive: 0, 0.6e-9, 1.2e-9 → 0 has one score ≥ 1e-9 above (1.2e-9) → 2;
    /// the two others have none → 1.
    @Test func scoresCloserThan1e9Tie() {
        #expect(competitionRanks([80, 80 + 5e-10, 80 - 2e-9]) == [1, 1, 3])
        #expect(competitionRanks([0, 0.6e-9, 1.2e-9]) == [2, 1, 1])
    }

    /// A: all components 1 → 100. B: smart_coverage 0.5, rest null → 100 × 0.30 × 0.5 = 15.
    /// C: connection_rate 0.75 only → 100 × 0.20 × 0.75 = 15 (a different binary rounding of 15,
    /// still within 1e-9 → tie). D: pass_rate 0.4 only → 100 × 0.15 × 0.4 = 6. → 1, 2, 2, 4.
    @Test func cityScoresCountNullAsZeroAndTie() {
        var a = RegionStatistics(code: "320100", name: "A")
        a.smartCoverage = 1
        a.connectionRate = 1
        a.platformCoverage = 1
        a.verifications.excellentRate = 1
        a.verifications.passRate = 1
        var b = RegionStatistics(code: "320200", name: "B")
        b.smartCoverage = 0.5
        var c = RegionStatistics(code: "320300", name: "C")
        c.connectionRate = 0.75
        var d = RegionStatistics(code: "320400", name: "D")
        d.verifications.passRate = 0.4
        let ranked = CityRanking.ranked([a, b, c, d], weights: CityWeights())
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        #expect(abs(ranked[0].score! - 100) < 1e-9)
        #expect(abs(ranked[1].score! - 15) < 1e-9)
        #expect(abs(ranked[2].score! - 15) < 1e-9)
        #expect(abs(ranked[3].score! - 6) < 1e-9)
        #expect(ranked.map(\.code) == ["320100", "320200", "320300", "320400"])
    }

    /// 南京 in RegionFixture: 100 × (0.30 × 1/2 + 0.20 × 2/3 + 0.20 × 2/11 + 0.15 × 1/4 + 0.15 × 2/4)
    /// = 100 × 570.5/1320 = 43.2196969…; the 12 other cities have only platform_coverage 0 and null
    /// rates → 0, all tied at rank 2. Counties and the province get no score.
    @Test func computedCitiesAreScoredAndRanked() throws {
        let stats = RegionFixture.stats
        let nanjing = try #require(stats.region("320100"))
        #expect(abs(try #require(nanjing.score) - 43.21969696969697) < 1e-9)
        #expect(nanjing.rank == 1)
        #expect(stats.cities.filter { $0.code != "320100" }.allSatisfy { $0.score == 0 && $0.rank == 2 })
        #expect(stats.province.score == nil && stats.province.rank == nil)
        #expect(stats.counties.allSatisfy { $0.score == nil && $0.rank == nil })
    }

    /// Weights come from the site config: with smart_coverage alone weighing 1, 南京 scores 100 × 0.5.
    @Test func weightsComeFromConfig() throws {
        var config = Build.config()
        config.ranking.cityWeights.smartCoverage = 1
        config.ranking.cityWeights.connectionRate = 0
        config.ranking.cityWeights.platformCoverage = 0
        config.ranking.cityWeights.excellentRate = 0
        config.ranking.cityWeights.passRate = 0
        let stats = StatisticsCalculator.compute(RegionFixture.data, config: config)
        #expect(try #require(stats.region("320100")).score == 50)
    }
}
