import Model

/// A scatter with too many points to draw one by one: the plot cut into
/// `bins` × `bins` squares, each holding points shaded by its count in four
/// classes (Blues), so the drawing is bounded by the grid, not the data.
enum DensityBins {
    static func items(_ points: [ChartPoint], scale top: Double, bins: Int, left: Double, right: Double,
                      top plotTop: Double, bottom: Double) -> [ChartItem] {
        var counts = [Int](repeating: 0, count: bins * bins)
        for point in points {
            let column = min(bins - 1, max(0, Int(point.x / top * Double(bins))))
            let row = min(bins - 1, max(0, Int(point.y / top * Double(bins))))
            counts[row * bins + column] += 1
        }
        let most = counts.max() ?? 0
        guard most > 0 else { return [] }
        let cellWidth = (right - left) / Double(bins), cellHeight = (bottom - plotTop) / Double(bins)
        var items: [ChartItem] = []
        for row in 0..<bins {
            for column in 0..<bins where counts[row * bins + column] > 0 {
                let share = Double(counts[row * bins + column]) / Double(most)
                let shade = share > 0.5 ? 4 : share > 0.25 ? 3 : share > 0.1 ? 2 : 1
                items.append(.rect(ChartRect(x: left + Double(column) * cellWidth,
                                             y: bottom - Double(row + 1) * cellHeight,
                                             width: cellWidth, height: cellHeight, fill: Palette.blues[shade],
                                             role: .cell)))
            }
        }
        return items
    }
}
