import Model

/// What every chart kind shares, decided the same way for all: the title
/// (bold, wrapped in balanced lines) at the top, the notes (the footnote
/// about "—" when a value is missing, the data's notes, the source) at the
/// bottom-left, a legend of swatches, and text items measured with Pango.
///
/// A kind's layout asks for the space between them, adds its marks to
/// `items` and its texts to `texts`, and calls `finish(height:)`.
struct ChartFrame {
    let data: ChartData
    let width: Double
    let measurer: TextMeasurer
    let style = ChartStyle()
    /// Marks, painted first, in order.
    var items: [ChartItem] = []
    /// Texts, painted over every mark.
    var texts: [ChartText] = []

    init(data: ChartData, width: Double, measurer: TextMeasurer) {
        self.data = data
        self.width = width
        self.measurer = measurer
    }

    var contentWidth: Double { max(1, width - 2 * style.margin) }

    // MARK: Title

    /// Places the title from the top margin down; returns where the content starts.
    mutating func placeTitle() -> Double {
        var y = style.margin
        guard !data.spec.title.isEmpty else { return y }
        let lines = measurer.wrap(data.spec.title, width: contentWidth, fontSize: style.titleSize, weight: .bold,
                                  balanced: true)
        for line in lines {
            let metrics = measurer.measure(line, fontSize: style.titleSize, weight: .bold)
            texts.append(text(line, x: style.margin, y: y, metrics, size: style.titleSize, weight: .bold,
                              role: .title))
            y += metrics.height
        }
        return y + style.gapAfterTitle
    }

    // MARK: Notes

    struct Note {
        var line: String
        var role: ChartText.Role
        var metrics: TextMetrics
        var gapBefore: Double
    }

    /// The footnote (with `hasMissing`), the data's notes and the source,
    /// each wrapped to the width.
    func notes(hasMissing: Bool, footnote: String? = nil) -> [Note] {
        var notes: [Note] = []
        var blocks: [(String, ChartText.Role)] = []
        if hasMissing { blocks.append((footnote ?? style.footnote, .footnote)) }
        blocks += data.notes.map { ($0, .footnote) }
        blocks.append((data.spec.source, .source))
        for (note, role) in blocks where !note.isEmpty {
            for (index, line) in measurer.wrap(note, width: contentWidth, fontSize: style.noteSize).enumerated() {
                let gap = index == 0 && !notes.isEmpty ? style.gapBetweenNotes : 0
                notes.append(Note(line: line, role: role, metrics: measurer.measure(line, fontSize: style.noteSize),
                                  gapBefore: gap))
            }
        }
        return notes
    }

    /// The height the notes take with the gap above them (0 without notes).
    func height(of notes: [Note]) -> Double {
        notes.isEmpty ? 0 : style.gapAboveNotes + notes.reduce(0) { $0 + $1.metrics.height + $1.gapBefore }
    }

    /// Places the notes so that the last ends at the bottom margin of a chart `height` high.
    mutating func place(_ notes: [Note], chartHeight: Double) {
        var y = chartHeight - style.margin - notes.reduce(0) { $0 + $1.metrics.height + $1.gapBefore }
        for note in notes {
            y += note.gapBefore
            texts.append(text(note.line, x: style.margin, y: y, note.metrics, size: style.noteSize,
                              color: Palette.secondaryText, role: note.role))
            y += note.metrics.height
        }
    }

    // MARK: Legend

    /// The legend's entries in rows that fit the width: (entry, x offset) per row.
    private func legendRows(_ entries: [(label: String, color: ChartColor)])
        -> [[(label: String, color: ChartColor, x: Double, metrics: TextMetrics)]] {
        var rows: [[(label: String, color: ChartColor, x: Double, metrics: TextMetrics)]] = [[]]
        var x = 0.0
        for entry in entries {
            let metrics = measurer.measure(entry.label, fontSize: style.legendSize)
            let entryWidth = style.swatchSize + style.swatchGap + metrics.width
            if x > 0 && x + entryWidth > contentWidth {
                rows.append([])
                x = 0
            }
            rows[rows.count - 1].append((entry.label, entry.color, x, metrics))
            x += entryWidth + style.legendEntryGap
        }
        return rows
    }

    /// The height of the legend with the gap under it; 0 for fewer than two
    /// entries (one series needs no legend).
    func legendHeight(_ entries: [(label: String, color: ChartColor)]) -> Double {
        guard entries.count > 1 else { return 0 }
        let rows = legendRows(entries)
        let lineHeight = measurer.measure("优良", fontSize: style.legendSize).height
        return Double(rows.count) * lineHeight + Double(rows.count - 1) * style.legendRowGap + style.gapAfterLegend
    }

    /// Places the legend (left-aligned, from `y`) when it has two entries or more.
    mutating func placeLegend(_ entries: [(label: String, color: ChartColor)], y top: Double) {
        guard entries.count > 1 else { return }
        var y = top
        for row in legendRows(entries) {
            for entry in row {
                let x = style.margin + entry.x
                let swatchY = snap(y + (entry.metrics.height - style.swatchSize) / 2)
                if entry.color.contrastRatio(against: Palette.background) < 1.3 {
                    // A light swatch gets a hairline edge so it does not melt into the page.
                    items.append(.rect(ChartRect(x: snap(x) - 0.5, y: swatchY - 0.5, width: style.swatchSize + 1,
                                                 height: style.swatchSize + 1, fill: Palette.axis, role: .swatch)))
                }
                items.append(.rect(ChartRect(x: snap(x), y: swatchY, width: style.swatchSize,
                                             height: style.swatchSize, fill: entry.color, role: .swatch)))
                texts.append(text(entry.label, x: x + style.swatchSize + style.swatchGap, y: y, entry.metrics,
                                  size: style.legendSize, role: .legendLabel))
            }
            y += (row.first?.metrics.height ?? 0) + style.legendRowGap
        }
    }

    // MARK: Pieces

    /// A text item from measured metrics.
    func text(_ string: String, x: Double, y: Double, _ metrics: TextMetrics, size: Double,
              weight: ChartText.Weight = .regular, alignment: ChartText.Alignment = .left,
              color: ChartColor = Palette.text, role: ChartText.Role, angle: Double = 0) -> ChartText {
        ChartText(string: string, x: x, y: y, width: metrics.width, height: metrics.height,
                  baseline: metrics.baseline, fontSize: size, weight: weight, alignment: alignment,
                  color: color, role: role, angle: angle)
    }

    /// A text measured here, with its box vertically centred on `centerY`.
    func text(_ string: String, x: Double, centerY: Double, size: Double, weight: ChartText.Weight = .regular,
              alignment: ChartText.Alignment = .left, color: ChartColor = Palette.text,
              role: ChartText.Role) -> ChartText {
        let metrics = measurer.measure(string, fontSize: size, weight: weight)
        return text(string, x: x, y: centerY - metrics.height / 2, metrics, size: size, weight: weight,
                    alignment: alignment, color: color, role: role)
    }

    /// Rounds to half a point, so 1-pt lines and bar edges fall on whole
    /// pixels at 2× and stay crisp.
    func snap(_ value: Double) -> Double { (value * 2).rounded() / 2 }

    /// The layout: a background, the marks, then the texts.
    func finish(height: Double) -> ChartLayout {
        let background = ChartItem.rect(ChartRect(x: 0, y: 0, width: width, height: height,
                                                  fill: Palette.background, role: .background))
        return ChartLayout(width: width, height: height, items: [background] + items + texts.map(ChartItem.text))
    }
}
