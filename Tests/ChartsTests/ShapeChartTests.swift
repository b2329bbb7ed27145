import Model
import Testing
@testable import Charts

@Suite struct ShapeChartTests {
    // MARK: Donut

    @Test func donutSlicesAreProportionalAndTheCentreIsTheTotal() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.donut, width: 720, height: 440)
        let slices = layout.paths(.slice)
        #expect(slices.count == 4)
        let sweeps = slices.map { slice -> Double in
            guard case .arc(_, _, _, let start, let end) = slice.elements[1] else { return -1 }
            return end - start
        }
        for (sweep, count) in zip(sweeps, [4.0, 31, 47, 35]) {
            #expect(abs(sweep - count / 117 * 2 * Double.pi) < 1e-9)
        }
        #expect(layout.texts(.cellLabel).map(\.string) == ["合计", "117 次"])
        #expect(layout.texts(.seriesLabel).map(\.string) == ["不合格", "合格", "良好", "优良"])
        #expect(layout.texts(.dataLabel).map(\.string) == ["4 次", "3.4%", "31 次", "26.5%", "47 次", "40.2%", "35 次", "29.9%"])
    }

    @Test func donutWithAMissingItemListsItAsAGap() {
        var data = KindFixtures.donut
        data.items[0].value = nil
        let layout = ChartLayoutEngine.layout(data, width: 340, height: 440)
        #expect(layout.paths(.slice).count == 3)
        #expect(layout.texts(.dataLabel).map(\.string).prefix(2) == ["—", "—"])
        #expect(layout.texts(.footnote).map(\.string) == ["注：— 表示无可计算数据（分母为 0）"])
        #expect(layout.texts(.cellLabel).last?.string == "113 次")
    }

    // MARK: Scatter

    @Test func scatterPointsSitAtTheirValuesAndExceedancesAreOrange() throws {
        let data = KindFixtures.scatter
        let layout = ChartLayoutEngine.layout(data, width: 720, height: 440)
        let identity = try #require(layout.lines(.reference).first)
        // y = x from the origin to the top of both axes: a square scale.
        let top = identity.x2, right = identity.y2
        let origin = (x: identity.x1, y: identity.y1)
        let markers = layout.paths(.marker)
        let orange = try #require(markers.first { $0.stroke == Palette.target })
        let over = data.points.filter { $0.y - $0.x > 50 }
        #expect(orange.vertices.count == over.count)
        #expect(markers.reduce(0) { $0 + $1.vertices.count } == data.points.count)
        // The first exceeding point: its circle starts at (x + r, y) in plot coordinates.
        let scaleTop = 300.0
        let p = over[0], start = orange.vertices[0]
        #expect(abs(start.x - 2.5 - (origin.x + p.x / scaleTop * (top - origin.x))) < 0.01)
        #expect(abs(start.y - (origin.y - p.y / scaleTop * (origin.y - right))) < 0.01)
        #expect(layout.texts(.referenceLabel).map(\.string) == ["y = x", "超标线 y = x + 50"])
        #expect(layout.texts(.axisTitle).map(\.string) == ["设备 PM10 日均值（μg/m³）", "国控点 PM10 日均值（μg/m³）"])
    }

    @Test func scatterWithoutPointsSaysSo() {
        var data = KindFixtures.scatter
        data.points = []
        let layout = ChartLayoutEngine.layout(data, width: 340, height: 300)
        #expect(layout.texts.contains("无可比对的设备日"))
        #expect(layout.paths(.marker).isEmpty && layout.lines(.reference).isEmpty)
    }

    @Test func denseScattersAreBinnedAndStayBounded() {
        var data = KindFixtures.scatter
        data.points = (0..<20_000).map { ChartPoint(x: Double($0 % 200), y: Double($0 % 200) + Double($0 % 37)) }
        let layout = ChartLayoutEngine.layout(data, width: 720, height: 440)
        #expect(layout.paths(.marker).isEmpty)
        #expect(layout.rects(.cell).count <= 40 * 40)
        #expect(ChartRenderer.svg(layout).count < 200_000)
        #expect(layout.texts(.footnote).first?.string.hasPrefix("注：设备日较多") == true)
    }

    // MARK: Heatmap

    @Test func heatmapCellsFollowTheClassesAndEmptyCellsShowADash() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.heatmap, width: 720, height: 440)
        let cells = layout.rects(.cell)
        #expect(cells.count == 5 * 12)
        // Classes of 10%: 5% → lightest, 33% → darkest of four (spread over Oranges' ends).
        let classes = ColorClasses(breaks: nil, values: [0.4], kind: .percent, scale: Palette.oranges)
        #expect(classes.bounds == [0, 0.1, 0.2, 0.3])
        #expect(classes.colors.first == Palette.oranges.first && classes.colors.last == Palette.oranges.last)
        let sorted = cells.sorted { $0.y != $1.y ? $0.y < $1.y : $0.x < $1.x }
        #expect(sorted[0].fill == classes.color(0.05))
        #expect(sorted[11].fill == classes.color(0.33))
        #expect(sorted[2].fill == Palette.missing)
        #expect(layout.texts(.cellLabel).filter { $0.string == "—" }.count == 1 + 2 + 12)
        #expect(layout.texts(.cellLabel).map(\.string).contains("13.1%"))
        #expect(layout.texts(.legendLabel).map(\.string) == ["低于 10%", "10%–20%", "20%–30%", "30% 及以上", "无数据（—）"])
        // Natural height: five rows of at most 36 pt end well above 440.
        #expect(layout.height < 440)
    }

    @Test func narrowHeatmapShortensMonthsAndWholePercents() {
        let layout = ChartLayoutEngine.layout(KindFixtures.heatmap, width: 340, height: 440)
        #expect(layout.texts(.categoryLabel).prefix(12).map(\.string) == (1...12).map(String.init))
        #expect(layout.texts(.cellLabel).map(\.string).contains("13%"))
    }

    // MARK: Tile map

    @Test func tilesArePlacedLikeTheMap() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.tileMap, width: 720, height: 440)
        func tile(_ name: String) throws -> ChartText { try #require(layout.texts(.seriesLabel).first { $0.string == name }) }
        // North to south, west to east.
        #expect(try tile("徐州市").y < tile("宿迁市").y)
        #expect(try tile("连云港市").y == tile("徐州市").y)
        #expect(try tile("宿迁市").y < tile("扬州市").y)
        #expect(try tile("扬州市").y < tile("南京市").y)
        #expect(try tile("南京市").x < tile("镇江市").x)
        #expect(try tile("苏州市").x > tile("无锡市").x)
        #expect(try tile("南京市").y == tile("苏州市").y)
        // 宿迁 has no value: a grey tile with a dash; the legend says so.
        #expect(layout.texts(.cellLabel).map(\.string).contains("—"))
        #expect(layout.texts(.legendLabel).map(\.string)
                == ["低于 60%", "60%–75%", "75%–85%", "85%–95%", "95% 及以上", "无数据（—）"])
        #expect(layout.texts(.referenceLabel).map(\.string) == ["全省 89.4%"])
        let fills = Set(layout.rects(.tile).map(\.fill))
        #expect(fills.contains(Palette.missing) && fills.contains(Palette.blues[4]))
    }

    @Test func tilesArePlacedByNameWithoutCodes() {
        let data = KindFixtures.tileMap
        var named = data
        named.items = data.items.map { ChartDatum(label: $0.label, value: $0.value) }
        #expect(ChartLayoutEngine.layout(named, width: 340, height: 440) == ChartLayoutEngine.layout(data, width: 340, height: 440))
    }
}
