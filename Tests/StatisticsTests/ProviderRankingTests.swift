import Model
import Statistics
import Testing

/// Provider ranking for Y = 2025, rates as fractions (weights 0.4 / 0.3 / 0.3, minimum 3 projects):
/// - 甲: P1 (1.0, 0.75, 0.5), P2 (0.5, 0.75, 1.0), P3 (0.75, 0.75, 0.75) → means 0.75 each → score 75.
///   Its 2024-12 row (all 0) is outside Y and ignored.
/// - 乙: P1 P2 P3 at 0.75 → 75, tied with 甲 (rank 2). 乙 (U+4E59) sorts before 甲 (U+7532).
/// - 丙: 3 projects at 1.0 → 100 → rank 1.  丁: 3 projects at 0.5 → 50 → rank 4.
/// - 戊: 3 rows but 2 distinct projects (P1 twice) at 1.0 → score 100, unranked (样本不足).
/// - A公司: 1 project at 0.25 → unranked; "A" (U+0041) sorts before 戊.
/// - 己: only 2024 rows → not listed.
/// Order: 丙 1, 乙 2, 甲 2, 丁 4, then A公司, 戊.
@Suite struct ProviderRankingTests {
    static let rows: [ProviderMetric] = [
        Build.metric("甲", "P1", "2025-01", 1.0, 0.75, 0.5),
        Build.metric("甲", "P2", "2025-02", 0.5, 0.75, 1.0),
        Build.metric("甲", "P3", "2025-12", 0.75, 0.75, 0.75),
        Build.metric("甲", "P1", "2024-12", 0, 0, 0),
        Build.metric("戊", "P1", "2025-01", 1, 1, 1),
        Build.metric("戊", "P1", "2025-02", 1, 1, 1),
        Build.metric("戊", "P2", "2025-03", 1, 1, 1),
        Build.metric("丁", "P1", "2025-01", 0.5, 0.5, 0.5),
        Build.metric("丁", "P2", "2025-01", 0.5, 0.5, 0.5),
        Build.metric("丁", "P3", "2025-01", 0.5, 0.5, 0.5),
        Build.metric("丙", "P1", "2025-05", 1, 1, 1),
        Build.metric("丙", "P2", "2025-05", 1, 1, 1),
        Build.metric("丙", "P3", "2025-05", 1, 1, 1),
        Build.metric("乙", "P4", "2025-05", 0.75, 0.75, 0.75),
        Build.metric("乙", "P5", "2025-05", 0.75, 0.75, 0.75),
        Build.metric("乙", "P6", "2025-05", 0.75, 0.75, 0.75),
        Build.metric("A公司", "P7", "2025-05", 0.25, 0.25, 0.25),
        Build.metric("己", "P1", "2024-05", 1, 1, 1),
    ]

    @Test func rankedThenUnrankedWithTiesByCodePoints() {
        let providers = ProviderRanking.compute(Self.rows, year: 2025, ranking: RankingConfig())
        #expect(providers.map(\.name) == ["丙", "乙", "甲", "丁", "A公司", "戊"])
        #expect(providers.map(\.rank) == [1, 2, 2, 4, nil, nil])
    }

    @Test func meansScoresAndDistinctProjects() throws {
        let providers = ProviderRanking.compute(Self.rows, year: 2025, ranking: RankingConfig())
        let jia = try #require(providers.first { $0.name == "甲" })
        #expect(jia.projects == 3)
        #expect(jia.onlineRate == 0.75 && jia.timelyRate == 0.75 && jia.completeRate == 0.75)
        #expect(abs(jia.score - 75) < 1e-9)
        let wu = try #require(providers.first { $0.name == "戊" })
        #expect(wu.projects == 2)
        #expect(abs(wu.score - 100) < 1e-9)
        #expect(wu.rank == nil)
        #expect(!providers.contains { $0.name == "己" })
    }

    /// With provider_min_projects 2, 戊 (score 100) ties 丙 at the top: 丙 1, 戊 1, 乙 3, 甲 3, 丁 5.
    @Test func minimumProjectsComesFromConfig() {
        let providers = ProviderRanking.compute(Self.rows, year: 2025, ranking: RankingConfig(providerMinProjects: 2))
        #expect(providers.map(\.name) == ["丙", "戊", "乙", "甲", "丁", "A公司"])
        #expect(providers.map(\.rank) == [1, 1, 3, 3, 5, nil])
    }

    @Test func providersAreNullWithoutMetricsAndEmptyWithoutRowsInYear() {
        let projects = [Build.project("P1")]
        let none = StatisticsCalculator.compute(Datasets(regions: .jiangsu, projects: projects), config: Build.config())
        #expect(none.providers == nil)
        let other = Datasets(regions: .jiangsu, projects: projects, providerMetrics: [Self.rows[3]])
        #expect(StatisticsCalculator.compute(other, config: Build.config()).providers == [])
    }

    /// U+212B (Å, ANGSTROM SIGN) is canonically equivalent to U+00C5, so Swift's `<` puts it before
    /// U+00C6 (Æ); by code points it comes after. Two names differing only so are two providers.
    @Test func namesCompareByCodePointsNotSwiftStringOrder() {
        let angstrom = "\u{212B}", ae = "\u{00C6}", aRing = "\u{00C5}"
        #expect(angstrom < ae)  // Swift's order
        #expect(ae.precedesByCodePoints(angstrom))
        #expect(["\u{212B}", "\u{00C6}", "b"].sortedByCodePoints() == ["b", "\u{00C6}", "\u{212B}"])
        let rows = [Build.metric(angstrom, "P1", "2025-01", 1, 1, 1), Build.metric(aRing, "P2", "2025-01", 1, 1, 1)]
        let providers = ProviderRanking.compute(rows, year: 2025, ranking: RankingConfig(providerMinProjects: 1))
        #expect(providers.count == 2)
        #expect(providers.map { Array($0.name.unicodeScalars) } == [["\u{00C5}"], ["\u{212B}"]])
    }
}
