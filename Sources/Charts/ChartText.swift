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

    public init(string: String, x: Double, y: Double, width: Double, height: Double, baseline: Double,
                fontSize: Double, weight: Weight, alignment: Alignment, color: ChartColor, role: Role) {
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
    }

    /// The left edge of the text box.
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
