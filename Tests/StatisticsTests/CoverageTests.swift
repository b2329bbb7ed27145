import DataIO
import Foundation
import Model
import Statistics
import Testing
import TestSupport

/// Figures of the 10-project fixture, worked out by hand (report year 2025):
/// - inactive: P03 (completed 2024-12-31), P08 (starts 2026-01-05)
/// - 南京 (320102 玄武, 320104 秦淮): active P01 P02 P04 P05; scope P01 P02 P04 (P05 not government funded);
///   smart by YE among scope: P01 P04 (P02's smart_since is 2026) → 2/3.
///   smart sites P01 P04 P05; connected by YE P01 P05 (P04 connects 2026) → 2/3.
/// - 无锡 (320205 锡山, 320211 滨湖, 320281 江阴): active P06 P07 P09 P10; scope P06 P09 P10 (P07 below scale);
///   smart scope: P09 (smart_since = YE counts) → 1/3. smart sites P07 P09, connected P07 → 1/2.
/// - province: scope 6, smart scope 3 → 1/2; smart sites 5, connected 3 → 3/5.
@Suite struct CoverageTests {
    let stats: ProvinceStatistics

    init() throws {
        let content = try Fixtures.contentFolder()
        var diagnostics = Diagnostics()
        let loader = ContentLoader(root: content)
        let config = try #require(loader.loadConfig(year: nil, diagnostics: &diagnostics))
        let data = loader.loadDatasets(year: 2025, diagnostics: &diagnostics)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(data.projects.count == 10)
        stats = StatisticsCalculator.compute(data, config: config)
    }

    @Test func provinceCoverage() {
        #expect(stats.province.activeProjects == 8)
        #expect(stats.province.scopeProjects == 6)
        #expect(stats.province.smartScopeProjects == 3)
        #expect(stats.province.smartCoverage == 0.5)
        #expect(stats.province.smartSites == 5)
        #expect(stats.province.connectedSites == 3)
        #expect(stats.province.connectionRate == 0.6)
    }

    @Test func cityCoverage() throws {
        let nanjing = try #require(stats.region("320100"))
        #expect(nanjing.activeProjects == 4)
        #expect(nanjing.scopeProjects == 3)
        #expect(nanjing.smartScopeProjects == 2)
        #expect(nanjing.smartCoverage == 2.0 / 3.0)
        #expect(nanjing.connectionRate == 2.0 / 3.0)
        let wuxi = try #require(stats.region("320200"))
        #expect(wuxi.scopeProjects == 3)
        #expect(wuxi.smartCoverage == 1.0 / 3.0)
        #expect(wuxi.connectionRate == 0.5)
    }

    @Test func zeroDenominatorIsNullNotZero() throws {
        let xuzhou = try #require(stats.region("320300"))
        #expect(xuzhou.scopeProjects == 0)
        #expect(xuzhou.smartCoverage == nil)
        #expect(xuzhou.connectionRate == nil)
        #expect(Formatting.format(xuzhou.smartCoverage, as: .percent) == "—")
    }

    @Test func countyCoverage() throws {
        let xuanwu = try #require(stats.region("320102"))
        #expect(xuanwu.scopeProjects == 2)
        #expect(xuanwu.smartCoverage == 0.5)
        #expect(xuanwu.countiesTotal == 1)
        #expect(stats.cities.count == 13)
        #expect(stats.counties.count == 95)
        #expect(stats.cities.map(\.code) == stats.cities.map(\.code).sorted())
    }
}
