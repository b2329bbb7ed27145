import DataIO
import DemoData
import Foundation
import Model
import Statistics
import Testing

/// The synthetic province must be read by DataIO exactly as an office export would be.
@Suite struct RoundTripTests {
    @Test func demoDataReadsWithoutErrorsAndGivesPlausibleFigures() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-roundtrip-\(UUID().uuidString)")
        let options = DemoDataOptions(projects: 400, seed: 11, year: 2025, dustDevices: 4, dustDays: 3)
        let summary = try DemoDataGenerator(options: options).write(to: root.appendingPathComponent("data"))
        try Data("title: 测试\nyear: 2025\n".utf8).write(to: root.appendingPathComponent("site.yml"))

        var diagnostics = Diagnostics()
        let loader = ContentLoader(root: root)
        let config = try #require(loader.loadConfig(year: nil, diagnostics: &diagnostics))
        let data = loader.loadDatasets(year: 2025, diagnostics: &diagnostics)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors.prefix(5))")
        #expect(data.projects.count == summary.rows(in: "projects.csv"))
        #expect(data.verifications?.count == summary.rows(in: "verifications.csv"))
        #expect(data.platforms?.count == summary.rows(in: "platforms.csv"))
        #expect(data.providers?.count == summary.rows(in: "providers.csv"))

        let stats = StatisticsCalculator.compute(data, config: config)
        #expect(stats.cities.allSatisfy { $0.scopeProjects > 0 })
        let coverage = try #require(stats.province.smartCoverage)
        #expect(coverage > 0.7 && coverage < 1)
        #expect(stats.province.verifications.total > 0)
        #expect(stats.dataQuality.gradeScoreMismatch > 0)
    }
}
