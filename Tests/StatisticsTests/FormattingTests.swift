import Model
import Testing

@Suite struct FormattingTests {
    @Test func percentsHaveOneDecimal() {
        #expect(Formatting.format(0.5, as: .percent) == "50.0%")
        #expect(Formatting.format(2.0 / 3.0, as: .percent) == "66.7%")
        #expect(Formatting.format(0.8735, as: .percent) == "87.4%")
        #expect(Formatting.format(1, as: .percent) == "100.0%")
        #expect(Formatting.format(nil, as: .percent) == "—")
    }

    @Test func integersAreGrouped() {
        #expect(Formatting.format(12345, as: .integer) == "12,345")
        #expect(Formatting.format(999, as: .integer) == "999")
        #expect(Formatting.format(1_000_000, as: .integer) == "1,000,000")
    }
}
