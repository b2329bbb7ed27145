/// The styles of the case pages, derived like the book's own from the body size.
extension Typography {
    /// The case's title in its band: large, bold, white on the accent colour.
    var caseTitle: TextStyle {
        TextStyle(family: sans, size: em * 1.9, weight: .bold, lineHeight: (em * 2.6).rounded(), color: .white)
    }

    /// "南京市秦淮区 · 2025年" under the title.
    var caseMeta: TextStyle {
        TextStyle(family: sans, size: em, lineHeight: (em * 1.6).rounded(), color: .bandMuted)
    }

    /// A technology tag in the band.
    var caseTag: TextStyle {
        TextStyle(family: sans, size: em * 0.8, lineHeight: (em * 1.2).rounded(), color: .white)
    }

    /// A label of the facts box (项目编号 …).
    var factLabel: TextStyle {
        TextStyle(family: sans, size: em * 0.86, lineHeight: (em * 1.4).rounded(), color: .gray(0.25))
    }

    /// A value of the facts box.
    var factValue: TextStyle {
        TextStyle(family: serif, size: em * 0.86, lineHeight: (em * 1.4).rounded())
    }

    /// The summary, set as the case's lead paragraph.
    var lead: TextStyle {
        TextStyle(family: sans, size: em, lineHeight: bodyLineHeight, justify: true, color: .gray(0.22))
    }
}

extension RGB {
    static let white = RGB.gray(1)
    /// Secondary text on the accent colour.
    static let bandMuted = RGB(red: 0.8, green: 0.87, blue: 0.94)
    /// Tags' chips on the accent colour.
    static let bandChip = RGB(red: 0.2, green: 0.4, blue: 0.6)
    /// The label column of the facts box.
    static let tint = RGB(red: 0.93, green: 0.95, blue: 0.975)
}
