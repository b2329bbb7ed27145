/// A filled and/or stroked path, in points, origin top-left: series lines,
/// point markers, donut slices.
public struct ChartPath: Sendable, Equatable {
    /// What the path shows.
    public enum Role: String, Sendable {
        /// A line chart's series.
        case seriesLine
        /// Point markers (line vertices, scatter points); one path may hold many.
        case marker
        /// A donut slice.
        case slice
    }

    /// One drawing step.
    public enum Element: Sendable, Equatable {
        case move(x: Double, y: Double)
        case line(x: Double, y: Double)
        /// An arc of a circle, angles in radians clockwise from 3 o'clock;
        /// drawn counter-clockwise when `end < start`.
        case arc(centerX: Double, centerY: Double, radius: Double, start: Double, end: Double)
        case close
    }

    public var elements: [Element]
    public var fill: ChartColor?
    public var stroke: ChartColor?
    /// Stroke width in points.
    public var strokeWidth: Double
    public var role: Role
    /// The series (or slice) index the path belongs to, for tests and outputs.
    public var series: Int

    public init(elements: [Element], fill: ChartColor? = nil, stroke: ChartColor? = nil, strokeWidth: Double = 1,
                role: Role, series: Int = 0) {
        self.elements = elements
        self.fill = fill
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.role = role
        self.series = series
    }

    /// The end points of every `move` and `line`, in order.
    public var vertices: [(x: Double, y: Double)] {
        elements.compactMap { element in
            switch element {
            case .move(let x, let y), .line(let x, let y): return (x, y)
            default: return nil
            }
        }
    }
}
