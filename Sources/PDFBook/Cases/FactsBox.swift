import Document
import Model

/// The facts box under a case's title band: what the datasets say about its
/// project, as a ruled two-column table of labels (shaded) and values,
/// accent rules above and below. Never broken across pages.
extension FlowBuilder {
    /// The rows of `study`'s facts box (``CaseStudy/factRows``).
    static func facts(of study: CaseStudy) -> [(label: String, value: String)] { study.factRows }

    static let longestFactLabel = CaseStudy.latestGradeLabel

    func factsBox(_ rows: [(label: String, value: String)], width: Double) -> FlowBox {
        let padding = (x: em * 0.7, y: em * 0.38)
        let labelStyle = type.factLabel
        var valueStyle = type.factValue
        valueStyle.justify = true
        // One label column for every case of the book: as wide as the longest label any case has.
        let labelColumn = (rows.map(\.label) + [Self.longestFactLabel])
            .map { shaper.naturalWidth(PangoMarkup.plain($0), style: labelStyle) }
            .reduce(0, max).rounded(.up) + 2 * padding.x
        let valueWidth = width - labelColumn - 2 * padding.x
        var items: [FrameItem] = []
        var fills: [FrameItem] = []
        var y = 0.0
        for (index, row) in rows.enumerated() {
            let label = TextSpec(markup: PangoMarkup.plain(row.label), style: labelStyle, width: labelColumn - 2 * padding.x)
            let value = TextSpec(markup: PangoMarkup.plain(row.value), style: valueStyle, width: valueWidth)
            let labelLines = shaper.lines(label), valueLines = shaper.lines(value)
            let content = max(shaper.height(label), shaper.height(value))
            let height = content + 2 * padding.y
            fills.append(.fill(Rect(x: 0, y: y, width: labelColumn, height: height), .tint))
            items.append(.text(TextPlacement(spec: label, lines: 0..<labelLines.count,
                                             origin: Point(x: padding.x, y: y + padding.y - labelLines[0].top))))
            items.append(.text(TextPlacement(spec: value, lines: 0..<valueLines.count,
                                             origin: Point(x: labelColumn + padding.x, y: y + padding.y - valueLines[0].top))))
            y += height
            if index < rows.count - 1 {
                items.append(.rule(from: Point(x: 0, y: y), to: Point(x: width, y: y), width: 0.5, color: .gray(0.78)))
            }
        }
        items.append(.rule(from: Point(x: 0, y: 0), to: Point(x: width, y: 0), width: 1.2, color: .accent))
        items.append(.rule(from: Point(x: 0, y: y), to: Point(x: width, y: y), width: 1.2, color: .accent))
        return FlowBox(height: y, items: fills + items)
    }
}
