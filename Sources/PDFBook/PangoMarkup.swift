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
        marked(inlines, typography: typography, resolve: { _ in nil }).markup
    }

    /// `inlines` as markup together with where its links are: `resolve`
    /// turns a link's destination into a PDF target (nil: plain text).
    /// External links are set in the accent colour, since on paper the
    /// colour is all that marks them.
    static func marked(_ inlines: [Inline], typography: Typography,
                       resolve: (String) -> LinkTarget?) -> MarkedText {
        var writer = MarkupWriter()
        write(inlines, typography: typography, resolve: resolve, to: &writer)
        return MarkedText(markup: writer.markup, links: writer.links)
    }

    private static func write(_ inlines: [Inline], typography: Typography, resolve: (String) -> LinkTarget?,
                              to out: inout MarkupWriter) {
        func inner(_ content: [Inline]) { write(content, typography: typography, resolve: resolve, to: &out) }
        for inline in inlines {
            switch inline {
            case .text(let text), .value(_, let text):
                out.text(text)
            case .code(let text):
                out.tag("<span font_family=\"\(escape(typography.mono))\">")
                out.text(text)
                out.tag("</span>")
            case .emphasis(let content):
                out.tag("<span font_family=\"\(escape(typography.sans))\">")
                inner(content)
                out.tag("</span>")
            case .strong(let content):
                out.tag("<b>")
                inner(content)
                out.tag("</b>")
            case .strikethrough(let content):
                out.tag("<s>")
                inner(content)
                out.tag("</s>")
            case let .link(destination, content):
                let target = resolve(destination)
                let external = destination.hasPrefix("http://") || destination.hasPrefix("https://")
                let start = out.bytes
                if external { out.tag("<span foreground=\"\(hex(.accent))\">") }
                inner(content)
                if external { out.tag("</span>") }
                if let target, out.bytes > start { out.links.append(TextLink(target: target, bytes: start..<out.bytes)) }
            case .lineBreak:
                out.tag(lineSeparator)
                out.bytes += lineSeparator.utf8.count
            }
        }
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

/// Markup and the links in the text it shows.
struct MarkedText: Hashable, Sendable {
    var markup: String
    var links: [TextLink]
}

/// Builds markup while counting the UTF-8 bytes of the text Pango will
/// show, so link ranges can be given in the layout's byte indices.
private struct MarkupWriter {
    var markup = ""
    /// Bytes of shown text so far.
    var bytes = 0
    var links: [TextLink] = []

    /// Markup that shows no text (tags).
    mutating func tag(_ text: String) { markup += text }

    /// Text, escaped; counts what it shows.
    mutating func text(_ text: String) {
        let escaped = PangoMarkup.escape(text)
        markup += escaped
        // Entities show one ASCII byte each; everything else shows as written.
        var shown = 0, inEntity = false
        for byte in escaped.utf8 {
            if inEntity {
                if byte == UInt8(ascii: ";") { inEntity = false }
            } else if byte == UInt8(ascii: "&") {
                inEntity = true
                shown += 1
            } else {
                shown += 1
            }
        }
        bytes += shown
    }
}
