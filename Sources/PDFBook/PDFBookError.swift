/// Why a PDF could not be made.
public enum PDFBookError: Error, Equatable, CustomStringConvertible {
    /// Fontconfig has no font of this family; Pango would silently substitute `substitute`.
    case fontUnavailable(family: String, substitute: String)
    /// Cairo reported an error while writing the PDF.
    case cairo(String)

    public var description: String {
        switch self {
        case let .fontUnavailable(family, substitute):
            "font \"\(family)\" is not installed (would fall back to \"\(substitute)\"); install fonts-noto-cjk and fonts-noto-cjk-extra"
        case let .cairo(message):
            "cairo could not write the PDF: \(message)"
        }
    }
}
