import Model
import Statistics
import Testing

/// Region figures of DATA.md §3 for Y = 2025 (YE = 2025-12-31), worked out by hand.
///
/// Projects (defaults: started 2024-01-01, government funded, above scale, 房屋建筑):
/// 玄武区 320102
/// - A1 completed 2025-01-01 → active; smart 2024-05-01, connected 2024-06-01; super-dangerous
///   and controlled, standard evaluation, online orders, 建安码.
/// - A2 completed 2024-12-31 → not active (its 建安码 must not count).
/// - A3 started 2025-12-31 → active; smart_since 2026-01-01 is after YE → not smart.
/// - A4 started 2026-01-01 → not active.
/// - A5 not government funded; smart_since 2025-12-31 = YE → smart; connected 2026-01-02 → not
///   connected by YE; super-dangerous, not controlled.
/// - A6 below scale; smart 2025-03-01, connected 2025-03-02; 建安码 (outside the five's base).
/// 秦淮区 320104
/// - B1 not government funded, above scale, not smart: a county with no scope project.
///
/// 玄武区: active A1 A3 A5 A6 = 4; scope A1 A3 = 2; smart scope A1 → 1/2.
///   smart sites A1 A5 A6 = 3; connected A1 A6 = 2 → 2/3.
///   five (base: active above-scale A1 A3 A5 = 3): smart_site A1 A5 → 2/3;
///   super_dangerous_control: A1 of A1 A5 → 1/2; standard_evaluation, online_orders, jianan_code 1/3.
/// 秦淮区: active 1, scope 0 → smart_coverage nil; smart sites 0 → connection_rate nil;
///   five.smart_site 0/1 = 0; super_dangerous_control 0/0 → nil.
/// 南京市 = both: active 5, scope 2, smart scope 1 → 0.5, smart sites 3, connected 2.
///
/// Platforms: 320102 已建成 2025-06-30 (counts) and again 共享版 2023 (still one county);
/// 320104 在建 (no); 320105 共享版 2024-01-01 (counts); 320106 已建成 2026-01-01 (after YE);
/// 320111 未建 (no); 320100 (a city's own row) 已建成 2020 → covers no county.
/// → 南京 2 of 11 counties; province 2 of 95; 玄武 1/1; 秦淮 0/1.
///
/// Verifications (verified_on in 2025, by final grade):
/// V1 A1 2025-03-01 良好 reviewed 优良 → 优良; V2 A3 2025-12-31 合格; V3 A1 2024-12-31 (not in Y);
/// V4 A2 2025-05-01 不合格 (an inactive project's verification still counts); V5 B1 2026-01-01
/// (not in Y); V6 A5 2025-07-01 优良 reviewed 不合格 → 不合格.
/// → 玄武: total 4; 不合格 2, 合格 1, 良好 0, 优良 1; pass_rate 2/4; excellent_rate 1/4. 秦淮: 0, rates nil.
enum RegionFixture {
    static let projects = [
        Build.project("A1", completion: "2025-01-01", smartSince: "2024-05-01", connectedSince: "2024-06-01",
                      superDangerous: true, superDangerousControlled: true, standardEvaluationOnline: true,
                      onlineOrders: true, jiananCode: true),
        Build.project("A2", start: "2023-01-01", completion: "2024-12-31", smartSince: "2023-02-01",
                      connectedSince: "2023-03-01", jiananCode: true),
        Build.project("A3", start: "2025-12-31", smartSince: "2026-01-01"),
        Build.project("A4", start: "2026-01-01"),
        Build.project("A5", governmentFunded: false, smartSince: "2025-12-31", connectedSince: "2026-01-02",
                      superDangerous: true),
        Build.project("A6", aboveScale: false, smartSince: "2025-03-01", connectedSince: "2025-03-02", jiananCode: true),
        Build.project("B1", county: "320104", governmentFunded: false),
    ]
    static let platforms = [
        Platform(region: "320102", status: .built, since: Build.day("2025-06-30")),
        Platform(region: "320102", status: .shared, since: Build.day("2023-01-01")),
        Platform(region: "320104", status: .underConstruction),
        Platform(region: "320105", status: .shared, since: Build.day("2024-01-01")),
        Platform(region: "320106", status: .built, since: Build.day("2026-01-01")),
        Platform(region: "320111", status: .none),
        Platform(region: "320100", status: .built, since: Build.day("2020-01-01")),
    ]
    static let verifications = [
        Build.verification("V1", project: "A1", verified: "2025-03-01", score: 85, grade: .good, review: .excellent),
        Build.verification("V2", project: "A3", verified: "2025-12-31", score: 65, grade: .pass),
        Build.verification("V3", project: "A1", verified: "2024-12-31", score: 50, grade: .fail),
        Build.verification("V4", project: "A2", verified: "2025-05-01", score: 50, grade: .fail),
        Build.verification("V5", project: "B1", verified: "2026-01-01", score: 95, grade: .excellent),
        Build.verification("V6", project: "A5", verified: "2025-07-01", score: 92, grade: .excellent, review: .fail),
    ]
    static let data = Datasets(regions: .jiangsu, projects: projects, verifications: verifications, platforms: platforms)
    static let stats = StatisticsCalculator.compute(data, config: Build.config())
}

