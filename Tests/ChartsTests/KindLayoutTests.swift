import Model
import Testing
@testable import Charts

/// What every kind must hold, at the wide (720) and the narrow (340) width.
@Suite struct KindLayoutTests {
    static let widths = [720.0, 340.0]

    @Test(arguments: KindFixtures.all.map(\.name))
    func titleNotesAndNoOverlapAtBothWidths(_ name: String) throws {
        let data = try #require(KindFixtures.all.first { $0.name == name }).data
        for width in Self.widths {
            let layout = ChartLayoutEngine.layout(data, width: width, height: 440)
            #expect(layout.width == width)
            #expect(layout.texts(.title).map(\.string).joined() == data.spec.title, "\(name) @\(width)")
            #expect(layout.texts(.source).map(\.string).joined() == data.spec.source, "\(name) @\(width)")
            #expect(layout.overlappingTexts.isEmpty, "\(name) @\(width): \(layout.overlappingTexts)")
            #expect(layout.textsOutside.isEmpty, "\(name) @\(width): \(layout.textsOutside)")
            // The notes stay under everything else.
            let notesTop = layout.textItems.filter { $0.role == .source || $0.role == .footnote }.map(\.y).min() ?? 0
            let contentBottom = layout.textItems.filter { $0.role != .source && $0.role != .footnote }
                .map { $0.bounds.maxY }.max() ?? 0
            #expect(contentBottom <= notesTop + 0.01, "\(name) @\(width)")
        }
    }

    @Test(arguments: KindFixtures.all.map(\.name))
    func sameDataGivesIdenticalSVGAndPNG(_ name: String) throws {
        let data = try #require(KindFixtures.all.first { $0.name == name }).data
        let first = ChartLayoutEngine.layout(data, width: 720, height: 440)
        let svg = ChartRenderer.svg(first)
        let png = ChartRenderer.png(first)
        // Another chart in between advances Cairo's surface counter.
        _ = ChartRenderer.svg(ChartLayoutEngine.layout(Fixtures.coverage, width: 340, height: 300))
        let second = ChartLayoutEngine.layout(data, width: 720, height: 440)
        #expect(first == second)
        #expect(ChartRenderer.svg(second) == svg)
        #expect(ChartRenderer.png(second) == png)
    }

    /// Measured at 720 × 440 (bytes after SVGPostProcessor; glyph outlines are
    /// most of them): bar with province line 73,287; providers (13 long
    /// names) 88,844; stacked 87,773; grouped 68,396; line 54,176; donut
    /// 38,363; scatter (200 points) 79,780; heatmap (5 × 12) 93,152; tile
    /// map 80,341. Bound: 120 kB for every kind.
    @Test(arguments: KindFixtures.all.map(\.name))
    func svgStaysSmall(_ name: String) throws {
        let data = try #require(KindFixtures.all.first { $0.name == name }).data
        let svg = ChartRenderer.svg(ChartLayoutEngine.layout(data, width: 720, height: 440))
        #expect(svg.count < 120_000, "\(name): \(svg.count) bytes")
    }

    @Test func gradeColoursAreTheSameInEveryKind() throws {
        let expected = Grade.allCases.map(Palette.grade)
        #expect(Set(expected).count == 4)
        let stacked = ChartLayoutEngine.layout(KindFixtures.stacked, width: 720, height: 440)
        let grouped = ChartLayoutEngine.layout(KindFixtures.grouped, width: 720, height: 440)
        let donut = ChartLayoutEngine.layout(KindFixtures.donut, width: 720, height: 440)
        // Legend swatches in grade order, and the marks use exactly those colours.
        #expect(stacked.rects(.swatch).map(\.fill) == expected)
        #expect(grouped.rects(.swatch).map(\.fill) == expected)
        #expect(donut.rects(.swatch).map(\.fill) == expected)
        #expect(Set(stacked.rects(.segment).map(\.fill)).isSubset(of: Set(expected)))
        #expect(Set(grouped.rects(.bar).map(\.fill)) == Set(expected))
        #expect(donut.paths(.slice).map { $0.fill! } == expected)
        // Also when a series is named by its grade in another order.
        #expect(Palette.seriesColor(7, name: "优良") == Palette.grade(.excellent))
    }

    @Test func legendOnlyWithMoreThanOneSeries() {
        var single = KindFixtures.grouped
        single.series = [single.series[3]]
        #expect(ChartLayoutEngine.layout(single, width: 720, height: 440).rects(.swatch).isEmpty)
        #expect(ChartLayoutEngine.layout(KindFixtures.grouped, width: 720, height: 440).rects(.swatch).count == 4)
        // Bars and lines never carry a legend (lines are named at their ends).
        #expect(ChartLayoutEngine.layout(Fixtures.coverage, width: 720, height: 440).rects(.swatch).isEmpty)
        #expect(ChartLayoutEngine.layout(KindFixtures.line, width: 720, height: 440).rects(.swatch).isEmpty)
    }
}
