/// A run of text inside a paragraph, heading or table cell.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    /// Only http(s), mailto and relative destinations survive parsing.
    case link(destination: String, content: [Inline])
    case lineBreak
    /// A `{{ name }}` resolved against the statistics, already formatted.
    case value(name: String, text: String)
}

extension Array where Element == Inline {
    /// The text as a reader sees it, without markup (for titles, alt text, outlines).
    public var plainText: String {
        var out = ""
        for inline in self {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let c), .strong(let c), .strikethrough(let c): out += c.plainText
            case .link(_, let c): out += c.plainText
            case .lineBreak: out += "\n"
            case .value(_, let text): out += text
            }
        }
        return out
    }
}
