/// Why a PDF could not be made.
public enum PDFBookError: Error, Equatable, CustomStringConvertible {
    /// Fontconfig has no font of this family; Pango would silently substitute `substitute`.
    case fontUnavailable(family: String, substitute: String)
    /// Cairo reported an error while writing the PDF.
    case cairo(String)
    /// A picture's pixels could not be decoded (its header was fine when the chapter was built).
    case image(source: String, reason: String)

    public var description: String {
        switch self {
        case let .fontUnavailable(family, substitute):
            "font \"\(family)\" is not installed (would fall back to \"\(substitute)\"); install fonts-noto-cjk and fonts-noto-cjk-extra"
        case let .cairo(message):
            "cairo could not write the PDF: \(message)"
        case let .image(source, reason):
            "image content/\(source) could not be decoded: \(reason)"
        }
    }
}
