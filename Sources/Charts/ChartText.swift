#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of text, already measured: the renderer paints it as is and
/// never wraps, truncates or moves it.
public struct ChartText: Sendable, Equatable {
    /// What the text is, so tests and later outputs can find items.
    public enum Role: String, Sendable {
        case title
        case categoryLabel
        case tickLabel
        case dataLabel
        case targetLabel
        case footnote
        case source
        /// Swatch labels of a legend.
        case legendLabel
        /// "单位：…" and scatter axis titles.
        case axisTitle
        /// Values printed on a fill (segments, cells, tiles, the donut centre).
        case cellLabel
        /// Names on tiles and at line ends, the donut's slice names.
        case seriesLabel
        /// The label of a province or reference line.
        case referenceLabel
    }

    public enum Weight: String, Sendable {
        case regular
        case bold
    }

    /// Which point of the text box `x` gives.
    public enum Alignment: String, Sendable {
        case left
        case center
        case right
    }

    public var string: String
    /// The anchor, per `alignment`: the left edge, the centre or the right edge.
    public var x: Double
    /// The top of the text's logical box.
    public var y: Double
    /// The measured logical size of the text.
    public var width: Double
    public var height: Double
    /// Distance from `y` to the baseline.
    public var baseline: Double
    /// Font size in points (an absolute size: 1 pt = 1 unit of the layout).
    public var fontSize: Double
    public var weight: Weight
    public var alignment: Alignment
    public var color: ChartColor
    public var role: Role
    /// Rotation in degrees about (`x`, `y`), clockwise as the y axis points
    /// down (-45 reads up to the right); 0 for almost every text.
    public var angle: Double

    public init(string: String, x: Double, y: Double, width: Double, height: Double, baseline: Double,
                fontSize: Double, weight: Weight, alignment: Alignment, color: ChartColor, role: Role,
                angle: Double = 0) {
        self.string = string
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.baseline = baseline
        self.fontSize = fontSize
        self.weight = weight
        self.alignment = alignment
        self.color = color
        self.role = role
        self.angle = angle
    }

    /// The left edge of the unrotated text box.
    public var minX: Double {
        switch alignment {
        case .left: return x
        case .center: return x - width / 2
        case .right: return x - width
        }
    }

    /// The right edge of the text box.
    public var maxX: Double { minX + width }
    /// The bottom of the text box.
    public var maxY: Double { y + height }
}

extension ChartText {
    /// The corners of the (rotated) text box, clockwise from the top-left.
    public var corners: [(x: Double, y: Double)] {
        let box = [(minX, y), (maxX, y), (maxX, maxY), (minX, maxY)]
        guard angle != 0 else { return box.map { (x: $0.0, y: $0.1) } }
        let radians = angle * Double.pi / 180
        let c = cos(radians), s = sin(radians)
        return box.map { px, py in
            let dx = px - x, dy = py - y
            return (x: x + dx * c - dy * s, y: y + dx * s + dy * c)
        }
    }

    /// The axis-aligned box around the (rotated) text.
    public var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        let points = corners
        return (points.map(\.x).min()!, points.map(\.y).min()!, points.map(\.x).max()!, points.map(\.y).max()!)
    }
}
