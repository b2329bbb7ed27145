import Model

/// What a PDF rendering may vary: fonts, sizes, paper, and the date it records.
public struct PDFOptions: Sendable, Equatable {
    /// Written as the document's creation and modification date, so the same
    /// input always gives the same bytes.
    public var creationDate: Day
    /// Body text (宋体 role).
    public var bodyFont: String
    /// Headings, captions, running heads and the cover (黑体 role).
    public var headingFont: String
    /// Code blocks and inline code.
    public var monospaceFont: String
    /// Body text size in points; every other size is derived from it.
    public var bodySize: Double
    /// Paper and type area.
    public var geometry: PageGeometry
    /// Printed on both sides: the back of the cover stays blank, the table
    /// of contents and page 1 start on right-hand (odd) pages, and the
    /// margins of left-hand pages mirror those of right-hand ones.
    public var doubleSided: Bool

    /// Options with the Noto CJK faces, 11 pt body text on A4, double-sided.
    public init(creationDate: Day,
                bodyFont: String = "Noto Serif CJK SC",
                headingFont: String = "Noto Sans CJK SC",
                monospaceFont: String = "Noto Sans Mono CJK SC",
                bodySize: Double = 11,
                geometry: PageGeometry = .a4,
                doubleSided: Bool = true) {
        self.creationDate = creationDate
        self.bodyFont = bodyFont
        self.headingFont = headingFont
        self.monospaceFont = monospaceFont
        self.bodySize = bodySize
        self.geometry = geometry
        self.doubleSided = doubleSided
    }

    /// The default options with what site.yml's `pdf:` section sets
    /// (margins there are millimetres).
    public init(creationDate: Day, config: PDFConfig) {
        self.init(creationDate: creationDate)
        if let size = config.bodySize { bodySize = size }
        if let font = config.bodyFont { bodyFont = font }
        if let font = config.headingFont { headingFont = font }
        if let sided = config.doubleSided { doubleSided = sided }
        let margins = [config.marginTop, config.marginBottom, config.marginInside, config.marginOutside]
            .map { $0.map(PageGeometry.millimetres) }
        if margins.contains(where: { $0 != nil }) {
            geometry = geometry.withMargins(top: margins[0], bottom: margins[1], inside: margins[2], outside: margins[3])
        }
    }
}
