import Model

/// Lays out `ChartSpec.Kind.tileMap`: one tile per city on a 5 × 4 grid
/// placed roughly as the cities lie (徐州 and 连云港 in the north, 南京 in
/// the west, 苏州 in the south-east; the same grid as the portal's map),
/// each filled by its value's colour class (Blues: darker = higher) and
/// printing the city's name and value, so colour is never the only
/// carrier; the class legend above. A city without a value is a grey tile
/// with "—"; a region not among the 13 gets a tile in a row under the map.
/// Tiles are at most 120 pt wide and ¾ as high, and the chart ends under
/// the map: shorter than asked when there is room to spare.
struct TileMapLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let measurer: TextMeasurer

    /// Grid row and column (0-based) by city code, north at the top.
    static let positions: [String: (row: Int, column: Int)] = [
        "320300": (0, 0), "320700": (0, 2), "321300": (1, 1), "320800": (1, 2), "320900": (1, 3),
        "321000": (2, 1), "321200": (2, 2), "320600": (2, 3), "320100": (3, 0), "321100": (3, 1),
        "320400": (3, 2), "320200": (3, 3), "320500": (3, 4),
    ]

    /// A datum's place: by its code, else by the name of one of the 13 cities.
    static func position(of item: ChartDatum) -> (row: Int, column: Int)? {
        if let code = item.code, let place = positions[code] { return place }
        let code = RegionTable.jiangsu.cities.first { $0.name == item.label || $0.name.hasPrefix(item.label) }?.code
        return code.flatMap { positions[$0] }
    }

    func make() -> ChartLayout {
        var frame = ChartFrame(data: data, width: width, measurer: measurer)
        let m = measurer, s = frame.style
        var y = frame.placeTitle()
        let values = data.items.compactMap(\.finiteValue)
        let hasMissing = values.count < data.items.count
        let classes = ColorClasses(breaks: data.classBreaks, values: values, kind: data.kind, scale: Palette.blues)
        let legend = classes.legend(hasMissing: hasMissing)
        frame.placeLegend(legend, y: y)
        y += frame.legendHeight(legend)
        let notes = frame.notes(hasMissing: hasMissing)

        var placed: [(item: ChartDatum, row: Int, column: Int)] = []
        var extra = 0
        for item in data.items {
            if let place = Self.position(of: item) {
                placed.append((item, place.row, place.column))
            } else {
                placed.append((item, 4 + extra / 5, extra % 5))
                extra += 1
            }
        }
        let rows = Double((placed.map(\.row).max() ?? 3) + 1)
        let gap = 4.0
        let available = height - y - frame.height(of: notes) - s.margin
        let tileWidth = min((frame.contentWidth - 4 * gap) / 5, 120)
        let tileHeight = max(40, min((available - (rows - 1) * gap) / rows, tileWidth * 0.75))
        let gridLeft = s.margin + (frame.contentWidth - 5 * tileWidth - 4 * gap) / 2
        let gridBottom = y + rows * tileHeight + (rows - 1) * gap
        // Tiles have a natural size: the chart ends under the map (shorter than asked when wide and low).
        let finalHeight = gridBottom + frame.height(of: notes) + s.margin
        let nameSize = tileWidth < 70 ? 10.0 : 12.0

        for (item, row, column) in placed {
            let x = frame.snap(gridLeft + Double(column) * (tileWidth + gap))
            let top = frame.snap(y + Double(row) * (tileHeight + gap))
            let fill = classes.color(item.finiteValue)
            if fill.contrastRatio(against: Palette.background) < 1.3 {
                // A light tile gets a hairline edge so it does not melt into the page.
                frame.items.append(.rect(ChartRect(x: x - 0.5, y: top - 0.5, width: frame.snap(tileWidth) + 1,
                                                   height: frame.snap(tileHeight) + 1, fill: Palette.gridline, role: .tile)))
            }
            frame.items.append(.rect(ChartRect(x: x, y: top, width: frame.snap(tileWidth), height: frame.snap(tileHeight),
                                               fill: fill, role: .tile)))
            let ink = Palette.text(on: fill)
            let name = m.truncate(item.label, width: tileWidth - 6, fontSize: nameSize, weight: .bold)
            let value = Formatting.format(item.value, as: data.kind)
            let nameMetrics = m.measure(name, fontSize: nameSize, weight: .bold)
            let valueMetrics = m.measure(value, fontSize: nameSize - 1)
            let stackTop = top + (tileHeight - nameMetrics.height - valueMetrics.height) / 2
            frame.texts.append(frame.text(name, x: x + tileWidth / 2, y: stackTop, nameMetrics, size: nameSize,
                                          weight: .bold, alignment: .center, color: ink, role: .seriesLabel))
            frame.texts.append(frame.text(value, x: x + tileWidth / 2, y: stackTop + nameMetrics.height, valueMetrics,
                                          size: nameSize - 1, alignment: .center, color: ink, role: .cellLabel))
        }
        // The province's value in the empty north-east corner of the map, when it is free.
        if let province = data.provinceValue, province.isFinite, !placed.contains(where: { $0.row == 0 && $0.column >= 3 }) {
            let text = "全省 " + Formatting.format(province, as: data.kind)
            let metrics = m.measure(text, fontSize: nameSize, weight: .bold)
            let right = gridLeft + 5 * tileWidth + 4 * gap
            frame.texts.append(frame.text(text, x: right, y: y + (tileHeight - metrics.height) / 2, metrics, size: nameSize,
                                          weight: .bold, alignment: .right, role: .referenceLabel))
        }
        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }
}
