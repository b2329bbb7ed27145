import Model

/// Lays out `ChartSpec.Kind.scatter`: points (x, y) on one scale for both
/// axes from 0, the y = x line (solid grey) and the exceedance line
/// y = x + `spec.target` (dashed orange), each named at its upper end;
/// points above the exceedance line in orange, the rest in blue, with a
/// legend; axis titles from the data (`xTitle` under the x axis, `yTitle`
/// above the y axis).
///
/// Up to `maximumPoints` points are drawn as open circles (one path per
/// colour, so the SVG grows by tens of bytes a point); beyond that the
/// plot is binned into squares shaded by how many points fall in each, so
/// the output stays bounded whatever the number of device-days.
struct ScatterLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let measurer: TextMeasurer
    static let maximumPoints = 1_500
    static let bins = 40

    func make() -> ChartLayout {
        var frame = ChartFrame(data: data, width: width, measurer: measurer)
        let m = measurer, s = frame.style
        var y = frame.placeTitle()
        let margin = data.spec.target.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        let points = data.points.filter { $0.x.isFinite && $0.y.isFinite }
        let dense = points.count > Self.maximumPoints
        let over = { (p: ChartPoint) in margin.map { p.y - p.x > $0 } ?? false }
        let legendText = margin.map { "设备高出国控点 \(AxisFormat.value($0, kind: data.kind)) μg/m³ 以上" } ?? ""
        if points.isEmpty { return empty(frame: frame, top: y) }
        let legend: [(label: String, color: ChartColor)] = dense || margin == nil ? []
            : [(legendText, Palette.target), ("其余设备日", Palette.bar)]
        frame.placeLegend(legend, y: y)
        y += frame.legendHeight(legend)
        if !data.yTitle.isEmpty {
            let metrics = m.measure(data.yTitle, fontSize: s.tickSize)
            frame.texts.append(frame.text(data.yTitle, x: s.margin, y: y, metrics, size: s.tickSize,
                                          color: Palette.secondaryText, role: .axisTitle))
            y += metrics.height + 4
        }
        let notes = frame.notes(hasMissing: dense, footnote: "注：设备日较多，按格汇总，颜色越深表示该格的设备日越多")
        let tickHeight = m.measure("0", fontSize: s.tickSize).height
        let xTitleHeight = data.xTitle.isEmpty ? 0 : m.measure(data.xTitle, fontSize: s.tickSize).height + 2
        let plotTop = y + tickHeight / 2
        let plotBottom = max(plotTop + 60, height - s.margin - frame.height(of: notes) - xTitleHeight - tickHeight
                             - s.gapAboveTicks)
        let finalHeight = max(height, plotBottom + s.gapAboveTicks + tickHeight + xTitleHeight + frame.height(of: notes)
                              + s.margin)
        let maximum = points.map { max($0.x, $0.y) }.max() ?? 0
        let ticks = AxisTicks(kind: data.kind, measurer: m, fontSize: s.tickSize)
        var (scale, yLabels) = ticks.vertical(maximum: maximum, height: plotBottom - plotTop, gap: 6)
        let plotLeft = frame.snap(s.margin + (yLabels.map(\.metrics.width).max() ?? 0) + 6)
        let topWidth = m.measure(AxisFormat.tick(scale.top, step: scale.step, kind: data.kind), fontSize: s.tickSize).width
        let plotRight = frame.snap(width - s.margin - topWidth / 2)
        let xFit = ticks.horizontal(from: scale, maximum: maximum, left: plotLeft, right: plotRight, gap: s.tickLabelGap)
        if xFit.scale != scale { (scale, yLabels) = (xFit.scale, ticks.labels(xFit.scale)) }
        func px(_ v: Double) -> Double { plotLeft + min(max(v, 0), scale.top) / scale.top * (plotRight - plotLeft) }
        func py(_ v: Double) -> Double { plotBottom - min(max(v, 0), scale.top) / scale.top * (plotBottom - plotTop) }

        for label in yLabels {
            let ty = frame.snap(py(label.value))
            frame.items.append(.line(ChartLine(x1: plotLeft, y1: ty, x2: plotRight, y2: ty,
                                               color: label.value == 0 ? Palette.axis : Palette.gridline,
                                               width: s.gridlineWidth, role: label.value == 0 ? .axis : .gridline)))
            frame.texts.append(frame.text(label.text, x: plotLeft - 6, y: ty - label.metrics.height / 2, label.metrics,
                                          size: s.tickSize, alignment: .right, color: Palette.secondaryText,
                                          role: .tickLabel))
        }
        for label in xFit.labels {
            let tx = frame.snap(px(label.value))
            frame.items.append(.line(ChartLine(x1: tx, y1: plotTop, x2: tx, y2: plotBottom,
                                               color: label.value == 0 ? Palette.axis : Palette.gridline,
                                               width: s.gridlineWidth, role: label.value == 0 ? .axis : .gridline)))
            frame.texts.append(frame.text(label.text, x: tx, y: plotBottom + s.gapAboveTicks, label.metrics,
                                          size: s.tickSize, alignment: .center, color: Palette.secondaryText,
                                          role: .tickLabel))
        }
        if !data.xTitle.isEmpty {
            let metrics = m.measure(data.xTitle, fontSize: s.tickSize)
            frame.texts.append(frame.text(data.xTitle, x: (plotLeft + plotRight) / 2,
                                          y: plotBottom + s.gapAboveTicks + tickHeight + 2, metrics, size: s.tickSize,
                                          alignment: .center, color: Palette.secondaryText, role: .axisTitle))
        }

        if dense {
            frame.items += DensityBins.items(points, scale: scale.top, bins: Self.bins, left: plotLeft, right: plotRight,
                                             top: plotTop, bottom: plotBottom)
        } else {
            for (color, selected) in [(Palette.bar, points.filter { !over($0) }), (Palette.target, points.filter(over))]
            where !selected.isEmpty {
                let elements = selected.flatMap { p -> [ChartPath.Element] in
                    let x = px(p.x), y = py(p.y)
                    return [.move(x: x + 2.5, y: y), .arc(centerX: x, centerY: y, radius: 2.5, start: 0, end: 6.283185307179586),
                            .close]
                }
                frame.items.append(.path(ChartPath(elements: elements, stroke: color, strokeWidth: 1, role: .marker,
                                                   series: color == Palette.bar ? 0 : 1)))
            }
        }

        // Reference lines, each named near its upper end: y = x to its right, the
        // exceedance line to its left (above it, where exceeding points are).
        var lines: [(offset: Double, label: String, color: ChartColor, dash: [Double])] = [(0, "y = x", Palette.axis, [])]
        if let margin {
            lines.append((margin, "超标线 y = x + \(AxisFormat.value(margin, kind: data.kind))", Palette.target, s.targetDash))
        }
        func value(atY screenY: Double) -> Double { (plotBottom - screenY) / (plotBottom - plotTop) * scale.top }
        for line in lines where line.offset < scale.top {
            frame.items.append(.line(ChartLine(x1: px(0), y1: py(line.offset), x2: px(scale.top - line.offset),
                                               y2: py(scale.top), color: line.color, width: s.targetWidth,
                                               dash: line.dash, role: .reference)))
            let metrics = m.measure(line.label, fontSize: s.targetSize)
            let color = line.color == Palette.axis ? Palette.secondaryText : line.color
            if line.offset == 0 {
                let labelY = plotTop + 4 + metrics.height + 6
                let x = min(px(value(atY: labelY) - line.offset) + 6, plotRight - metrics.width)
                frame.texts.append(frame.text(line.label, x: x, y: labelY, metrics, size: s.targetSize, color: color,
                                              role: .referenceLabel))
            } else {
                let labelY = plotTop + 4
                let right = px(value(atY: labelY + metrics.height) - line.offset) - 6
                let x = max(right, plotLeft + 4 + metrics.width)
                frame.texts.append(frame.text(line.label, x: x, y: labelY, metrics, size: s.targetSize,
                                              alignment: .right, color: color, role: .referenceLabel))
            }
        }
        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }

    /// No points: no axes to mislead, only a message where the plot would be.
    private func empty(frame start: ChartFrame, top: Double) -> ChartLayout {
        var frame = start
        let notes = frame.notes(hasMissing: false)
        let bottom = height - frame.style.margin - frame.height(of: notes)
        frame.texts.append(frame.text("无可比对的设备日", x: width / 2, centerY: (top + bottom) / 2,
                                      size: frame.style.labelSizes[1], alignment: .center,
                                      color: Palette.secondaryText, role: .footnote))
        frame.place(notes, chartHeight: height)
        return frame.finish(height: height)
    }
}
