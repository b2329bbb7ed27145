import Model

/// Every colour a chart uses, in one place.
///
/// Bars are a single blue and the target is orange: the pair stays distinct
/// for all common colour-vision deficiencies (Okabe–Ito's blue/vermillion
/// axis). Every text colour has a contrast ratio of at least 4.5:1 against
/// `background`, and every non-text mark at least 3:1 (WCAG 2.1 AA); text
/// on a fill takes `text(on:)`, which is at least 4.5:1 against that fill.
public enum Palette {
    /// Chart background (also what contrast is measured against).
    public static let background = ChartColor(hex: 0xFFFFFF)
    /// Bars.
    public static let bar = ChartColor(hex: 0x2B6CB0)
    /// Titles, category labels and data labels.
    public static let text = ChartColor(hex: 0x1A202C)
    /// Tick labels, footnotes and the source note.
    public static let secondaryText = ChartColor(hex: 0x4A5568)
    /// Light gridlines behind the bars.
    public static let gridline = ChartColor(hex: 0xE2E8F0)
    /// The zero line the bars grow from.
    public static let axis = ChartColor(hex: 0x718096)
    /// The target line and its label.
    public static let target = ChartColor(hex: 0xC2410C)
    /// The province's reference line and its label.
    public static let province = ChartColor(hex: 0x1A202C)
    /// Cells and tiles without a value (with "—" on them): a neutral grey no
    /// sequential class uses.
    public static let missing = ChartColor(hex: 0xD9DDE3)
    /// White and black, for text on fills.
    public static let white = ChartColor(hex: 0xFFFFFF)
    public static let black = ChartColor(hex: 0x000000)

    /// The colours used for text on the background, for contrast checks.
    public static let textColors: [ChartColor] = [text, secondaryText, target] + series

    /// The grade colours, the same in every chart (不合格, 合格, 良好, 优良):
    /// a diverging rust–ochre–blue–navy scale, ordered in lightness within
    /// each hue so that it reads for every common colour-vision deficiency;
    /// each is at least 3:1 against white.
    public static func grade(_ grade: Grade) -> ChartColor {
        switch grade {
        case .fail: return ChartColor(hex: 0xA8401A)
        case .pass: return ChartColor(hex: 0xB7791F)
        case .good: return ChartColor(hex: 0x3C84C4)
        case .excellent: return ChartColor(hex: 0x1D4F91)
        }
    }

    /// Series colours (Okabe–Ito hues darkened to 4.5:1 on white, so line-end
    /// labels can take their line's colour). The first is the province; the
    /// vermillion comes late so that it rarely meets the orange target line.
    public static let series: [ChartColor] = [
        ChartColor(hex: 0x1A202C), ChartColor(hex: 0x0072B2), ChartColor(hex: 0x00795A),
        ChartColor(hex: 0x8E3B8E), ChartColor(hex: 0x8A6100), ChartColor(hex: 0xB54400),
        ChartColor(hex: 0x4A5568),
    ]

    /// The colour of series `index` named `name`: its grade colour when the
    /// name is a grade, else the series palette in turn.
    public static func seriesColor(_ index: Int, name: String) -> ChartColor {
        if let grade = Grade(rawValue: name) { return Palette.grade(grade) }
        return series[index % series.count]
    }

    /// Sequential single-hue classes, light to dark (ColorBrewer Blues, as the
    /// portal's tile map), for values where higher is better.
    public static let blues: [ChartColor] = [0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x2171B5, 0x08306B].map(ChartColor.init(hex:))
    /// The same for values where higher is worse (ColorBrewer Oranges).
    public static let oranges: [ChartColor] = [0xFEEDDE, 0xFDBE85, 0xFD8D3C, 0xE6550D, 0xA63603].map(ChartColor.init(hex:))

    /// Text for a fill: the body text colour, white or black, the first with
    /// at least 4.5:1 against it (one of white and black always has).
    public static func text(on fill: ChartColor) -> ChartColor {
        for candidate in [text, white] where candidate.contrastRatio(against: fill) >= 4.5 { return candidate }
        return white.contrastRatio(against: fill) >= black.contrastRatio(against: fill) ? white : black
    }
}
