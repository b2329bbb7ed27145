import Document

/// The band that opens a case: a block of the accent colour across the
/// type area holding the case's title in large white type, under it where
/// and when ("南京市秦淮区 · 2025年"), and its technology tags as chips.
extension FlowBuilder {
    func titleBand(_ study: CaseStudy, width: Double) -> FlowBox {
        let padding = (x: em * 1.2, top: em * 0.9, bottom: em * 1.1)
        let inner = width - 2 * padding.x
        var items: [FrameItem] = []
        var y = padding.top

        /// Sets `markup` in `style` from `y` across `width` (at most the inner width); returns its height.
        func place(_ markup: String, _ style: TextStyle, width: Double) -> Double {
            let spec = TextSpec(markup: markup, style: style, width: width)
            let lines = shaper.lines(spec)
            items.append(.text(TextPlacement(spec: spec, lines: 0..<lines.count,
                                             origin: Point(x: padding.x, y: y - lines[0].top))))
            return shaper.height(spec)
        }

        if let (first, second) = titleLines(study.title, width: inner) {
            y += place(PangoMarkup.plain(first) + PangoMarkup.lineSeparator + PangoMarkup.plain(second), type.caseTitle,
                       width: inner)
        } else {
            let title = PangoMarkup.plain(study.title)
            y += place(title, type.caseTitle, width: shaper.balancedWidth(title, style: type.caseTitle, width: inner))
        }
        y += em * 0.15
        y += place(PangoMarkup.plain(Self.placeAndYear(study)), type.caseMeta, width: inner)
        if !study.tags.isEmpty {
            y += em * 0.55
            y += chips(study.tags, x: padding.x, y: y, width: inner, into: &items)
        }
        y += padding.bottom
        items.insert(.fill(Rect(x: 0, y: 0, width: width, height: y), .accent), at: 0)
        return FlowBox(height: y, items: items)
    }

    /// A title too long for one line of `width`, split where a Chinese
    /// title reads well — after 的、与、和、及、暨, a comma or colon, at a
    /// space, before a dash — into the two most even lines that fit; nil when
    /// it fits one line or no such place gives two lines that fit (Pango then
    /// wraps it, lines balanced).
    func titleLines(_ title: String, width: Double) -> (String, String)? {
        let style = type.caseTitle
        func fits(_ text: String) -> Double? {
            let natural = shaper.naturalWidth(PangoMarkup.plain(text), style: style)
            return natural <= width ? natural : nil
        }
        guard fits(title) == nil else { return nil }
        let characters = Array(title)
        var best: (lines: (String, String), imbalance: Double)?
        for index in 1..<max(1, characters.count) {
            let left = characters[index - 1], right = characters[index]
            guard "的与和及暨，,：:、 ".contains(left) || right == "—" else { continue }
            let first = String(characters[..<index]).trimmingSpaces, second = String(characters[index...]).trimmingSpaces
            guard !first.isEmpty, !second.isEmpty, let a = fits(first), let b = fits(second) else { continue }
            if abs(a - b) < best?.imbalance ?? .infinity { best = ((first, second), abs(a - b)) }
        }
        return best?.lines
    }

    /// "南京市秦淮区 · 2025年".
    static func placeAndYear(_ study: CaseStudy) -> String {
        "\(study.region.label) · \(study.year)年"
    }

    /// The tags as chips in rows from (`x`, `y`), wrapping at `width`; returns the rows' height.
    private func chips(_ tags: [String], x: Double, y: Double, width: Double, into items: inout [FrameItem]) -> Double {
        let style = type.caseTag
        let padding = (x: em * 0.5, y: em * 0.2)
        let height = style.lineHeight + 2 * padding.y
        let gap = em * 0.45, rowGap = em * 0.4
        var left = x, top = y
        for tag in tags {
            let markup = PangoMarkup.plain(tag)
            let textWidth = min(shaper.naturalWidth(markup, style: style), width - 2 * padding.x)
            let chipWidth = textWidth + 2 * padding.x
            if left > x, left + chipWidth > x + width + 0.01 {
                left = x
                top += height + rowGap
            }
            let spec = TextSpec(markup: markup, style: style, width: textWidth + 0.5)
            let line = shaper.lines(spec)[0]
            items.append(.fill(Rect(x: left, y: top, width: chipWidth, height: height), .bandChip))
            items.append(.text(TextPlacement(spec: spec, lines: 0..<1,
                                             origin: Point(x: left + padding.x, y: top + padding.y - line.top))))
            left += chipWidth + gap
        }
        return top + height - y
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
