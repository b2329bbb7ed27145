import Model

/// Lays out `ChartSpec.Kind.stackedBar`: one horizontal bar per category
/// (city) split into the series' shares (grades) of its total, summing to
/// 100%; the legend above, each segment's share printed on it when it fits,
/// the total at the bar's end.
///
/// Rows are ordered by the last series' share (优良), highest first, ties
/// in data order; a category without a total (no verification) is a row
/// with "—" and no bar, last, with the footnote.
struct StackedBarLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let measurer: TextMeasurer

    func make() -> ChartLayout {
        var frame = ChartFrame(data: data, width: width, measurer: measurer)
        let m = measurer, s = frame.style
        var y = frame.placeTitle()
        let legend = data.legendEntries
        frame.placeLegend(legend, y: y)
        y += frame.legendHeight(legend)

        let totals = data.categories.indices.map { data.total(category: $0).flatMap { $0 > 0 ? $0 : nil } }
        let last = data.series.count - 1
        func lastShare(_ i: Int) -> Double? { totals[i].map { (data.value(series: last, category: i) ?? 0) / $0 } }
        let order = data.categories.indices.sorted { a, b in
            switch (lastShare(a), lastShare(b)) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a < b
            }
        }
        let hasMissing = totals.contains { $0 == nil }
        let notes = frame.notes(hasMissing: hasMissing, footnote: "注：— 表示合计为 0 或无数据，无法计算构成")
        let tickHeight = m.measure("0%", fontSize: s.tickSize).height
        let bottomBlock = s.gapAboveTicks + tickHeight + frame.height(of: notes) + s.margin
        let available = height - y - bottomBlock
        let fit = LabelFit.rows(order.map { data.categories[$0] }, width: s.maxLabelShare * width, sizes: s.labelSizes,
                                available: available, padding: s.rowPadding, measurer: m)
        let size = fit.size
        let rowHeight = order.isEmpty ? 0 : max(fit.rowHeight, available / Double(order.count))
        let unit = data.spec.unit.isEmpty ? "" : " " + data.spec.unit
        let totalLabels = order.map { totals[$0].map { Formatting.format($0, as: .integer) + unit } ?? Formatting.missing }

        let labelColumn = fit.lines.flatMap { $0 }.map { m.measure($0, fontSize: size).width }.max() ?? 0
        let totalWidth = totalLabels.map { m.measure($0, fontSize: size).width }.max() ?? 0
        let plotLeft = frame.snap(s.margin + labelColumn + s.labelGap)
        let hundred = m.measure("100%", fontSize: s.tickSize).width
        let plotRight = frame.snap(max(plotLeft + 1, width - s.margin - max(totalWidth + s.dataLabelGap, hundred / 2)))
        let plotWidth = plotRight - plotLeft
        let plotBottom = y + rowHeight * Double(order.count)
        let finalHeight = max(height, plotBottom + bottomBlock)
        let colors = data.seriesColors

        for (row, category) in order.enumerated() {
            let center = y + rowHeight * (Double(row) + 0.5)
            let lines = fit.lines[row]
            let metrics = lines.map { m.measure($0, fontSize: size) }
            var lineY = center - metrics.reduce(0) { $0 + $1.height } / 2
            for (line, lineMetrics) in zip(lines, metrics) {
                frame.texts.append(frame.text(line, x: plotLeft - s.labelGap, y: lineY, lineMetrics, size: size,
                                              alignment: .right, role: .categoryLabel))
                lineY += lineMetrics.height
            }
            let thickness = frame.snap(min(rowHeight * s.barShare, s.maxBarThickness))
            let top = frame.snap(center - thickness / 2)
            guard let total = totals[category] else {
                frame.texts.append(frame.text(Formatting.missing, x: plotLeft + s.dataLabelGap, centerY: center,
                                              size: size, color: Palette.secondaryText, role: .dataLabel))
                continue
            }
            var start = 0.0
            for index in data.series.indices {
                let value = data.value(series: index, category: category) ?? 0
                let x0 = frame.snap(plotLeft + start / total * plotWidth)
                start += value
                let x1 = frame.snap(plotLeft + start / total * plotWidth)
                guard x1 - x0 >= 0.5 else { continue }
                // A white hairline between neighbouring segments.
                let gap = index < last && x1 < plotRight ? s.separator : 0
                frame.items.append(.rect(ChartRect(x: x0, y: top, width: max(0.5, x1 - x0 - gap), height: thickness,
                                                   fill: colors[index], role: .segment)))
                let share = Formatting.format(value / total, as: .percent)
                let shareMetrics = m.measure(share, fontSize: s.tickSize)
                if shareMetrics.width + 4 <= x1 - x0 - gap && shareMetrics.height <= thickness + 2 {
                    frame.texts.append(frame.text(share, x: (x0 + x1 - gap) / 2, y: center - shareMetrics.height / 2,
                                                  shareMetrics, size: s.tickSize, alignment: .center,
                                                  color: Palette.text(on: colors[index]), role: .cellLabel))
                }
            }
            frame.texts.append(frame.text(totalLabels[row], x: plotRight + s.dataLabelGap, centerY: center, size: size,
                                          role: .dataLabel))
        }

        // The share axis: 0% … 100% in steps of 20% (or fewer when narrow).
        let ticks = AxisTicks(kind: .percent, measurer: m, fontSize: s.tickSize)
        let (_, labels) = ticks.horizontal(from: NiceScale(maximum: 1, intervals: 5, kind: .percent), maximum: 1,
                                           left: plotLeft, right: plotRight, gap: s.tickLabelGap)
        for label in labels where !order.isEmpty {
            let x = frame.snap(plotLeft + label.value * plotWidth)
            frame.items.append(.line(ChartLine(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 3, color: Palette.axis,
                                               width: s.axisWidth, role: .axis)))
            frame.texts.append(frame.text(label.text, x: x, y: plotBottom + s.gapAboveTicks, label.metrics,
                                          size: s.tickSize, alignment: .center, color: Palette.secondaryText,
                                          role: .tickLabel))
        }
        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }
}
