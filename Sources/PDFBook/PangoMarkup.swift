import Document

/// Document inlines as Pango markup. All text is escaped here and nowhere
/// else, so no content can inject markup.
enum PangoMarkup {
    /// `text` safe inside Pango markup: entities for the five XML specials,
    /// control characters (which GMarkup rejects) as spaces or dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\r", "\t": out += " "
            case _ where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Line break inside a paragraph: U+2028 keeps Pango in the same
    /// paragraph, so the first-line indent is not repeated.
    static let lineSeparator = "\u{2028}"

    /// `inlines` as markup: strong is bold, emphasis the sans (黑体) face,
    /// which Chinese typesetting uses where Latin uses italics.
    static func markup(_ inlines: [Inline], typography: Typography) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text):
                out += escape(text)
            case .value(_, let text):
                out += escape(text)
            case .code(let text):
                out += "<span font_family=\"\(escape(typography.mono))\">\(escape(text))</span>"
            case .emphasis(let content):
                out += "<span font_family=\"\(escape(typography.sans))\">"
                    + markup(content, typography: typography) + "</span>"
            case .strong(let content):
                out += "<b>" + markup(content, typography: typography) + "</b>"
            case .strikethrough(let content):
                out += "<s>" + markup(content, typography: typography) + "</s>"
            case let .link(destination, content):
                let external = destination.hasPrefix("http://") || destination.hasPrefix("https://")
                let inner = markup(content, typography: typography)
                out += external ? "<span foreground=\"\(hex(.accent))\">\(inner)</span>" : inner
            case .lineBreak:
                out += lineSeparator
            }
        }
        return out
    }

    /// Plain text as markup.
    static func plain(_ text: String) -> String { escape(text) }

    static func hex(_ color: RGB) -> String {
        func byte(_ v: Double) -> String {
            let s = String(Int((min(max(v, 0), 1) * 255).rounded()), radix: 16, uppercase: true)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(color.red) + byte(color.green) + byte(color.blue)
    }
}
