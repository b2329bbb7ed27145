#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Lays out `ChartSpec.Kind.line`: one line per series over the categories
/// (years), point markers (circle, square, diamond, triangle by series, so
/// shape tells lines apart without colour), and each line named at its end
/// with its last value ("全省 89.4%"), the names spread so none touch (a
/// leader joins a name moved from its point). The first series (the
/// province) is drawn thickest and on top. End names replace a legend.
///
/// A missing value breaks the line (a gap, never a drop to 0), with a footnote.
struct LineLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let measurer: TextMeasurer

    func make() -> ChartLayout {
        var frame = ChartFrame(data: data, width: width, measurer: measurer)
        let m = measurer, s = frame.style
        var y = frame.placeTitle()
        if !data.spec.unit.isEmpty {
            let unit = "单位：" + data.spec.unit
            let metrics = m.measure(unit, fontSize: s.tickSize)
            frame.texts.append(frame.text(unit, x: s.margin, y: y, metrics, size: s.tickSize,
                                          color: Palette.secondaryText, role: .axisTitle))
            y += metrics.height + 6
        }
        let target = data.spec.target.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        let targetText = target.map { s.targetPrefix + AxisFormat.value($0, kind: data.kind) }
        let targetMetrics = targetText.map { m.measure($0, fontSize: s.targetSize) }
        let plotTop = y + max(m.measure("0", fontSize: s.tickSize).height / 2, (targetMetrics?.height ?? 0) + 2)

        let n = data.categories.count
        let values = data.series.indices.flatMap { i in (0..<n).compactMap { data.value(series: i, category: $0) } }
        let maximum = max(values.max() ?? 0, target ?? 0)
        let hasMissing = data.series.indices.contains { i in (0..<n).contains { data.value(series: i, category: $0) == nil } }
        let notes = frame.notes(hasMissing: hasMissing, footnote: "注：折线中断处表示该年无可计算数据")
        let size = s.labelSizes[2]

        // End labels: "name value" in the series' colour, right of the plot.
        let ends: [(index: Int, category: Int, value: Double, text: String, metrics: TextMetrics)] =
            data.series.indices.compactMap { i in
                guard let last = (0..<n).last(where: { data.value(series: i, category: $0) != nil }),
                      let value = data.value(series: i, category: last) else { return nil }
                let text = data.series[i].name + " " + Formatting.format(value, as: data.kind)
                return (i, last, value, text, m.measure(text, fontSize: size))
            }
        let gutter = (ends.map(\.metrics.width).max() ?? 0) + 10
        let categoryHeight = m.measure("2025", fontSize: s.tickSize).height
        let plotBottom = max(plotTop + 40, height - s.margin - frame.height(of: notes) - categoryHeight - s.gapAboveTicks)
        let finalHeight = max(height, plotBottom + s.gapAboveTicks + categoryHeight + frame.height(of: notes) + s.margin)
        let (scale, tickLabels) = AxisTicks(kind: data.kind, measurer: m, fontSize: s.tickSize)
            .vertical(maximum: maximum, height: plotBottom - plotTop, gap: 6)
        let plotLeft = frame.snap(s.margin + (tickLabels.map(\.metrics.width).max() ?? 0) + 6)
        let plotRight = frame.snap(max(plotLeft + 40, width - s.margin - gutter))
        let inset = min(24, (plotRight - plotLeft) / Double(max(2, n)) / 2)
        func xPosition(_ category: Int) -> Double {
            n <= 1 ? (plotLeft + plotRight) / 2
                : plotLeft + inset + Double(category) / Double(n - 1) * (plotRight - plotLeft - 2 * inset)
        }
        func yPosition(_ value: Double) -> Double {
            plotBottom - max(0, min(value, scale.top)) / scale.top * (plotBottom - plotTop)
        }

        for label in tickLabels {
            let ty = frame.snap(yPosition(label.value))
            frame.items.append(.line(ChartLine(x1: plotLeft, y1: ty, x2: plotRight, y2: ty,
                                               color: label.value == 0 ? Palette.axis : Palette.gridline,
                                               width: s.gridlineWidth, role: label.value == 0 ? .axis : .gridline)))
            frame.texts.append(frame.text(label.text, x: plotLeft - 6, y: ty - label.metrics.height / 2, label.metrics,
                                          size: s.tickSize, alignment: .right, color: Palette.secondaryText,
                                          role: .tickLabel))
        }
        if let target, let targetText, let targetMetrics, target <= scale.top {
            let ty = frame.snap(yPosition(target))
            frame.items.append(.line(ChartLine(x1: plotLeft, y1: ty, x2: plotRight, y2: ty, color: Palette.target,
                                               width: s.targetWidth, dash: s.targetDash, role: .target)))
            frame.texts.append(frame.text(targetText, x: plotLeft + 4, y: ty - 2 - targetMetrics.height, targetMetrics,
                                          size: s.targetSize, color: Palette.target, role: .targetLabel))
        }
        for category in 0..<n {
            frame.texts.append(frame.text(data.categories[category], x: xPosition(category),
                                          y: plotBottom + s.gapAboveTicks, m.measure(data.categories[category], fontSize: s.tickSize),
                                          size: s.tickSize, alignment: .center, color: Palette.secondaryText,
                                          role: .categoryLabel))
        }

        // Lines last-to-first so the first series is on top; a nil lifts the pen.
        let colors = data.seriesColors
        for index in data.series.indices.reversed() {
            var elements: [ChartPath.Element] = []
            var markers: [ChartPath.Element] = []
            var penDown = false
            for category in 0..<n {
                guard let value = data.value(series: index, category: category) else {
                    penDown = false
                    continue
                }
                let point = (x: xPosition(category), y: yPosition(value))
                elements.append(penDown ? .line(x: point.x, y: point.y) : .move(x: point.x, y: point.y))
                penDown = true
                markers += Self.marker(index, at: point, radius: s.markerRadius + (index == 0 ? 0.5 : 0))
            }
            frame.items.append(.path(ChartPath(elements: elements, stroke: colors[index],
                                               strokeWidth: index == 0 ? s.lineWidth + 0.5 : s.lineWidth,
                                               role: .seriesLine, series: index)))
            frame.items.append(.path(ChartPath(elements: markers, fill: colors[index], stroke: Palette.white,
                                               strokeWidth: 1, role: .marker, series: index)))
        }

        // End names, spread vertically within the plot.
        let wished = ends.map { yPosition($0.value) }
        let centres = LabelSpread.resolve(centers: wished, sizes: ends.map(\.metrics.height), gap: 1,
                                          lower: plotTop - 6, upper: plotBottom + 6)
        for (k, end) in ends.enumerated() {
            let pointX = xPosition(end.category)
            let labelX = plotRight + 8
            if abs(centres[k] - wished[k]) > 2 || end.category < n - 1 {
                frame.items.append(.line(ChartLine(x1: pointX + s.markerRadius + 2, y1: wished[k], x2: labelX - 2,
                                                   y2: centres[k], color: Palette.axis, width: 0.75, role: .leader)))
            }
            frame.texts.append(frame.text(end.text, x: labelX, y: centres[k] - end.metrics.height / 2, end.metrics,
                                          size: size, weight: end.index == 0 ? .bold : .regular,
                                          color: colors[end.index], role: .seriesLabel))
        }
        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }

    /// Marker `series` (circle, square, diamond, triangle, in turn) at `point`.
    static func marker(_ series: Int, at point: (x: Double, y: Double), radius r: Double) -> [ChartPath.Element] {
        let (x, y) = point
        switch series % 4 {
        case 0:
            return [.move(x: x + r, y: y), .arc(centerX: x, centerY: y, radius: r, start: 0, end: 2 * Double.pi), .close]
        case 1:
            let h = r * 0.9
            return [.move(x: x - h, y: y - h), .line(x: x + h, y: y - h), .line(x: x + h, y: y + h),
                    .line(x: x - h, y: y + h), .close]
        case 2:
            let h = r * 1.25
            return [.move(x: x, y: y - h), .line(x: x + h, y: y), .line(x: x, y: y + h), .line(x: x - h, y: y), .close]
        default:
            let h = r * 1.2
            return [.move(x: x, y: y - h), .line(x: x + h, y: y + h * 0.8), .line(x: x - h, y: y + h * 0.8), .close]
        }
    }
}
