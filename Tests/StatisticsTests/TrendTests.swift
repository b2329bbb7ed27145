import Model
import Statistics
import Testing

/// Trend for Y = 2025, years 2021 … 2025, all in 玄武区 (南京):
/// - T1: started 2021-06-01, smart 2023-03-01, connected 2024-01-01.
/// - T2: started 2022-01-01, completed 2023-12-31, smart 2022-05-01, connected 2022-06-01.
/// - platform 320102 已建成 2024-07-01.
/// - verifications: T2 2022-08-01 良好; T1 2023-05-01 优良; T1 2024-05-01 合格; T1 2025-05-01 优良.
///
/// | T    | active | smart_coverage | connection_rate | 南京 platform | province platform | verif. | excellent |
/// | 2021 | T1     | 0/1 = 0        | 0/0 → nil       | 0/11          | 0/95              | 0      | nil       |
/// | 2022 | T1 T2  | 1/2            | 1/1             | 0/11          | 0/95              | 1      | 0/1 = 0   |
/// | 2023 | T1 T2  | 2/2            | 1/2             | 0/11          | 0/95              | 1      | 1/1       |
/// | 2024 | T1     | 1/1            | 1/1             | 1/11          | 1/95              | 1      | 0/1 = 0   |
/// | 2025 | T1     | 1/1            | 1/1             | 1/11          | 1/95              | 1      | 1/1       |
/// 无锡 has nothing: smart_coverage and connection_rate nil, platform 0/7 = 0, verifications 0, nil.
@Suite struct TrendTests {
    static let data = Datasets(
        regions: .jiangsu,
        projects: [
            Build.project("T1", start: "2021-06-01", smartSince: "2023-03-01", connectedSince: "2024-01-01"),
            Build.project("T2", start: "2022-01-01", completion: "2023-12-31", smartSince: "2022-05-01",
                          connectedSince: "2022-06-01"),
        ],
        verifications: [
            Build.verification("W1", project: "T2", verified: "2022-08-01", score: 85, grade: .good),
            Build.verification("W2", project: "T1", verified: "2023-05-01", score: 95, grade: .excellent),
            Build.verification("W3", project: "T1", verified: "2024-05-01", score: 65, grade: .pass),
            Build.verification("W4", project: "T1", verified: "2025-05-01", score: 95, grade: .excellent),
        ],
        platforms: [Platform(region: "320102", status: .built, since: Build.day("2024-07-01"))])
    static let trend = StatisticsCalculator.compute(data, config: Build.config()).trend

    @Test func fiveYearsAscendingWithCitiesByCode() {
        #expect(Self.trend.map(\.year) == [2021, 2022, 2023, 2024, 2025])
        #expect(Self.trend.allSatisfy { $0.province.code == "320000" && $0.cities.count == 13 })
        #expect(Self.trend[0].cities.map(\.code) == RegionTable.jiangsu.cities.map(\.code))
    }

    @Test func nanjingByYear() {
        let nanjing = Self.trend.map { $0.cities[0] }
        #expect(nanjing.map(\.code) == Array(repeating: "320100", count: 5))
        #expect(nanjing.map(\.smartCoverage) == [0, 0.5, 1, 1, 1])
        #expect(nanjing.map(\.connectionRate) == [nil, 1, 0.5, 1, 1])
        #expect(nanjing.map(\.platformCoverage) == [0, 0, 0, 1.0 / 11.0, 1.0 / 11.0])
        #expect(nanjing.map(\.verificationsTotal) == [0, 1, 1, 1, 1])
        #expect(nanjing.map(\.excellentRate) == [nil, 0, 1, 0, 1])
    }

    @Test func provinceByYearAndAnEmptyCity() {
        let province = Self.trend.map(\.province)
        #expect(province.map(\.smartCoverage) == [0, 0.5, 1, 1, 1])
        #expect(province.map(\.platformCoverage) == [0, 0, 0, 1.0 / 95.0, 1.0 / 95.0])
        let wuxi = Self.trend[4].cities[1]
        #expect(wuxi == TrendFigures(code: "320200", smartCoverage: nil, connectionRate: nil, platformCoverage: 0,
                                     verificationsTotal: 0, excellentRate: nil))
    }

    @Test func reportYearMatchesTheRegionFigures() throws {
        let stats = StatisticsCalculator.compute(Self.data, config: Build.config())
        let last = try #require(stats.trend.last)
        #expect(last.province == TrendFigures(stats.province))
        #expect(last.cities == stats.cities.map(TrendFigures.init))
    }
}
