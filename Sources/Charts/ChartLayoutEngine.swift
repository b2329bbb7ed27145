import Model

/// Turns chart data into a `ChartLayout`: every position, size, colour and
/// line of text is decided here, with text measured by Pango in the font the
/// renderer paints with, so that nothing overlaps in any output.
public enum ChartLayoutEngine {
    /// Lays out `data` in a `width` × `height` point box (text measured with Pango).
    ///
    /// The result is exactly `width` wide; it is `height` high unless the
    /// categories cannot fit even at the smallest label size, in which case
    /// it grows just enough (read `ChartLayout.height`).
    public static func layout(_ data: ChartData, width: Double, height: Double) -> ChartLayout {
        let measurer = TextMeasurer()
        switch data.spec.kind {
        case .horizontalBar:
            return HorizontalBarLayout(data: data, width: width, height: height, measurer: measurer).make()
        }
    }
}
