#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// Lays out `ChartSpec.Kind.donut`: the items as slices clockwise from 12
/// o'clock in data order (grades worst to best, in the grade colours),
/// white gaps between slices, the total in the centre ("合计" above it),
/// and beside the ring — or under it when that gives a larger ring — one line
/// per item: swatch, name, value and share ("优良  35 次  29.9%").
///
/// An item without a value is listed with "—" and the footnote, and draws
/// no slice; shares are of the items that have a value.
struct DonutLayout {
    let data: ChartData
    let width: Double
    let height: Double
    let measurer: TextMeasurer

    func make() -> ChartLayout {
        var frame = ChartFrame(data: data, width: width, measurer: measurer)
        let m = measurer, s = frame.style
        let top = frame.placeTitle()
        let hasMissing = data.items.contains { $0.finiteValue == nil }
        let notes = frame.notes(hasMissing: hasMissing)
        let total = data.items.compactMap(\.finiteValue).reduce(0, +)
        let unit = data.spec.unit.isEmpty ? "" : " " + data.spec.unit
        let size = s.labelSizes[1]

        // The list: name, value and share columns.
        let names = data.items.map { m.measure($0.label, fontSize: size) }
        let amounts = data.items.map { Formatting.format($0.value, as: data.kind) + ($0.finiteValue == nil ? "" : unit) }
        let shares = data.items.map { item in
            item.finiteValue.flatMap { total > 0 ? Formatting.format($0 / total, as: .percent) : nil } ?? Formatting.missing
        }
        let amountWidth = amounts.map { m.measure($0, fontSize: size).width }.max() ?? 0
        let shareWidth = shares.map { m.measure($0, fontSize: size).width }.max() ?? 0
        let nameWidth = names.map(\.width).max() ?? 0
        let columnGap = 12.0
        let listWidth = s.swatchSize + s.swatchGap + nameWidth + columnGap + amountWidth + columnGap + shareWidth
        let rowHeight = (names.map(\.height).max() ?? 14) + 6
        let listHeight = rowHeight * Double(data.items.count)

        let bottom = height - s.margin - frame.height(of: notes)
        let available = max(60, bottom - top)
        // The list beside the ring or under it, whichever gives the larger ring.
        let besideDiameter = min(available, frame.contentWidth - listWidth - 24, 320)
        let underDiameter = min(frame.contentWidth, max(120, available - listHeight - 12), 260)
        let sideBySide = besideDiameter >= underDiameter
        let diameter = sideBySide ? besideDiameter : underDiameter
        let radius = diameter / 2
        // The ring and the list as one block, centred both ways in the free space.
        let blockWidth = sideBySide ? diameter + 24 + listWidth : max(diameter, listWidth)
        let blockHeight = sideBySide ? max(diameter, listHeight) : diameter + 12 + listHeight
        let blockTop = top + max(0, (available - blockHeight) / 2)
        let left = s.margin + (frame.contentWidth - blockWidth) / 2
        let center = (x: sideBySide ? left + radius : s.margin + frame.contentWidth / 2,
                      y: sideBySide ? blockTop + blockHeight / 2 : blockTop + radius)
        var listTop = sideBySide ? center.y - listHeight / 2 : blockTop + diameter + 12
        let listLeft = sideBySide ? left + diameter + 24 : s.margin + (frame.contentWidth - listWidth) / 2
        let finalHeight = max(height, blockTop + blockHeight + frame.height(of: notes) + s.margin)

        // Slices: ring of width 38% of the radius, from 12 o'clock clockwise.
        let inner = radius * 0.62
        var angle = -Double.pi / 2
        for (index, item) in data.items.enumerated() {
            guard let value = item.finiteValue, value > 0, total > 0 else { continue }
            let sweep = value / total * 2 * Double.pi
            let color = Palette.seriesColor(index, name: item.label)
            let end = angle + sweep
            frame.items.append(.path(ChartPath(elements: [
                .move(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle)),
                .arc(centerX: center.x, centerY: center.y, radius: radius, start: angle, end: end),
                .line(x: center.x + inner * cos(end), y: center.y + inner * sin(end)),
                .arc(centerX: center.x, centerY: center.y, radius: inner, start: end, end: angle),
                .close,
            ], fill: color, stroke: sweep < 2 * Double.pi - 1e-9 ? Palette.white : nil, strokeWidth: 1.5,
               role: .slice, series: index)))
            angle = end
        }
        if total <= 0 {
            frame.items.append(.path(ChartPath(elements: [
                .move(x: center.x + radius, y: center.y),
                .arc(centerX: center.x, centerY: center.y, radius: radius, start: 0, end: 2 * Double.pi), .close,
                .move(x: center.x + inner, y: center.y),
                .arc(centerX: center.x, centerY: center.y, radius: inner, start: 2 * Double.pi, end: 0), .close,
            ], fill: Palette.missing, role: .slice)))
        }

        // Centre: "合计" over the total.
        let totalText = data.items.contains { $0.finiteValue != nil } ? Formatting.format(total, as: data.kind) + unit
            : Formatting.missing
        let totalSize = min(22, inner * 0.45)
        let caption = m.measure("合计", fontSize: size)
        let totalMetrics = m.measure(totalText, fontSize: totalSize, weight: .bold)
        let stack = caption.height + totalMetrics.height
        frame.texts.append(frame.text("合计", x: center.x, y: center.y - stack / 2, caption, size: size,
                                      alignment: .center, color: Palette.secondaryText, role: .cellLabel))
        frame.texts.append(frame.text(totalText, x: center.x, y: center.y - stack / 2 + caption.height, totalMetrics,
                                      size: totalSize, weight: .bold, alignment: .center, role: .cellLabel))

        // The list.
        for (index, item) in data.items.enumerated() {
            let mid = listTop + rowHeight / 2
            frame.items.append(.rect(ChartRect(x: frame.snap(listLeft), y: frame.snap(mid - s.swatchSize / 2),
                                               width: s.swatchSize, height: s.swatchSize,
                                               fill: Palette.seriesColor(index, name: item.label), role: .swatch)))
            var x = listLeft + s.swatchSize + s.swatchGap
            frame.texts.append(frame.text(item.label, x: x, centerY: mid, size: size, role: .seriesLabel))
            x += nameWidth + columnGap + amountWidth
            frame.texts.append(frame.text(amounts[index], x: x, centerY: mid, size: size, alignment: .right,
                                          role: .dataLabel))
            x += columnGap + shareWidth
            frame.texts.append(frame.text(shares[index], x: x, centerY: mid, size: size, alignment: .right,
                                          color: Palette.secondaryText, role: .dataLabel))
            listTop += rowHeight
        }
        frame.place(notes, chartHeight: finalHeight)
        return frame.finish(height: finalHeight)
    }
}
