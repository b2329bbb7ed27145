import Model

/// Lays out `ChartSpec.Kind.horizontalBar`: one bar per category, highest on
/// top, categories without a value last with "—" and a footnote.
///
/// Top to bottom: title (wrapped, balanced), reference labels (target,
/// province), the rows, tick labels, notes, source. Left to right: category
/// labels (right-aligned, at most 30% of the width: on one line if they
/// fit, else on two, the second truncated with "…"), bars, data labels.
///
/// The value axis starts at 0: a negative value draws no bar (none of the
/// programme's rates or counts can be negative).
struct HorizontalBarLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let measurer: TextMeasurer

    /// A vertical line across the rows with its label above them.
    private struct Reference {
        var value: Double
        var label: String
        var color: ChartColor
        var dash: [Double]
        var role: ChartLine.Role
    }

    func make() -> ChartLayout {
        var frame = ChartFrame(data: data, width: width, measurer: measurer)
        let m = measurer, s = frame.style
        let top = frame.placeTitle()

        let rows = data.rankedItems
        let hasMissing = rows.contains { $0.finiteValue == nil }
        let maximum = rows.compactMap(\.finiteValue).max() ?? 0
        var references: [Reference] = []
        if let target = data.spec.target, target.isFinite, target >= 0 {
            references.append(Reference(value: target, label: s.targetPrefix + AxisFormat.value(target, kind: data.kind),
                                        color: Palette.target, dash: s.targetDash, role: .target))
        }
        if data.spec.showsProvince, let province = data.provinceValue, province.isFinite, province >= 0 {
            references.append(Reference(value: province, label: s.provincePrefix + Formatting.format(province, as: data.kind),
                                        color: Palette.province, dash: s.provinceDash, role: .province))
        }
        let domainMaximum = max(maximum, references.map(\.value).max() ?? 0)
        let notes = frame.notes(hasMissing: hasMissing)
        let unitText = data.spec.unit.isEmpty ? nil : "单位：" + data.spec.unit

        // Reference labels sit in one row above the rows, each beside or over its line.
        let referenceHeight = references.isEmpty ? 0 : m.measure("目标 0%", fontSize: s.targetSize).height + 2
        let unitHeight = unitText == nil ? 0 : m.measure("单位", fontSize: s.tickSize).height + 2
        let tickHeight = m.measure("0", fontSize: s.tickSize).height
        let bottomBlock = s.gapAboveTicks + tickHeight + frame.height(of: notes) + s.margin
        let labelWidth = s.maxLabelShare * width
        let plotTop = top + max(referenceHeight, unitHeight)
        let available = height - plotTop - bottomBlock

        let fit = LabelFit.rows(rows.map(\.label), width: labelWidth, sizes: s.labelSizes, available: available,
                                padding: s.rowPadding, measurer: m)
        let labelSize = fit.size
        let rowHeight = rows.isEmpty ? 0 : max(fit.rowHeight, available / Double(rows.count))

        // Horizontal budget: label column, plot, room for data labels.
        let labelColumn = fit.lines.flatMap { $0 }.map { m.measure($0, fontSize: labelSize).width }.max() ?? 0
        let dataLabels = rows.map { Formatting.format($0.value, as: data.kind) }
        let dataLabelWidth = dataLabels.map { m.measure($0, fontSize: labelSize).width }.max() ?? 0
        let plotLeft = frame.snap(s.margin + labelColumn + s.labelGap)
        let ticks = AxisTicks(kind: data.kind, measurer: m, fontSize: s.tickSize)
        var scale = NiceScale(maximum: domainMaximum, intervals: 5, kind: data.kind)
        var plotRight = plotLeft
        var tickLabels: [AxisTicks.Label] = []
        for _ in 0..<3 {   // the gutter depends on the last tick label, the ticks on the plot width
            let topLabel = m.measure(AxisFormat.tick(scale.top, step: scale.step, kind: data.kind), fontSize: s.tickSize)
            let gutter = max(s.dataLabelGap + dataLabelWidth, topLabel.width / 2)
            plotRight = frame.snap(max(plotLeft + 1, width - s.margin - gutter))
            (scale, tickLabels) = ticks.horizontal(from: scale, maximum: domainMaximum, left: plotLeft,
                                                   right: plotRight, gap: s.tickLabelGap)
            if topLabel.width == m.measure(AxisFormat.tick(scale.top, step: scale.step, kind: data.kind),
                                           fontSize: s.tickSize).width { break }
        }
        let plotWidth = plotRight - plotLeft
        func xPosition(_ value: Double) -> Double { plotLeft + max(0, min(value, scale.top)) / scale.top * plotWidth }

        // Reference labels: centred on their line, pushed apart when they would touch.
        let placed = references.filter { $0.value <= scale.top }
        let lineXs = placed.map { frame.snap(xPosition($0.value)) }
        let referenceMetrics = placed.map { m.measure($0.label, fontSize: s.targetSize) }
        let referenceCentres = LabelSpread.resolve(centers: lineXs, sizes: referenceMetrics.map(\.width), gap: 8,
                                                   lower: s.margin, upper: width - s.margin)
        let plotBottom = plotTop + rowHeight * Double(rows.count)
        let finalHeight = max(height, plotBottom + bottomBlock)

        if let unitText {
            let metrics = m.measure(unitText, fontSize: s.tickSize)
            frame.texts.append(frame.text(unitText, x: s.margin, y: plotTop - metrics.height - 2, metrics,
                                          size: s.tickSize, color: Palette.secondaryText, role: .axisTitle))
        }

        // Gridlines (not under the zero line or a reference line) and tick labels.
        if !rows.isEmpty {
            for tick in scale.ticks where tick > 0 {
                let x = frame.snap(xPosition(tick))
                if lineXs.contains(where: { abs($0 - x) < 1 }) { continue }
                frame.items.append(.line(ChartLine(x1: x, y1: plotTop, x2: x, y2: plotBottom, color: Palette.gridline,
                                                   width: s.gridlineWidth, role: .gridline)))
            }
            for tick in tickLabels {
                frame.texts.append(frame.text(tick.text, x: xPosition(tick.value), y: plotBottom + s.gapAboveTicks,
                                              tick.metrics, size: s.tickSize, alignment: .center,
                                              color: Palette.secondaryText, role: .tickLabel))
            }
        }

        var knockouts: [ChartRect] = []
        // Rows: bar, category label (one or two lines), data label on the first line's baseline.
        for (index, row) in rows.enumerated() {
            let center = plotTop + rowHeight * (Double(index) + 0.5)
            let lines = fit.lines[index]
            let lineMetrics = lines.map { m.measure($0, fontSize: labelSize) }
            var lineY = center - lineMetrics.reduce(0) { $0 + $1.height } / 2
            for (line, metrics) in zip(lines, lineMetrics) {
                frame.texts.append(frame.text(line, x: plotLeft - s.labelGap, y: lineY, metrics, size: labelSize,
                                              alignment: .right, role: .categoryLabel))
                lineY += metrics.height
            }

            var barEnd = plotLeft
            if let value = row.finiteValue {
                barEnd = frame.snap(xPosition(value))
                let thickness = frame.snap(min(rowHeight * s.barShare, s.maxBarThickness))
                if barEnd - plotLeft >= 0.5 {
                    frame.items.append(.rect(ChartRect(x: plotLeft, y: frame.snap(center - thickness / 2),
                                                       width: barEnd - plotLeft, height: thickness,
                                                       fill: Palette.bar, role: .bar)))
                }
            }
            let dataMetrics = m.measure(dataLabels[index], fontSize: labelSize)
            var dataX = barEnd + s.dataLabelGap
            // A label never sits on (or squeezes against) the target line: it moves just past it.
            // The province line runs through the data, so it is hidden under the label instead.
            for (reference, lineX) in zip(placed, lineXs).sorted(by: { $0.1 < $1.1 }) where reference.role == .target
                && dataX < lineX + s.dataLabelGap && dataX + dataMetrics.width > lineX - s.dataLabelGap {
                dataX = lineX + s.dataLabelGap
            }
            let label = frame.text(dataLabels[index], x: dataX, y: center - dataMetrics.height / 2, dataMetrics,
                                   size: labelSize, role: .dataLabel)
            if zip(placed, lineXs).contains(where: { $0.role == .province && $1 > label.minX - 2 && $1 < label.maxX + 2 }) {
                knockouts.append(ChartRect(x: label.minX - 2, y: label.y, width: label.width + 4, height: label.height,
                                           fill: Palette.background, role: .knockout))
            }
            frame.texts.append(label)
        }

        if !rows.isEmpty {
            frame.items.append(.line(ChartLine(x1: plotLeft, y1: plotTop, x2: plotLeft, y2: plotBottom,
                                               color: Palette.axis, width: s.axisWidth, role: .axis)))
            // Reference lines through the rows, their labels above them.
            for (index, reference) in placed.enumerated() {
                frame.items.append(.line(ChartLine(x1: lineXs[index], y1: plotTop - 2, x2: lineXs[index], y2: plotBottom,
                                                   color: reference.color, width: s.targetWidth, dash: reference.dash,
                                                   role: reference.role)))
                let metrics = referenceMetrics[index]
                frame.texts.append(frame.text(reference.label, x: referenceCentres[index], y: plotTop - 2 - metrics.height,
                                              metrics, size: s.targetSize, alignment: .center, color: reference.color,
                                              role: reference.role == .target ? .targetLabel : .referenceLabel))
            }
            frame.items += knockouts.map(ChartItem.rect)
        }

        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }
}
