import Model
import Testing
@testable import Charts

@Suite struct SeriesChartTests {
    // MARK: Stacked

    @Test func stackedSegmentsAreSharesOfTheFullWidth() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.stacked, width: 720, height: 440)
        let labels = layout.texts(.categoryLabel).sorted { $0.y < $1.y }
        // Highest 优良 share first (镇江 2/4), ties in data order, 宿迁 (no verification) last.
        #expect(labels.first?.string == "镇江市")
        #expect(labels.last?.string == "宿迁市")
        let rows = Dictionary(grouping: layout.rects(.segment)) { $0.y }
        let full = try #require(rows.values.map { row in row.map { $0.x + $0.width }.max()! - row.map(\.x).min()! }.max())
        for row in rows.values { #expect(abs(row.map { $0.x + $0.width }.max()! - row.map(\.x).min()! - full) <= 1) }
        // 南京 0/2/7/7 of 16: 合格 12.5%, 良好 43.75%, 优良 43.75% (+1 pt white gap between segments).
        let nanjing = try #require(labels.first { $0.string == "南京市" })
        let segments = layout.rects(.segment).filter { abs(($0.y + $0.height / 2) - (nanjing.y + nanjing.height / 2)) < 1 }
            .sorted { $0.x < $1.x }
        #expect(segments.map(\.fill) == [Palette.grade(.pass), Palette.grade(.good), Palette.grade(.excellent)])
        #expect(abs(segments[0].width + 1 - 0.125 * full) <= 1)
        #expect(abs(segments[1].width + 1 - 0.4375 * full) <= 1)
        #expect(layout.texts(.cellLabel).map(\.string).contains("43.8%"))
        #expect(layout.texts(.tickLabel).map(\.string) == ["0%", "20%", "40%", "60%", "80%", "100%"])
    }

    @Test func stackedRowWithoutTotalIsAGapWithTheNote() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.stacked, width: 720, height: 440)
        let suqian = try #require(layout.texts(.categoryLabel).first { $0.string == "宿迁市" })
        #expect(!layout.rects(.segment).contains { $0.y < suqian.maxY && $0.y + $0.height > suqian.y })
        #expect(layout.texts(.dataLabel).contains { $0.string == "—" && abs($0.y + $0.height / 2 - (suqian.y + suqian.height / 2)) < 1 })
        #expect(layout.texts(.footnote).map(\.string) == ["注：— 表示合计为 0 或无数据，无法计算构成"])
        #expect(layout.texts(.dataLabel).map(\.string).contains("16 次"))
    }

    // MARK: Grouped

    @Test func groupedColumnHeightsAreProportional() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.grouped, width: 720, height: 440)
        let axis = try #require(layout.lines(.axis).first)
        let bars = layout.rects(.bar)
        // Zeros draw nothing: 13 cities × 4 grades minus the zero counts.
        #expect(bars.count == KindFixtures.grades.joined().filter { $0 > 0 }.count)
        #expect(bars.allSatisfy { abs($0.y + $0.height - axis.y1) < 0.01 })
        let eights = bars.filter { $0.fill == Palette.grade(.good) }.map(\.height).max()!
        let ones = bars.filter { $0.fill == Palette.grade(.excellent) }.map(\.height).min()!
        #expect(abs(ones * 8 - eights) <= 4)   // half-point snapping, times eight
        #expect(layout.texts(.tickLabel).map(\.string).first == "0")
    }

    @Test func groupedLabelsGoFlatThenRotatedAsTheSlotShrinks() {
        let wide = ChartLayoutEngine.layout(KindFixtures.grouped, width: 720, height: 440)
        let narrow = ChartLayoutEngine.layout(KindFixtures.grouped, width: 340, height: 440)
        #expect(wide.texts(.categoryLabel).allSatisfy { $0.angle == 0 })
        #expect(wide.texts(.categoryLabel).map(\.string) == KindFixtures.cities)
        #expect(narrow.texts(.categoryLabel).allSatisfy { $0.angle == -45 })
        #expect(narrow.texts(.categoryLabel).map(\.string) == KindFixtures.cities)
        #expect(narrow.overlappingTexts.isEmpty, "\(narrow.overlappingTexts)")
        // Value labels only when every one fits its column: at 720, not at 340.
        #expect(!wide.texts(.dataLabel).isEmpty)
        #expect(narrow.texts(.dataLabel).isEmpty)
    }

    @Test func labelFitChoosesOneLineTwoLinesOrRotation() {
        let m = TextMeasurer()
        let names = ["南京市", "连云港市", "宿迁市"]
        #expect(LabelFit.columns(names, slot: 60, size: 10, gap: 4, measurer: m).angle == 0)
        #expect(LabelFit.columns(names, slot: 60, size: 10, gap: 4, measurer: m).lines == names.map { [$0] })
        let long = ["江苏省建设工程监督站", "南京市建筑安全监督站"]
        let wrapped = LabelFit.columns(long, slot: 60, size: 10, gap: 4, measurer: m)
        #expect(wrapped.angle == 0 && wrapped.lines.allSatisfy { $0.count == 2 })
        #expect(wrapped.lines.map { $0.joined() } == long)
        #expect(LabelFit.columns(names, slot: 24, size: 10, gap: 4, measurer: m).angle == -45)
        #expect(LabelFit.columns(names, slot: 16, size: 10, gap: 4, measurer: m).angle == -90)
    }

    // MARK: Line

    @Test func linePointsMapToValuesAndNullsBreakTheLine() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.line, width: 720, height: 440)
        let lines = layout.paths(.seriesLine)
        let province = try #require(lines.first { $0.series == 0 })
        let points = province.vertices
        #expect(points.count == 5)
        let zero = try #require(layout.lines(.axis).first).y1
        let target = try #require(layout.lines(.target).first).y1   // 100%
        for (point, value) in zip(points, [0.282, 0.454, 0.716, 0.867, 0.894]) {
            #expect(abs(point.y - (zero - value * (zero - target))) <= 0.5)   // the lines are snapped to half points
        }
        // Equal x steps.
        let steps = zip(points, points.dropFirst()).map { $1.x - $0.x }
        #expect(steps.allSatisfy { abs($0 - steps[0]) < 0.01 })
        // 宿迁市 lacks 2022: two pieces (two moves), four markers, and the footnote.
        let suqian = try #require(lines.first { $0.series == 2 })
        #expect(suqian.elements.filter { if case .move = $0 { return true } else { return false } }.count == 2)
        #expect(suqian.vertices.count == 4)
        #expect(layout.texts(.footnote).map(\.string) == ["注：折线中断处表示该年无可计算数据"])
    }

    @Test func lineEndsAreNamedWithTheirLastValues() {
        for width in [720.0, 340.0] {
            let layout = ChartLayoutEngine.layout(KindFixtures.line, width: width, height: 440)
            #expect(Set(layout.texts(.seriesLabel).map(\.string)) == ["全省 89.4%", "常州市 100.0%", "宿迁市 66.7%"])
            #expect(layout.texts(.targetLabel).map(\.string) == ["目标 100%"])
            #expect(layout.texts(.categoryLabel).map(\.string) == ["2021", "2022", "2023", "2024", "2025"])
            // Marker shapes differ by series: a circle (arc) for the first, squares for the second.
            let markers = layout.paths(.marker)
            #expect(markers.first { $0.series == 0 }!.elements.contains { if case .arc = $0 { return true } else { return false } })
            #expect(!markers.first { $0.series == 1 }!.elements.contains { if case .arc = $0 { return true } else { return false } })
        }
    }

    @Test func closeEndLabelsAreSpreadApart() {
        let data = ChartData(spec: ChartSpec(kind: .line, metric: "m", title: "近似"), kind: .percent, items: [],
                             categories: ["2024", "2025"],
                             series: (0..<5).map { ChartSeries(name: "城市\($0)", values: [0.5, 0.80 + Double($0) * 0.001]) })
        let layout = ChartLayoutEngine.layout(data, width: 340, height: 300)
        #expect(layout.texts(.seriesLabel).count == 5)
        #expect(layout.overlappingTexts.isEmpty, "\(layout.overlappingTexts)")
        #expect(!layout.lines(.leader).isEmpty)
    }

    @Test func labelSpreadKeepsOrderAndBounds() {
        let centres = LabelSpread.resolve(centers: [10, 11, 12, 50], sizes: [10, 10, 10, 10], gap: 2, lower: 0, upper: 100)
        #expect(centres[0] >= 5 && centres[1] - centres[0] >= 12 - 1e-9 && centres[2] - centres[1] >= 12 - 1e-9)
        #expect(centres[3] == 50)
        let low = LabelSpread.resolve(centers: [0, 1], sizes: [10, 10], gap: 0, lower: 0, upper: 100)
        #expect(low == [5, 15])
    }
}
