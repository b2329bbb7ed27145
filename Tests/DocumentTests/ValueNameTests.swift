import Document
import Model
import Testing

/// The `{{ name }}` names beyond the region keys: rankings, providers,
/// lists, dust, trend years and city-name aliases.
@Suite struct ValueNameTests {
    static let values = ValueTable(statistics: DocumentFixture.statistics)
    static let projectsOnly = ValueTable(statistics: DocumentFixture.projectsOnly)

    private func text(_ name: String, in table: ValueTable = values) -> String? { table[name]?.formatted }

    @Test func cityRankAndScore() {
        #expect(text("cities.320100.rank") == "2")
        #expect(text("cities.320100.score") == "86.13", "scores print two decimals, as in the ranking tables")
        #expect(text("cities.320200.rank") == "1")
        #expect(text("province.rank") == "—")
    }

    @Test func providersListsAndDust() {
        #expect(text("providers.count") == "3")
        #expect(text("providers.ranked_count") == "2")
        #expect(text("lists.excellent_projects.count") == "3")
        #expect(text("lists.due_unverified.count") == "2")
        #expect(text("lists.three_star_ineligible.count") == "1")
        #expect(text("dust.devices") == "10")
        #expect(text("dust.matched_devices") == "8")
        #expect(text("dust.exceedance_days") == "1,234")
        #expect(text("dust.compared_days") == "1,200")
        #expect(text("dust.flatline_devices.count") == "2")
    }

    @Test func unavailableDatasetsPrintADash() {
        for name in ["providers.count", "providers.ranked_count", "lists.excellent_projects.count",
                     "lists.due_unverified.count", "lists.three_star_ineligible.count", "dust.devices",
                     "dust.matched_devices", "dust.exceedance_days", "dust.compared_days",
                     "dust.flatline_devices.count", "cities.320100.verifications.优良", "province.platform_coverage"] {
            #expect(text(name, in: Self.projectsOnly) == "—", "\(name)")
        }
    }

    @Test func trendYears() {
        #expect(text("trend.2024.province.smart_coverage") == "70.0%")
        #expect(text("trend.2024.province.verifications.total") == "80")
        #expect(text("trend.2024.cities.320100.verifications.total") == "4,321")
        #expect(text("trend.2024.cities.320100.connection_rate") == "—")
        #expect(text("trend.2024.cities.南京市.excellent_rate") == nil)
        #expect(text("trend.2024.cities.南京市.verifications.excellent_rate") == "25.0%")
        #expect(text("trend.2025.province.smart_coverage") == "87.5%")
        #expect(text("trend.2023.province.smart_coverage") == nil)
    }

    @Test func cityNamesAreAliasesOfCodesButCountyNamesAreNot() {
        #expect(text("cities.南京市.smart_coverage") == "90.0%")
        #expect(text("cities.南京市.rank") == text("cities.320100.rank"))
        #expect(text("cities.无锡市.verifications.优良") == "20")
        #expect(text("counties.玄武区.smart_coverage") == nil)
        #expect(text("counties.320102.smart_coverage") == "85.0%")
    }

    @Test func aliasesResolveInChaptersUnderTheNameWritten() {
        let (chapter, diagnostics) = DocumentFixture.chapter(
            "# 标题\n\n南京 {{ cities.南京市.smart_coverage }}，排名第 {{ cities.320100.rank }}，通报 {{ providers.count }} 家。\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(chapter.blocks == [.paragraph([
            .text("南京 "), .value(name: "cities.南京市.smart_coverage", text: "90.0%"),
            .text("，排名第 "), .value(name: "cities.320100.rank", text: "2"),
            .text("，通报 "), .value(name: "providers.count", text: "3"), .text(" 家。"),
        ])])
    }

    @Test func suggestionsFindTheCodeFormAndTheAlias() {
        #expect(Self.values.suggestions(for: "cities.320100.smart_coverag").first == "cities.320100.smart_coverage")
        #expect(Self.values.suggestions(for: "cities.南京.smart_coverage").first == "cities.南京市.smart_coverage")
        #expect(Self.values.suggestions(for: "dust.exceedence_days").first == "dust.exceedance_days")
        #expect(Self.values.suggestions(for: "lists.due_unverified").first == "lists.due_unverified.count")
    }
}
