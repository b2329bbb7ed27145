/// Every text style of the book, derived from the options' fonts and body
/// size so that one change of `bodySize` rescales the whole book.
struct Typography: Sendable {
    let serif: String
    let sans: String
    let mono: String
    /// Body size: 1 em, the unit of indents and character grids.
    let em: Double

    init(options: PDFOptions) {
        serif = options.bodyFont
        sans = options.headingFont
        mono = options.monospaceFont
        em = options.bodySize
    }

    /// Baseline-to-baseline distance of body text (about 1.75 lines, as
    /// printed Chinese reports use).
    var bodyLineHeight: Double { (em * 1.75).rounded() }

    /// A body paragraph: justified, first line indented by two characters.
    var body: TextStyle {
        TextStyle(family: serif, size: em, lineHeight: bodyLineHeight, justify: true, firstLineIndent: 2 * em)
    }

    /// A paragraph inside a list item: hanging under the marker, no indent.
    var listBody: TextStyle {
        var style = body
        style.firstLineIndent = 0
        return style
    }

    var listMarker: TextStyle {
        TextStyle(family: serif, size: em, lineHeight: bodyLineHeight, alignment: .right)
    }

    var chapterTitle: TextStyle {
        TextStyle(family: sans, size: em * 1.65, weight: .bold, lineHeight: (em * 2.6).rounded(),
                  alignment: .center, color: .accent)
    }

    /// Section headings: level 2 and 3 distinct, deeper levels like level 3.
    func heading(level: Int) -> TextStyle {
        let size = level <= 2 ? em * 1.3 : em * 1.1
        return TextStyle(family: sans, size: size, weight: .bold, lineHeight: (size * 1.6).rounded())
    }

    var caption: TextStyle {
        TextStyle(family: sans, size: em * 0.9, weight: .bold, lineHeight: (em * 1.5).rounded(),
                  alignment: .center)
    }

    var tableCell: TextStyle {
        TextStyle(family: serif, size: em * 0.86, lineHeight: (em * 1.4).rounded())
    }

    var tableHeader: TextStyle {
        var style = tableCell
        style.family = sans
        style.weight = .bold
        style.alignment = .center
        return style
    }

    var code: TextStyle {
        TextStyle(family: mono, size: em * 0.82, lineHeight: (em * 1.3).rounded(), wrap: .char)
    }

    var runningHead: TextStyle {
        TextStyle(family: sans, size: em * 0.8, lineHeight: (em * 1.2).rounded(), alignment: .center,
                  color: .muted)
    }

    /// Page numbers; alignment is set per page (outer edge).
    var folio: TextStyle {
        TextStyle(family: serif, size: em, lineHeight: (em * 1.4).rounded())
    }

    var coverYear: TextStyle {
        TextStyle(family: sans, size: em * 4.4, weight: .light, lineHeight: (em * 6).rounded(),
                  alignment: .center, color: .accent)
    }

    var coverTitle: TextStyle {
        TextStyle(family: sans, size: em * 2.4, weight: .bold, lineHeight: (em * 3.5).rounded(),
                  alignment: .center)
    }

    var coverOffice: TextStyle {
        TextStyle(family: sans, size: em * 1.45, lineHeight: (em * 2.2).rounded(), alignment: .center)
    }

    var coverDate: TextStyle {
        TextStyle(family: serif, size: em * 1.27, lineHeight: (em * 2).rounded(), alignment: .center)
    }
}
