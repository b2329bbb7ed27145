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

    /// Options with the Noto CJK faces, 11 pt body text on A4.
    public init(creationDate: Day,
                bodyFont: String = "Noto Serif CJK SC",
                headingFont: String = "Noto Sans CJK SC",
                monospaceFont: String = "Noto Sans Mono CJK SC",
                bodySize: Double = 11,
                geometry: PageGeometry = .a4) {
        self.creationDate = creationDate
        self.bodyFont = bodyFont
        self.headingFont = headingFont
        self.monospaceFont = monospaceFont
        self.bodySize = bodySize
        self.geometry = geometry
    }
}
