import Document

/// Tables: a full-width grid, column widths from the cells' natural widths,
/// every cell its own wrapped text, the header row shaded.
extension FlowBuilder {
    mutating func table(_ table: Table, in context: FlowContext) -> [FlowItem] {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return [] }
        func cells(_ row: [[Inline]]) -> [MarkedText] {
            (0..<columns).map { $0 < row.count ? marked(row[$0]) : MarkedText(markup: "", links: []) }
        }
        let header = table.header.isEmpty ? nil : cells(table.header)
        let rows = table.rows.map(cells)
        var bodyStyles = (0..<columns).map { column -> TextStyle in
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
        let plainRows = table.rows.map { row in (0..<columns).map { $0 < row.count ? row[$0].plainText : "" } }
        let widths = columnWidths(header: header, rows: rows, plainRows: plainRows, headerStyles: headerStyles,
                                  bodyStyles: bodyStyles, total: context.width)
        // Justified lines of a few characters open visible gaps: narrow columns stay ragged.
        for column in bodyStyles.indices where widths[column] - 2 * cellPadding.x < 12 * bodyStyles[column].size {
            bodyStyles[column].justify = false
        }

        var items: [FlowItem] = []
        let anchors = table.anchor.map { [destination($0)] } ?? []
        let captionText = [table.number ?? "", table.caption.plainText].filter { !$0.isEmpty }.joined(separator: " ")
        if !captionText.isEmpty {
            var caption = text(PangoMarkup.plain(captionText), style: type.caption, in: context,
                               spaceBefore: em * 0.9, spaceAfter: em * 0.35)
            caption.keepWithNext = true
            caption.destinations = anchors
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
                              marks: context.marks, destinations: items.isEmpty ? anchors : []))
        return items
    }

    private var cellPadding: (x: Double, y: Double) { (em * 0.45, em * 0.3) }

    /// Natural widths where they fit, spare width shared in proportion.
    /// Otherwise narrow columns (natural width within a fair share of what
    /// is left) keep their natural width, and the wide ones wrap, sharing
    /// the rest in proportion to their natural widths, but none narrower
    /// than its longest Latin word or number (a code such as
    /// "JS2023-320104-0002" must not break), as long as those fit at all.
    private func columnWidths(header: [MarkedText]?, rows: [[MarkedText]], plainRows: [[String]],
                              headerStyles: [TextStyle], bodyStyles: [TextStyle], total: Double) -> [Double] {
        let padding = 2 * cellPadding.x
        let natural = headerStyles.indices.map { column -> Double in
            var widest = header.map { shaper.naturalWidth($0[column].markup, style: headerStyles[column]) } ?? 0
            for row in rows {
                widest = max(widest, shaper.naturalWidth(row[column].markup, style: bodyStyles[column]))
            }
            return widest.rounded(.up) + padding
        }
        let naturalSum = natural.reduce(0, +)
        if naturalSum <= total {
            return natural.map { $0 + (total - naturalSum) * $0 / naturalSum }
        }
        var minimum = bodyStyles.indices.map { column -> Double in
            let words = Self.longestWords(plainRows.map { $0[column] })
            let widest = words.map { shaper.naturalWidth(PangoMarkup.plain($0), style: bodyStyles[column]) }.max() ?? 0
            return min(natural[column], widest.rounded(.up) + padding)
        }
        if minimum.reduce(0, +) > total { minimum = minimum.map { _ in 0 } }

        var widths = Array(repeating: 0.0, count: natural.count)
        var open = Array(natural.indices)
        var remaining = total
        while !open.isEmpty {
            let fair = remaining / Double(open.count)
            var settled = open.filter { natural[$0] <= fair }
            if settled.isEmpty {
                let shares = Self.balancedShares(natural: open.map { natural[$0] }, padding: padding,
                                                 slack: bodyStyles[0].size, total: remaining)
                settled = open.indices.filter { shares[$0] < minimum[open[$0]] }.map { open[$0] }
                if settled.isEmpty {
                    for (index, column) in open.enumerated() { widths[column] = shares[index] }
                    break
                }
                for column in settled { widths[column] = minimum[column] }
            } else {
                for column in settled { widths[column] = natural[column] }
            }
            for column in settled { remaining -= widths[column] }
            open.removeAll { settled.contains($0) }
        }
        return widths
    }

    /// `total` shared between columns of `natural` widths (padding
    /// included) that must wrap: the fewest lines `k` their widest cells can
    /// all be set in — each column as wide as a `k`th of its text plus
    /// `slack` for where lines happen to break — and what is left over in
    /// proportion to the natural widths. In proportion alone when no `k`
    /// up to 12 fits.
    static func balancedShares(natural: [Double], padding: Double, slack: Double, total: Double) -> [Double] {
        let sum = natural.reduce(0, +)
        for lines in 2...12 {
            let need = natural.map { min($0, ($0 - padding) / Double(lines) + slack + padding) }
            let used = need.reduce(0, +)
            if used <= total {
                return zip(need, natural).map { $0 + (total - used) * $1 / sum }
            }
        }
        return natural.map { total * $0 / sum }
    }

    /// The longest few runs of Latin letters, digits and punctuation (no
    /// spaces, no CJK) in `cells`, by characters: the candidates for a
    /// column's widest unbreakable word.
    static func longestWords(_ cells: [String]) -> [String] {
        var best: [String] = []
        var seen = Set<String>()
        for cell in cells {
            var word = ""
            for scalar in (cell + " ").unicodeScalars {
                if scalar.properties.isWhitespace || CJKJustifier.isCJK(scalar) {
                    if word.count >= 4, seen.insert(word).inserted {
                        best.append(word)
                        best.sort { $0.count > $1.count }
                        if best.count > 3 { best.removeLast() }
                    }
                    word = ""
                } else {
                    word.unicodeScalars.append(scalar)
                }
            }
        }
        return best
    }

    private func row(cells: [MarkedText], styles: [TextStyle], widths: [Double], x: Double, shaded: Bool) -> FlowBox {
        let padding = cellPadding
        let specs = cells.indices.map {
            TextSpec(cells[$0], style: styles[$0], width: max(1, widths[$0] - 2 * padding.x))
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
        // Two strokes, the horizontal lines and then the vertical ones, cross as the separate lines did;
        // no two lines of one stroke overlap (rows and columns are wider than the lines).
        let grid = RGB.gray(0.45)
        items.append(.rules([Segment(from: Point(x: x, y: 0), to: Point(x: right, y: 0)),
                             Segment(from: Point(x: x, y: height), to: Point(x: right, y: height))],
                            width: 0.5, color: grid))
        var edge = x
        var verticals: [Segment] = []
        for width in [0] + widths {
            edge += width
            verticals.append(Segment(from: Point(x: edge, y: 0), to: Point(x: edge, y: height)))
        }
        items.append(.rules(verticals, width: 0.5, color: grid))
        return FlowBox(height: height, items: items)
    }
}
