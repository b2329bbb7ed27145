/// A chart with every decision made: positioned items in points, origin
/// top-left. Every output (PDF, SVG, PNG) paints the same layout, so they
/// cannot differ.
public struct ChartLayout: Sendable, Equatable {
    public var width: Double
    /// The height the chart needs: the height asked for, more only when the
    /// content could not fit in it even at the smallest label size, less only
    /// for kinds with a natural size (heatmap, tile map; see `ChartLayoutEngine`).
    public var height: Double
    /// Painted in order: later items cover earlier ones.
    public var items: [ChartItem]

    public init(width: Double, height: Double, items: [ChartItem] = []) {
        self.width = width
        self.height = height
        self.items = items
    }

    /// Every text item, in painting order.
    public var textItems: [ChartText] {
        items.compactMap { if case .text(let text) = $0 { return text } else { return nil } }
    }

    /// Every line of text, in painting order.
    public var texts: [String] { textItems.map(\.string) }

    /// The text items with `role`, in painting order.
    public func texts(_ role: ChartText.Role) -> [ChartText] {
        textItems.filter { $0.role == role }
    }

    /// The rectangles with `role`, in painting order.
    public func rects(_ role: ChartRect.Role) -> [ChartRect] {
        items.compactMap { if case .rect(let rect) = $0, rect.role == role { return rect } else { return nil } }
    }

    /// The lines with `role`, in painting order.
    public func lines(_ role: ChartLine.Role) -> [ChartLine] {
        items.compactMap { if case .line(let line) = $0, line.role == role { return line } else { return nil } }
    }

    /// The paths with `role`, in painting order.
    public func paths(_ role: ChartPath.Role) -> [ChartPath] {
        items.compactMap { if case .path(let path) = $0, path.role == role { return path } else { return nil } }
    }
}