@Suite struct RegionFigureTests {
    let stats = RegionFixture.stats

    @Test func activeScopeAndSmartCounts() throws {
        let xuanwu = try #require(stats.region("320102"))
        #expect(xuanwu.activeProjects == 4)
        #expect(xuanwu.scopeProjects == 2)
        #expect(xuanwu.smartScopeProjects == 1)
        #expect(xuanwu.smartCoverage == 0.5)
        #expect(xuanwu.smartSites == 3)
        #expect(xuanwu.connectedSites == 2)
        #expect(xuanwu.connectionRate == 2.0 / 3.0)
    }

    @Test func fiveCoveragesUseActiveAboveScaleProjectsOfAnyFunding() throws {
        let five = try #require(stats.region("320102")).five
        #expect(five.smartSite == 2.0 / 3.0)
        #expect(five.superDangerousControl == 0.5)
        #expect(five.standardEvaluation == 1.0 / 3.0)
        #expect(five.onlineOrders == 1.0 / 3.0)
        #expect(five.jiananCode == 1.0 / 3.0)
    }

    @Test func countyWithoutScopeProjectsHasNullRatesNotZero() throws {
        let qinhuai = try #require(stats.region("320104"))
        #expect(qinhuai.activeProjects == 1)
        #expect(qinhuai.scopeProjects == 0)
        #expect(qinhuai.smartCoverage == nil)
        #expect(qinhuai.connectionRate == nil)
        #expect(qinhuai.five.smartSite == 0)
        #expect(qinhuai.five.superDangerousControl == nil)
        #expect(qinhuai.verifications.total == 0)
        #expect(qinhuai.verifications.passRate == nil)
        #expect(qinhuai.verifications.excellentRate == nil)
    }

    @Test func cityAndProvinceSumTheirCounties() throws {
        let nanjing = try #require(stats.region("320100"))
        #expect(nanjing.activeProjects == 5)
        #expect(nanjing.scopeProjects == 2)
        #expect(nanjing.smartCoverage == 0.5)
        #expect(nanjing.smartSites == 3)
        #expect(nanjing.connectionRate == 2.0 / 3.0)
        #expect(nanjing.countiesTotal == 11)
        #expect(stats.province.activeProjects == 5)
        #expect(stats.province.countiesTotal == 95)
        let wuxi = try #require(stats.region("320200"))
        #expect(wuxi.activeProjects == 0)
        #expect(wuxi.smartCoverage == nil)
    }

    @Test func platformsCountOnlyRunningRowsOfTheCountyItself() throws {
        #expect(try #require(stats.region("320102")).countiesWithPlatform == 1)
        #expect(try #require(stats.region("320102")).platformCoverage == 1)
        #expect(try #require(stats.region("320104")).platformCoverage == 0)  // 在建
        #expect(try #require(stats.region("320106")).platformCoverage == 0)  // since after YE
        #expect(try #require(stats.region("320111")).platformCoverage == 0)  // 未建
        let nanjing = try #require(stats.region("320100"))
        #expect(nanjing.countiesWithPlatform == 2)  // the city's own row covers no county
        #expect(nanjing.platformCoverage == 2.0 / 11.0)
        #expect(stats.province.countiesWithPlatform == 2)
        #expect(stats.province.platformCoverage == 2.0 / 95.0)
        #expect(try #require(stats.region("320200")).platformCoverage == 0)
    }

    @Test func verificationsOfTheYearByFinalGrade() throws {
        let v = try #require(stats.region("320102")).verifications
        #expect(v.total == 4)
        #expect(v[.fail] == 2)
        #expect(v[.pass] == 1)
        #expect(v[.good] == 0)
        #expect(v[.excellent] == 1)
        #expect(v.passRate == 0.5)
        #expect(v.excellentRate == 0.25)
        #expect(stats.province.verifications == v)
    }

    @Test func missingDatasetsGiveNullNotZero() throws {
        let data = Datasets(regions: .jiangsu, projects: RegionFixture.projects)
        let stats = StatisticsCalculator.compute(data, config: Build.config())
        let xuanwu = try #require(stats.region("320102"))
        #expect(xuanwu.activeProjects == 4)
        #expect(xuanwu.countiesWithPlatform == nil)
        #expect(xuanwu.platformCoverage == nil)
        #expect(xuanwu.verifications.isAvailable == false)
        #expect(xuanwu.number("verifications.total") == nil)
        #expect(xuanwu.number("counties_with_platform") == nil)
        #expect(xuanwu.number("counties_total") == 1)
        #expect(stats.providers == nil)
        #expect(stats.lists == nil)
        #expect(stats.dust == nil)
        #expect(stats.trend.allSatisfy { $0.province.verificationsTotal == nil && $0.province.platformCoverage == nil })
    }

    @Test func namedValuesCarryScoreAndRankForCitiesOnly() throws {
        let nanjing = try #require(stats.region("320100"))
        let keys = nanjing.namedValues.map(\.key)
        #expect(keys.contains("score") && keys.contains("rank"))
        #expect(nanjing.number("rank") == 1)
        #expect(nanjing.namedValues.first { $0.key == "score" }?.value == .number(nanjing.score, .score))
        #expect(stats.province.number("score") == nil)
        #expect(try #require(stats.region("320102")).number("rank") == nil)
    }
}
