/// A filled rectangle, in points, origin top-left.
public struct ChartRect: Sendable, Equatable {
    /// What the rectangle shows, so tests and later outputs can find items.
    public enum Role: String, Sendable {
        case background
        case bar
        /// A share of a 100%-stacked bar.
        case segment
        /// A heatmap cell.
        case cell
        /// A tile-map tile.
        case tile
        /// A legend key.
        case swatch
        /// Background-coloured patch under a label, hiding a line it crosses.
        case knockout
    }

    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var fill: ChartColor
    public var role: Role

    public init(x: Double, y: Double, width: Double, height: Double, fill: ChartColor, role: Role) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.fill = fill
        self.role = role
    }
}
