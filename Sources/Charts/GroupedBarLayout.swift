import Model

/// Lays out `ChartSpec.Kind.groupedBar`: vertical columns, one group per
/// category (city) in data order, one column per series (grade) in the
/// series' colours; the legend and the unit above, the value axis on the
/// left with gridlines, category labels under the groups — on one line,
/// two lines, or rotated (-45°, or -90° when even that would touch) as the
/// slot allows. Values print on the columns only when every one fits.
/// A missing value draws no column; "—" marks a group with no value at all.
struct GroupedBarLayout {
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
        if !data.spec.unit.isEmpty {
            let unit = "单位：" + data.spec.unit
            let metrics = m.measure(unit, fontSize: s.tickSize)
            frame.texts.append(frame.text(unit, x: s.margin, y: y, metrics, size: s.tickSize,
                                          color: Palette.secondaryText, role: .axisTitle))
            y += metrics.height + 6
        }
        let tickHalf = m.measure("0", fontSize: s.tickSize).height / 2
        let plotTop = y + tickHalf

        let n = data.categories.count, k = max(1, data.series.count)
        let values = data.series.indices.flatMap { i in data.categories.indices.compactMap { data.value(series: i, category: $0) } }
        let maximum = values.max() ?? 0
        let hasMissing = data.categories.indices.contains { c in data.series.indices.contains { data.value(series: $0, category: c) == nil } }
        let notes = frame.notes(hasMissing: hasMissing)
        let labelSize = s.tickSize
        let ticks = AxisTicks(kind: data.kind, measurer: m, fontSize: s.tickSize)

        // The tick column and the label block depend on each other through the plot's size: settle in two rounds.
        var plotLeft = s.margin + 30
        var fit: (lines: [[String]], angle: Double) = ([], 0)
        var labelBlock = 0.0
        var scale = NiceScale(maximum: maximum, intervals: 5, kind: data.kind)
        var tickLabels: [AxisTicks.Label] = []
        var plotBottom = plotTop
        for _ in 0..<2 {
            let slot = (width - s.margin - plotLeft) / Double(max(1, n))
            fit = LabelFit.columns(data.categories, slot: slot, size: labelSize, gap: 4, measurer: m)
            labelBlock = Self.blockHeight(fit, size: labelSize, measurer: m)
            plotBottom = max(plotTop + 40, height - s.margin - frame.height(of: notes) - labelBlock - s.gapAboveTicks)
            (scale, tickLabels) = ticks.vertical(maximum: maximum, height: plotBottom - plotTop, gap: 6)
            plotLeft = frame.snap(s.margin + (tickLabels.map(\.metrics.width).max() ?? 0) + 6)
        }
        let finalHeight = max(height, plotBottom + s.gapAboveTicks + labelBlock + frame.height(of: notes) + s.margin)
        let plotRight = width - s.margin
        let slot = (plotRight - plotLeft) / Double(max(1, n))
        func yPosition(_ value: Double) -> Double {
            plotBottom - max(0, min(value, scale.top)) / scale.top * (plotBottom - plotTop)
        }

        for label in tickLabels {
            let ty = frame.snap(yPosition(label.value))
            if label.value > 0 {
                frame.items.append(.line(ChartLine(x1: plotLeft, y1: ty, x2: plotRight, y2: ty, color: Palette.gridline,
                                                   width: s.gridlineWidth, role: .gridline)))
            }
            frame.texts.append(frame.text(label.text, x: plotLeft - 6, y: ty - label.metrics.height / 2, label.metrics,
                                          size: s.tickSize, alignment: .right, color: Palette.secondaryText,
                                          role: .tickLabel))
        }

        // Columns: 80% of the slot per group, hairline gaps between a group's columns.
        let groupWidth = slot * 0.8
        let barWidth = groupWidth / Double(k)
        let valueSize = 8.5
        let valueTexts = data.series.indices.map { i in data.categories.indices.map { Formatting.format(data.value(series: i, category: $0), as: data.kind) } }
        let labelsFit = valueTexts.joined().allSatisfy { m.measure($0, fontSize: valueSize).width + 1 <= barWidth }
        let colors = data.seriesColors
        for category in data.categories.indices {
            let groupLeft = plotLeft + slot * Double(category) + (slot - groupWidth) / 2
            var anyValue = false
            for index in data.series.indices {
                guard let value = data.value(series: index, category: category) else { continue }
                anyValue = true
                let x0 = frame.snap(groupLeft + barWidth * Double(index)), x1 = frame.snap(groupLeft + barWidth * Double(index + 1))
                let top = frame.snap(yPosition(value))
                if plotBottom - top >= 0.5 {
                    frame.items.append(.rect(ChartRect(x: x0, y: top, width: max(0.5, x1 - x0 - (k > 1 ? 0.5 : 0)),
                                                       height: plotBottom - top, fill: colors[index], role: .bar)))
                }
                if labelsFit {
                    let text = valueTexts[index][category]
                    let metrics = m.measure(text, fontSize: valueSize)
                    frame.texts.append(frame.text(text, x: (x0 + x1) / 2, y: top - metrics.height, metrics,
                                                  size: valueSize, alignment: .center, role: .dataLabel))
                }
            }
            if !anyValue {
                frame.texts.append(frame.text(Formatting.missing, x: groupLeft + groupWidth / 2,
                                              centerY: plotBottom - 10, size: s.tickSize, alignment: .center,
                                              color: Palette.secondaryText, role: .dataLabel))
            }
            placeCategoryLabel(category, lines: fit.lines[category], angle: fit.angle,
                               center: plotLeft + slot * (Double(category) + 0.5), top: plotBottom + s.gapAboveTicks,
                               size: labelSize, frame: &frame)
        }
        frame.items.append(.line(ChartLine(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom,
                                           color: Palette.axis, width: s.axisWidth, role: .axis)))
        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }

    /// The height category labels take under the axis.
    static func blockHeight(_ fit: (lines: [[String]], angle: Double), size: Double, measurer: TextMeasurer) -> Double {
        let lineHeight = measurer.measure("市0", fontSize: size).height
        let widest = fit.lines.flatMap { $0 }.map { measurer.measure($0, fontSize: size).width }.max() ?? 0
        switch fit.angle {
        case 0: return Double(fit.lines.map(\.count).max() ?? 1) * lineHeight
        case -90: return widest
        default: return (widest + lineHeight) * 0.7071
        }
    }

    private func placeCategoryLabel(_ index: Int, lines: [String], angle: Double, center: Double, top: Double,
                                    size: Double, frame: inout ChartFrame) {
        var y = top
        for line in lines {
            let metrics = measurer.measure(line, fontSize: size)
            switch angle {
            case 0:
                frame.texts.append(frame.text(line, x: center, y: y, metrics, size: size, alignment: .center,
                                              role: .categoryLabel))
                y += metrics.height
            case -90:
                // Reads upwards, its end at the axis; the box lies right of the anchor.
                frame.texts.append(frame.text(line, x: center - metrics.height / 2, y: top, metrics, size: size,
                                              alignment: .right, role: .categoryLabel, angle: -90))
            default:
                frame.texts.append(frame.text(line, x: center - metrics.height * 0.3536, y: top, metrics, size: size,
                                              alignment: .right, role: .categoryLabel, angle: angle))
            }
        }
    }
}
