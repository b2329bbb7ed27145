import Model

/// Turns chart data into a `ChartLayout`: every position, size, colour and
/// line of text is decided here, with text measured by Pango in the font the
/// renderer paints with, so that nothing overlaps in any output.
public enum ChartLayoutEngine {
    /// Lays out `data` in a `width` × `height` point box (text measured with Pango).
    ///
    /// The result is exactly `width` wide; it is `height` high unless the
    /// content cannot fit even at the smallest label size (many bars, labels
    /// on two lines), in which case it grows just enough — or, for the
    /// heatmap and the tile map, whose cells and tiles have a natural size,
    /// ends where the content ends. Always read `ChartLayout.height`.
    public static func layout(_ data: ChartData, width: Double, height: Double) -> ChartLayout {
        let measurer = TextMeasurer()
        switch data.spec.kind {
        case .horizontalBar:
            return HorizontalBarLayout(data: data, width: width, height: height, measurer: measurer).make()
        case .stackedBar:
            return StackedBarLayout(data: data, width: width, height: height, measurer: measurer).make()
        case .groupedBar:
            return GroupedBarLayout(data: data, width: width, height: height, measurer: measurer).make()
        case .line:
            return LineLayout(data: data, width: width, height: height, measurer: measurer).make()
        case .donut:
            return DonutLayout(data: data, width: width, height: height, measurer: measurer).make()
        case .scatter:
            return ScatterLayout(data: data, width: width, height: height, measurer: measurer).make()
        case .heatmap:
            return HeatmapLayout(data: data, width: width, height: height, measurer: measurer).make()
        case .tileMap:
            return TileMapLayout(data: data, width: width, height: height, measurer: measurer).make()
        }
    }

    /// A height in which `data` lays out well at `width`, for pages that size
    /// figures themselves (a PDF column): bars and stacked bars by their
    /// number of rows, the heatmap by its rows, the other kinds by the width.
    /// Layouts may still grow (or, heatmap and tile map, end shorter).
    public static func suggestedHeight(_ data: ChartData, width: Double) -> Double {
        let rows = Double(max(1, data.items.count)), categories = Double(max(1, data.categories.count))
        switch data.spec.kind {
        case .horizontalBar: return max(150, 22 * rows + 70)
        case .stackedBar: return max(160, 24 * categories + 90)
        case .groupedBar, .line: return min(400, max(240, width * 0.55))
        case .donut: return width >= 480 ? 300 : 420
        case .scatter: return min(460, max(280, width * 0.75))
        case .heatmap: return 28 * Double(max(1, data.series.count)) + 120
        case .tileMap: return min(440, width * 0.62 + 90)
        }
    }
}
