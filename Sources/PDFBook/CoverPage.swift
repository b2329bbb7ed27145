import Document
import Model

/// The cover: year, title, issuing office and date; no page number.
struct CoverPage {
    let type: Typography
    let geometry: PageGeometry
    let area: Rect
    let shaper: TextShaper

    func frame(for publication: Publication, date: Day) -> PageFrame {
        var items: [FrameItem] = []
        /// Adds `text` centred across the type area from `top`; returns its bottom.
        func centred(_ text: String, _ style: TextStyle, top: Double) -> Double {
            let markup = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { PangoMarkup.plain(String($0)) }.joined(separator: PangoMarkup.lineSeparator)
            let width = shaper.balancedWidth(markup, style: style, width: area.width)
            let spec = TextSpec(markup: markup, style: style, width: width)
            let lines = shaper.lines(spec)
            items.append(.text(TextPlacement(spec: spec, lines: 0..<lines.count,
                                             origin: Point(x: area.x + (area.width - width) / 2,
                                                           y: top - lines[0].top))))
            return top + shaper.height(spec)
        }
        items.append(.rule(from: Point(x: area.x, y: area.y), to: Point(x: area.maxX, y: area.y),
                           width: 3, color: .accent))
        var y = centred(String(publication.year), type.coverYear, top: area.y + area.height * 0.14)
        y += type.em * 1.5
        y = centred(title(publication.title), type.coverTitle, top: y)
        let ruleY = y + type.em * 2
        let ruleHalf = type.em * 3
        items.append(.rule(from: Point(x: area.x + area.width / 2 - ruleHalf, y: ruleY),
                           to: Point(x: area.x + area.width / 2 + ruleHalf, y: ruleY), width: 1.2, color: .accent))

        let office = TextSpec(markup: PangoMarkup.plain(publication.office), style: type.coverOffice,
                              width: area.width)
        let dateText = "\(date.year)年\(date.month)月"
        let dateSpec = TextSpec(markup: PangoMarkup.plain(dateText), style: type.coverDate, width: area.width)
        let bottomBlock = shaper.height(office) + type.em * 0.5 + shaper.height(dateSpec)
        let officeTop = area.maxY - bottomBlock
        if !publication.office.isEmpty {
            _ = centred(publication.office, type.coverOffice, top: officeTop)
        }
        _ = centred(dateText, type.coverDate, top: area.maxY - shaper.height(dateSpec))
        items.append(.rule(from: Point(x: area.x, y: area.maxY + type.em), to: Point(x: area.maxX, y: area.maxY + type.em),
                           width: 3, color: .accent))
        return PageFrame(width: geometry.pageWidth, height: geometry.pageHeight, label: "封面", items: items)
    }

    /// The title with a line break ("\n") where a Chinese title breaks well
    /// when it does not fit one line: between a word and a number, after 与、
    /// 和、及 or after 省 or 年度, whichever leaves the two lines most even.
    /// Pango alone breaks between any two characters ("市政基 / 础设施").
    /// Unchanged when it fits, or when no such place gives two lines that fit.
    func title(_ title: String) -> String {
        let style = type.coverTitle
        func width(_ text: some StringProtocol) -> Double { shaper.naturalWidth(PangoMarkup.plain(String(text)), style: style) }
        guard width(title) > area.width else { return title }
        let characters = Array(title)
        var best: (text: String, imbalance: Double)?
        for index in 1..<characters.count where Self.breaksWell(characters, at: index) {
            let first = String(characters[..<index]), second = String(characters[index...])
            let widths = (width(first), width(second))
            guard widths.0 <= area.width, widths.1 <= area.width else { continue }
            let imbalance = abs(widths.0 - widths.1)
            if imbalance < best?.imbalance ?? .infinity { best = (first + "\n" + second, imbalance) }
        }
        return best?.text ?? title
    }

    /// Whether a line may well break before `characters[index]`.
    private static func breaksWell(_ characters: [Character], at index: Int) -> Bool {
        let left = characters[index - 1], right = characters[index]
        let digit = { (c: Character) in c.isASCII && c.isNumber }
        if !digit(left) && digit(right) { return true }
        if "与和及暨".contains(left) { return true }
        if left == "省" { return right != "级" }
        return left == "度" && index >= 2 && characters[index - 2] == "年"
    }
}
