import Document

/// Tables: a full-width grid, column widths from the cells' natural widths,
/// every cell its own wrapped text, the header row shaded.
extension FlowBuilder {
    mutating func table(_ table: Table, in context: FlowContext) -> [FlowItem] {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return [] }
        func cells(_ row: [[Inline]]) -> [String] {
            (0..<columns).map { $0 < row.count ? PangoMarkup.markup(row[$0], typography: type) : "" }
        }
        let header = table.header.isEmpty ? nil : cells(table.header)
        let rows = table.rows.map(cells)
        let bodyStyles = (0..<columns).map { column -> TextStyle in
            var style = type.tableCell
            switch column < table.alignments.count ? table.alignments[column] : .left {
            case .left:
                style.alignment = .left
                style.justify = true
            case .center: style.alignment = .center
            case .right: style.alignment = .right
            }
            return style
        }
        let headerStyles = Array(repeating: type.tableHeader, count: columns)
        let widths = columnWidths(header: header, rows: rows, headerStyles: headerStyles,
                                  bodyStyles: bodyStyles, total: context.width)

        var items: [FlowItem] = []
        let captionText = [table.number ?? "", table.caption.plainText].filter { !$0.isEmpty }.joined(separator: " ")
        if !captionText.isEmpty {
            var caption = text(PangoMarkup.plain(captionText), style: type.caption, in: context,
                               spaceBefore: em * 0.9, spaceAfter: em * 0.35)
            caption.keepWithNext = true
            items.append(caption)
        }
        var continuation: FlowBox?
        if let number = table.number {
            var style = type.caption
            style.weight = .regular
            let spec = TextSpec(markup: PangoMarkup.plain("续" + number), style: style, width: context.width)
            let lines = shaper.lines(spec)
            continuation = FlowBox(height: shaper.height(spec) + em * 0.35, items: [
                .text(TextPlacement(spec: spec, lines: 0..<lines.count, origin: Point(x: context.x, y: -lines[0].top))),
            ])
        }
        let flow = FlowTable(
            continuation: continuation,
            header: header.map { row(cells: $0, styles: headerStyles, widths: widths, x: context.x, shaded: true) },
            rows: rows.map { row(cells: $0, styles: bodyStyles, widths: widths, x: context.x, shaded: false) })
        items.append(FlowItem(content: .table(flow), spaceBefore: em * 0.9, spaceAfter: em * 0.9,
                              marks: context.marks))
        return items
    }

    private var cellPadding: (x: Double, y: Double) { (em * 0.45, em * 0.3) }

    /// Natural widths where they fit, spare width shared in proportion.
    /// Otherwise narrow columns (natural width within a fair share of what
    /// is left) keep their natural width, and the wide ones wrap, sharing
    /// the rest in proportion to their natural widths.
    private func columnWidths(header: [String]?, rows: [[String]], headerStyles: [TextStyle],
                              bodyStyles: [TextStyle], total: Double) -> [Double] {
        let padding = 2 * cellPadding.x
        let natural = headerStyles.indices.map { column -> Double in
            var widest = header.map { shaper.naturalWidth($0[column], style: headerStyles[column]) } ?? 0
            for row in rows {
                widest = max(widest, shaper.naturalWidth(row[column], style: bodyStyles[column]))
            }
            return widest.rounded(.up) + padding
        }
        let naturalSum = natural.reduce(0, +)
        if naturalSum <= total {
            return natural.map { $0 + (total - naturalSum) * $0 / naturalSum }
        }
        var widths = Array(repeating: 0.0, count: natural.count)
        var wide = Array(natural.indices)
        var remaining = total
        while true {
            let fair = remaining / Double(wide.count)
            let narrow = wide.filter { natural[$0] <= fair }
            if narrow.isEmpty { break }
            for column in narrow {
                widths[column] = natural[column]
                remaining -= natural[column]
            }
            wide.removeAll { narrow.contains($0) }
        }
        let wideSum = wide.reduce(0) { $0 + natural[$1] }
        for column in wide { widths[column] = remaining * natural[column] / wideSum }
        return widths
    }

    private func row(cells: [String], styles: [TextStyle], widths: [Double], x: Double, shaded: Bool) -> FlowBox {
        let padding = cellPadding
        let specs = cells.indices.map {
            TextSpec(markup: cells[$0], style: styles[$0], width: max(1, widths[$0] - 2 * padding.x))
        }
        let content = specs.map { shaper.height($0) }.max() ?? 0
        let height = content + 2 * padding.y
        let right = x + widths.reduce(0, +)
        var items: [FrameItem] = []
        if shaded {
            items.append(.fill(Rect(x: x, y: 0, width: right - x, height: height), .gray(0.9)))
        }
        var left = x
        for (index, spec) in specs.enumerated() {
            let lines = shaper.lines(spec)
            let textHeight = lines.reduce(0) { $0 + $1.height }
            let top = padding.y + (content - textHeight) / 2
            items.append(.text(TextPlacement(spec: spec, lines: 0..<lines.count,
                                             origin: Point(x: left + padding.x, y: top - lines[0].top))))
            left += widths[index]
        }
        let grid = RGB.gray(0.45)
        items.append(.rule(from: Point(x: x, y: 0), to: Point(x: right, y: 0), width: 0.5, color: grid))
        items.append(.rule(from: Point(x: x, y: height), to: Point(x: right, y: height), width: 0.5, color: grid))
        var edge = x
        for width in [0] + widths {
            edge += width
            items.append(.rule(from: Point(x: edge, y: 0), to: Point(x: edge, y: height), width: 0.5, color: grid))
        }
        return FlowBox(height: height, items: items)
    }
}
