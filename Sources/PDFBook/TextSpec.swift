/// How a text looks: everything that, with the markup and the width,
/// determines its Pango layout.
struct TextStyle: Hashable, Sendable {
    enum Weight: Hashable, Sendable { case light, regular, bold }
    enum Alignment: Hashable, Sendable { case left, center, right }
    enum Wrap: Hashable, Sendable {
        /// At word boundaries and between CJK characters; inside a word only if it must.
        case wordChar
        /// Anywhere (code).
        case char
    }

    var family: String
    var size: Double
    var weight: Weight = .regular
    /// Distance from baseline to baseline; glyphs sit centred in it.
    var lineHeight: Double
    var alignment: Alignment = .left
    /// Justify every line but a paragraph's last, spreading space only
    /// around CJK characters (see `CJKJustifier`).
    var justify = false
    var firstLineIndent: Double = 0
    var color: RGB = .text
    var wrap: Wrap = .wordChar
}

/// A text to shape: Pango markup in a style, wrapped to `width` points.
/// Equal specs give identical layouts, which the shaper caches.
///
/// Markup is compared byte by byte, as Pango reads it: faster than String's
/// comparison (which normalizes every non-ASCII string), and two markups
/// that differ only in their Unicode normalization are set apart.
struct TextSpec: Hashable, Sendable {
    var markup: String
    var style: TextStyle
    var width: Double
    /// Links in the shown text; the exporter makes each a clickable area.
    var links: [TextLink] = []

    static func == (a: TextSpec, b: TextSpec) -> Bool {
        a.width == b.width && a.style == b.style && a.links == b.links && a.markup.utf8.elementsEqual(b.markup.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(style)
        hasher.combine(links)
        var markup = markup
        markup.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension TextSpec {
    /// `text`'s markup and links in `style`, wrapped to `width`.
    init(_ text: MarkedText, style: TextStyle, width: Double) {
        self.init(markup: text.markup, style: style, width: width, links: text.links)
    }
}
