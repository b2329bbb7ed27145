/// A straight stroked line, in points, origin top-left.
public struct ChartLine: Sendable, Equatable {
    /// What the line shows.
    public enum Role: String, Sendable {
        case gridline
        case axis
        case target
        /// The province's value across a bar chart.
        case province
        /// y = x and exceedance lines of a scatter.
        case reference
        /// A short mark joining a label to what it names.
        case leader
    }

    public var x1: Double
    public var y1: Double
    public var x2: Double
    public var y2: Double
    public var color: ChartColor
    /// Stroke width in points.
    public var width: Double
    /// Cairo dash pattern (on, off, …) in points; empty = solid.
    public var dash: [Double]
    public var role: Role

    public init(x1: Double, y1: Double, x2: Double, y2: Double, color: ChartColor,
                width: Double, dash: [Double] = [], role: Role) {
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
        self.color = color
        self.width = width
        self.dash = dash
        self.role = role
    }
}
