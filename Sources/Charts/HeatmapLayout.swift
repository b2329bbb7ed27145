import Model

/// Lays out `ChartSpec.Kind.heatmap`: one row per series (city), one column
/// per category (month), each cell filled by its value's colour class
/// (Oranges: darker = higher), the class legend above, the row names on the
/// left and the column names over the grid ("1月", or "1" when narrow).
/// Each cell prints its value when every value fits a cell (one decimal,
/// else whole percentages, 9 or 8 pt), so colour is not the only carrier;
/// a cell without a value is grey with "—". Cells are at most 36 pt high,
/// so with few rows the chart ends under the grid, shorter than asked.
struct HeatmapLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let measurer: TextMeasurer

    func make() -> ChartLayout {
        var frame = ChartFrame(data: data, width: width, measurer: measurer)
        let m = measurer, s = frame.style
        var y = frame.placeTitle()
        let rows = data.series.count, columns = data.categories.count
        let values = data.series.indices.flatMap { r in (0..<columns).compactMap { data.value(series: r, category: $0) } }
        let hasMissing = values.count < rows * columns
        let classes = ColorClasses(breaks: data.classBreaks, values: values, kind: data.kind, scale: Palette.oranges)
        let legend = values.isEmpty ? [] : classes.legend(hasMissing: hasMissing)
        frame.placeLegend(legend, y: y)
        y += frame.legendHeight(legend)
        let notes = frame.notes(hasMissing: hasMissing)
        let bottom = height - s.margin - frame.height(of: notes)

        // Row names, then the column width decides the column names' form.
        let headerSize = s.tickSize
        let headerHeight = m.measure("12月", fontSize: headerSize).height + 4
        let fit = LabelFit.rows(data.series.map(\.name), width: s.maxLabelShare * width, sizes: s.labelSizes,
                                available: bottom - y - headerHeight, padding: 2, measurer: m)
        let labelColumn = fit.lines.flatMap { $0 }.map { m.measure($0, fontSize: fit.size).width }.max() ?? 0
        let gridLeft = frame.snap(s.margin + labelColumn + s.labelGap)
        let cellWidth = (width - s.margin - gridLeft) / Double(max(1, columns))
        var headers = data.categories
        if !headers.allSatisfy({ m.measure($0, fontSize: headerSize).width <= cellWidth - 2 }),
           headers.allSatisfy({ $0.hasSuffix("月") }) {
            headers = headers.map { String($0.dropLast()) }
        }
        let gridTop = y + headerHeight
        let cellHeight = rows == 0 ? 0 : max(fit.rowHeight, min(36, (bottom - gridTop) / Double(rows)))
        let gridBottom = gridTop + cellHeight * Double(rows)
        // Cells have a natural size: the chart ends under the grid (shorter than asked when few rows).
        let finalHeight = gridBottom + frame.height(of: notes) + s.margin

        for (column, header) in headers.enumerated() {
            let metrics = m.measure(header, fontSize: headerSize)
            frame.texts.append(frame.text(header, x: gridLeft + cellWidth * (Double(column) + 0.5), y: gridTop - metrics.height - 3,
                                          metrics, size: headerSize, alignment: .center, color: Palette.secondaryText,
                                          role: .categoryLabel))
        }

        // Cell text: one decimal if all fit, else whole numbers, at 9 pt or else 8 pt; else none.
        func texts(_ places: Int) -> [[String]] {
            data.series.indices.map { r in
                (0..<columns).map { c in
                    guard let value = data.value(series: r, category: c) else { return Formatting.missing }
                    return data.kind == .percent ? Formatting.decimal(value * 100, places: places) + "%"
                        : Formatting.format(value, as: data.kind)
                }
            }
        }
        func fits(_ table: [[String]], _ size: Double) -> Bool {
            table.joined().allSatisfy { m.measure($0, fontSize: size).width <= cellWidth - 4 }
                && m.measure("0", fontSize: size).height <= cellHeight - 2
        }
        let options = [(texts(1), 9.0), (texts(0), 9.0), (texts(0), 8.0)]
        let printed = options.first { fits($0.0, $0.1) }
        let cellSize = printed?.1 ?? 9

        for row in 0..<rows {
            let top = gridTop + cellHeight * Double(row)
            let lines = fit.lines[row]
            let metrics = lines.map { m.measure($0, fontSize: fit.size) }
            var lineY = top + (cellHeight - metrics.reduce(0) { $0 + $1.height }) / 2
            for (line, lineMetrics) in zip(lines, metrics) {
                frame.texts.append(frame.text(line, x: gridLeft - s.labelGap, y: lineY, lineMetrics, size: fit.size,
                                              alignment: .right, role: .categoryLabel))
                lineY += lineMetrics.height
            }
            for column in 0..<columns {
                let value = data.value(series: row, category: column)
                let fill = classes.color(value)
                let x0 = frame.snap(gridLeft + cellWidth * Double(column)), x1 = frame.snap(gridLeft + cellWidth * Double(column + 1))
                let y0 = frame.snap(top), y1 = frame.snap(top + cellHeight)
                frame.items.append(.rect(ChartRect(x: x0, y: y0, width: x1 - x0 - s.separator, height: y1 - y0 - s.separator,
                                                   fill: fill, role: .cell)))
                let center = (x: (x0 + x1 - s.separator) / 2, y: (y0 + y1 - s.separator) / 2)
                if value == nil {
                    frame.texts.append(frame.text(Formatting.missing, x: center.x, centerY: center.y, size: cellSize,
                                                  alignment: .center, color: Palette.secondaryText, role: .cellLabel))
                } else if let printed {
                    frame.texts.append(frame.text(printed.0[row][column], x: center.x, centerY: center.y, size: cellSize,
                                                  alignment: .center, color: Palette.text(on: fill), role: .cellLabel))
                }
            }
        }
        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }
}
