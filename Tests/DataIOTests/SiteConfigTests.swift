import DataIO
import Model
import Testing

@Suite struct SiteConfigTests {
    @Test func defaultsApplyWhenAbsent() throws {
        var diagnostics = Diagnostics()
        let config = try #require(SiteConfigReader.read("title: 报告\nyear: 2025\n", diagnostics: &diagnostics))
        #expect(config.ranking.cityWeights == CityWeights())
        #expect(config.ranking.providerMinProjects == 3)
        #expect(config.dust.matchRadiusKm == 5)
        #expect(diagnostics.items.isEmpty)
    }

    @Test func weightsThatDoNotSumToOneAreAnError() {
        var diagnostics = Diagnostics()
        let yaml = """
        title: 报告
        year: 2025
        ranking:
          city_weights:
            smart_coverage: 0.5
        """
        _ = SiteConfigReader.read(yaml, diagnostics: &diagnostics)
        #expect(diagnostics.errors.map(\.description) == [
            "site.yml:5: ranking.city_weights 的权重之和为 1.2000，应为 1",
        ])
    }

    @Test func personalDataAllowList() throws {
        var diagnostics = Diagnostics()
        let config = try #require(SiteConfigReader.read(
            "title: 报告\nyear: 2025\npersonal_data:\n  allow: [\"12345678901\", \"96196\"]\n", diagnostics: &diagnostics))
        #expect(config.allowedPersonalNumbers == ["12345678901", "96196"])
        #expect(diagnostics.items.isEmpty)
        _ = SiteConfigReader.read("title: 报告\nyear: 2025\npersonal_data:\n  allow: 12345678901\n", diagnostics: &diagnostics)
        #expect(diagnostics.errors.map(\.description) == ["site.yml:4: personal_data.allow 应为号码列表，例如 [\"12345678901\"]"])
    }
}
