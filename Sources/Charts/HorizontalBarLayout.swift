import Model

/// Lays out `ChartSpec.Kind.horizontalBar`: one bar per category, highest on
/// top, categories without a value last with "—" and a footnote.
///
/// Top to bottom: title (wrapped, balanced), target label row, the rows,
/// tick labels, footnote, source. Left to right: category labels
/// (right-aligned, truncated past 30% of the width), bars, data labels.
///
/// The value axis starts at 0: a negative value draws no bar (none of the
/// programme's rates or counts can be negative).
struct HorizontalBarLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let style = BarChartStyle()
    let measurer: TextMeasurer

    func make() -> ChartLayout {
        let m = measurer, s = style
        var texts: [ChartText] = []

        // Title, from the top margin down.
        var y = s.margin
        for line in titleLines() {
            texts.append(text(line.string, x: s.margin, y: y, line.metrics, size: s.titleSize, weight: .bold,
                              color: Palette.text, role: .title))
            y += line.metrics.height
        }
        if !texts.isEmpty { y += s.gapAfterTitle }

        let rows = data.rankedItems
        let hasMissing = rows.contains { $0.finiteValue == nil }
        let maximum = rows.compactMap(\.finiteValue).max() ?? 0
        let target = data.spec.target.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        let domainMaximum = max(maximum, target ?? 0)

        let notes = noteLines(hasMissing: hasMissing)
        let notesHeight = notes.reduce(0) { $0 + $1.metrics.height + $1.gapBefore }

        // Vertical budget: what is left for the rows picks the label size.
        let targetText = target.map { s.targetPrefix + AxisFormat.value($0, kind: data.kind) }
        let targetMetrics = targetText.map { m.measure($0, fontSize: s.targetSize) }
        let plotTop = y + (targetMetrics.map { $0.height + 2 } ?? 0)
        let tickHeight = m.measure("0", fontSize: s.tickSize).height
        let bottomBlock = s.gapAboveTicks + tickHeight + (notes.isEmpty ? 0 : s.gapAboveNotes + notesHeight)
            + s.margin
        let available = height - plotTop - bottomBlock
        var labelSize = s.labelSizes.last!
        var rowNeed = 0.0
        for size in s.labelSizes {
            labelSize = size
            rowNeed = m.measure("市0", fontSize: size).height + 2 * s.rowPadding
            if rowNeed * Double(rows.count) <= available { break }
        }
        let rowHeight = rows.isEmpty ? 0 : max(rowNeed, available / Double(rows.count))
        let plotBottom = plotTop + rowHeight * Double(rows.count)
        let finalHeight = max(height, plotBottom + bottomBlock)

        // Horizontal budget: label column, plot, room for data labels.
        let categoryLabels = rows.map {
            m.truncate($0.label, width: s.maxLabelShare * width, fontSize: labelSize)
        }
        let labelColumn = categoryLabels.map { m.measure($0, fontSize: labelSize).width }.max() ?? 0
        let dataLabels = rows.map { Formatting.format($0.value, as: data.kind) }
        let dataLabelWidth = dataLabels.map { m.measure($0, fontSize: labelSize).width }.max() ?? 0
        let plotLeft = snap(s.margin + labelColumn + s.labelGap)
        var scale = NiceScale(maximum: domainMaximum, intervals: 5, kind: data.kind)
        var plotRight = plotLeft
        var tickLabels: [(value: Double, text: String, metrics: TextMetrics)] = []
        for _ in 0..<3 {   // the gutter depends on the last tick label, the ticks on the plot width
            let topLabel = m.measure(AxisFormat.tick(scale.top, step: scale.step, kind: data.kind),
                                     fontSize: s.tickSize)
            let gutter = max(s.dataLabelGap + dataLabelWidth, topLabel.width / 2)
            plotRight = snap(max(plotLeft + 1, width - s.margin - gutter))
            let chosen = chooseTicks(scale: scale, maximum: domainMaximum, plotLeft: plotLeft, plotRight: plotRight)
            scale = chosen.scale
            tickLabels = chosen.labels
            if topLabel.width == m.measure(AxisFormat.tick(scale.top, step: scale.step, kind: data.kind),
                                           fontSize: s.tickSize).width { break }
        }
        let plotWidth = plotRight - plotLeft
        func xPosition(_ value: Double) -> Double { plotLeft + max(0, min(value, scale.top)) / scale.top * plotWidth }

        var items: [ChartItem] = [.rect(ChartRect(x: 0, y: 0, width: width, height: finalHeight,
                                                  fill: Palette.background, role: .background))]
        let targetX = target.flatMap { $0 <= scale.top ? snap(xPosition($0)) : nil }

        // Gridlines (not under the zero line or the target line) and tick labels.
        if !rows.isEmpty {
            for tick in scale.ticks where tick > 0 {
                let x = snap(xPosition(tick))
                if let targetX, abs(targetX - x) < 1 { continue }
                items.append(.line(ChartLine(x1: x, y1: plotTop, x2: x, y2: plotBottom, color: Palette.gridline,
                                             width: s.gridlineWidth, role: .gridline)))
            }
            for tick in tickLabels {
                texts.append(text(tick.text, x: xPosition(tick.value), y: plotBottom + s.gapAboveTicks, tick.metrics,
                                  size: s.tickSize, alignment: .center, color: Palette.secondaryText,
                                  role: .tickLabel))
            }
        }

        // Rows: bar, category label, data label on one baseline.
        for (index, row) in rows.enumerated() {
            let center = plotTop + rowHeight * (Double(index) + 0.5)
            let labelMetrics = m.measure(categoryLabels[index], fontSize: labelSize)
            let labelY = center - labelMetrics.height / 2
            let baseline = labelY + labelMetrics.baseline
            texts.append(text(categoryLabels[index], x: plotLeft - s.labelGap, y: labelY, labelMetrics,
                              size: labelSize, alignment: .right, color: Palette.text, role: .categoryLabel))

            var barEnd = plotLeft
            if let value = row.finiteValue {
                barEnd = snap(xPosition(value))
                let thickness = snap(min(rowHeight * s.barShare, s.maxBarThickness))
                if barEnd - plotLeft >= 0.5 {
                    items.append(.rect(ChartRect(x: plotLeft, y: snap(center - thickness / 2),
                                                 width: barEnd - plotLeft, height: thickness,
                                                 fill: Palette.bar, role: .bar)))
                }
            }
            let dataMetrics = m.measure(dataLabels[index], fontSize: labelSize)
            var dataX = barEnd + s.dataLabelGap
            // A label never sits on (or squeezes against) the target line: it moves just past it.
            if let targetX, dataX < targetX + s.dataLabelGap, dataX + dataMetrics.width > targetX - s.dataLabelGap {
                dataX = targetX + s.dataLabelGap
            }
            texts.append(text(dataLabels[index], x: dataX, y: baseline - dataMetrics.baseline, dataMetrics,
                              size: labelSize, color: Palette.text, role: .dataLabel))
        }

        if !rows.isEmpty {
            items.append(.line(ChartLine(x1: plotLeft, y1: plotTop, x2: plotLeft, y2: plotBottom,
                                         color: Palette.axis, width: s.axisWidth, role: .axis)))
        }

        // Target: dashed line through the rows, its label above them.
        if let targetX, let targetText, let targetMetrics, !rows.isEmpty {
            items.append(.line(ChartLine(x1: targetX, y1: plotTop - 2, x2: targetX, y2: plotBottom,
                                         color: Palette.target, width: s.targetWidth, dash: s.targetDash,
                                         role: .target)))
            let centered = min(max(targetX, s.margin + targetMetrics.width / 2),
                               width - s.margin - targetMetrics.width / 2)
            texts.append(text(targetText, x: centered, y: plotTop - 2 - targetMetrics.height, targetMetrics,
                              size: s.targetSize, alignment: .center, color: Palette.target, role: .targetLabel))
        }

        // Footnote and source, bottom-left.
        var noteY = finalHeight - s.margin - notesHeight
        for note in notes {
            noteY += note.gapBefore
            texts.append(text(note.line, x: s.margin, y: noteY, note.metrics, size: s.noteSize,
                              color: Palette.secondaryText, role: note.role))
            noteY += note.metrics.height
        }

        return ChartLayout(width: width, height: finalHeight, items: items + texts.map(ChartItem.text))
    }

    private var contentWidth: Double { max(1, width - 2 * style.margin) }

    /// The title in balanced lines (none without a title).
    private func titleLines() -> [(string: String, metrics: TextMetrics)] {
        guard !data.spec.title.isEmpty else { return [] }
        return measurer.wrap(data.spec.title, width: contentWidth, fontSize: style.titleSize, weight: .bold,
                             balanced: true)
            .map { ($0, measurer.measure($0, fontSize: style.titleSize, weight: .bold)) }
    }

    /// The footnote (only with missing values) and the source, wrapped to the width.
    private func noteLines(hasMissing: Bool)
        -> [(line: String, role: ChartText.Role, metrics: TextMetrics, gapBefore: Double)] {
        var notes: [(line: String, role: ChartText.Role, metrics: TextMetrics, gapBefore: Double)] = []
        for (note, role) in [(hasMissing ? style.footnote : "", ChartText.Role.footnote),
                             (data.spec.source, .source)] where !note.isEmpty {
            for (index, line) in measurer.wrap(note, width: contentWidth, fontSize: style.noteSize).enumerated() {
                let gap = index == 0 && !notes.isEmpty ? style.gapBetweenNotes : 0
                notes.append((line, role, measurer.measure(line, fontSize: style.noteSize), gap))
            }
        }
        return notes
    }

    /// The finest scale whose tick labels keep `tickLabelGap` apart; when even
    /// 0 and the top collide, only the top is labelled.
    private func chooseTicks(scale start: NiceScale, maximum: Double, plotLeft: Double, plotRight: Double)
        -> (scale: NiceScale, labels: [(value: Double, text: String, metrics: TextMetrics)]) {
        var scale = start
        while true {
            let labels = scale.ticks.map { value -> (value: Double, text: String, metrics: TextMetrics) in
                let string = AxisFormat.tick(value, step: scale.step, kind: data.kind)
                return (value, string, measurer.measure(string, fontSize: style.tickSize))
            }
            func x(_ value: Double) -> Double { plotLeft + value / scale.top * (plotRight - plotLeft) }
            let fits = zip(labels, labels.dropFirst()).allSatisfy { a, b in
                x(a.value) + a.metrics.width / 2 + style.tickLabelGap <= x(b.value) - b.metrics.width / 2
            }
            if fits { return (scale, labels) }
            if labels.count <= 2 { return (scale, Array(labels.suffix(1))) }
            scale = scale.coarser(kind: data.kind, maximum: maximum)
        }
    }

    private func text(_ string: String, x: Double, y: Double, _ metrics: TextMetrics, size: Double,
                      weight: ChartText.Weight = .regular, alignment: ChartText.Alignment = .left,
                      color: ChartColor, role: ChartText.Role) -> ChartText {
        ChartText(string: string, x: x, y: y, width: metrics.width, height: metrics.height,
                  baseline: metrics.baseline, fontSize: size, weight: weight, alignment: alignment,
                  color: color, role: role)
    }

    /// Rounds to half a point, so 1-pt lines and bar edges fall on whole
    /// pixels at 2× and stay crisp.
    private func snap(_ value: Double) -> Double { (value * 2).rounded() / 2 }
}
