/// Running heads and page numbers (页码) around a body page's type area.
struct Marginals {
    let type: Typography
    let geometry: PageGeometry
    let area: Rect
    let shaper: TextShaper

    /// `draft` as a finished page numbered `folio` ("1", "II"): "- 1 -" 7 mm
    /// under the type area, one character in from the outer edge (right on
    /// recto pages, left on versos); the running head (chapter title) above
    /// the type area except on a chapter's opening page. The page label is
    /// the folio.
    func frame(for draft: PageDraft, folio: String, recto: Bool, runningHead: String) -> PageFrame {
        var items = draft.items
        items += self.folio(folio, recto: recto)
        if !draft.opensChapter, !runningHead.isEmpty {
            let ruleY = area.y - geometry.runningHeadGap
            let head = TextSpec(markup: PangoMarkup.plain(runningHead), style: type.runningHead, width: area.width)
            let headLines = shaper.lines(head)
            let headTop = ruleY - 2 - headLines[0].height
            items.append(.text(TextPlacement(spec: head, lines: 0..<1,
                                             origin: Point(x: area.x, y: headTop - headLines[0].top))))
            items.append(.rule(from: Point(x: area.x, y: ruleY), to: Point(x: area.maxX, y: ruleY),
                               width: 0.5, color: .gray(0.55)))
        }
        return PageFrame(width: geometry.pageWidth, height: geometry.pageHeight, label: folio, items: items)
    }

    /// An empty page (the back of the cover, a verso left blank so that what
    /// follows starts on a recto), labelled `label` but printing nothing.
    func blank(label: String) -> PageFrame {
        PageFrame(width: geometry.pageWidth, height: geometry.pageHeight, label: label, items: [])
    }

    /// "- n -" as three pieces half an em apart. Set as one string, the
    /// narrow spaces between single characters make pdftotext read "-1-"
    /// (it takes evenly spaced single glyphs for letter-spaced CJK).
    private func folio(_ number: String, recto: Bool) -> [FrameItem] {
        let style = type.folio
        let gap = type.em * 0.5
        let parts = ["-", number, "-"].map {
            TextSpec(markup: PangoMarkup.plain($0), style: style, width: -1)
        }
        let widths = parts.map { shaper.naturalWidth($0.markup, style: style) }
        let total = widths.reduce(0, +) + 2 * gap
        var x = recto ? area.maxX - type.em - total : area.x + type.em
        // Pango centres glyphs in the line box; their top is half the leading down.
        let top = area.maxY + geometry.folioGap - (style.lineHeight - style.size) / 2
        var items: [FrameItem] = []
        for (part, width) in zip(parts, widths) {
            let line = shaper.lines(part)[0]
            items.append(.text(TextPlacement(spec: part, lines: 0..<1, origin: Point(x: x, y: top - line.top))))
            x += width + gap
        }
        return items
    }
}

/// Page numbers of the front matter.
enum RomanNumeral {
    /// 1 → I, 4 → IV, 14 → XIV; 0 and below as decimal digits.
    static func upper(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let symbols: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, out = ""
        for (amount, symbol) in symbols {
            while rest >= amount {
                out += symbol
                rest -= amount
            }
        }
        return out
    }
}
