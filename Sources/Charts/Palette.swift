/// Every colour a chart uses, in one place.
///
/// Bars are a single blue and the target is orange: the pair stays distinct
/// for all common colour-vision deficiencies (Okabe–Ito's blue/vermillion
/// axis). Every text colour has a contrast ratio of at least 4.5:1 against
/// `background`, and every non-text mark at least 3:1 (WCAG 2.1 AA).
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

    /// The colours used for text, for contrast checks.
    public static let textColors: [ChartColor] = [text, secondaryText, target]
}
