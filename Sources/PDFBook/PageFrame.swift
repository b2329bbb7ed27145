import Charts
import Document

/// A point in page coordinates (points, origin top-left).
struct Point: Hashable, Sendable {
    var x: Double
    var y: Double
}

/// A straight line from `from` to `to`.
struct Segment: Hashable, Sendable {
    var from: Point
    var to: Point
}

struct Rect: Hashable, Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }
}

/// A device colour, components 0…1.
struct RGB: Hashable, Sendable {
    var red: Double
    var green: Double
    var blue: Double

    static func gray(_ level: Double) -> RGB { RGB(red: level, green: level, blue: level) }
    static let text = RGB.gray(0.1)
    static let muted = RGB.gray(0.4)
    static let rule = RGB.gray(0.35)
    static let accent = RGB(red: 0.09, green: 0.27, blue: 0.47)
}

/// Some lines of one shaped text: the exporter rebuilds (or reuses) the
/// PangoLayout of `spec` and paints lines `lines` so that the layout's own
/// top-left corner sits at `origin`.
struct TextPlacement: Sendable {
    var spec: TextSpec
    var lines: Range<Int>
    var origin: Point
}

/// A laid-out chart whose top-left corner goes to `origin`.
struct ChartPlacement: Sendable {
    var chart: ChartLayout
    var origin: Point
}

/// A picture scaled into `rect` (its size as shown, EXIF orientation applied).
struct ImagePlacement: Sendable {
    var image: ImageBlock
    var rect: Rect
}

/// One positioned thing on a page; the exporter paints items in order.
enum FrameItem: Sendable {
    case text(TextPlacement)
    /// Lines of one width and colour, stroked as one drawing operation (a
    /// table row's grid lines: fewer operations keep cairo's bookkeeping of
    /// each page small). They must not overlap, or the overlap would be
    /// painted once where separate strokes paint it twice.
    case rules([Segment], width: Double, color: RGB)
    case fill(Rect, RGB)
    case chart(ChartPlacement)
    case image(ImagePlacement)
    /// A clickable area (TOC rows; links inside text come with their text).
    case link(Rect, LinkTarget)
    /// A named destination links jump to, at `Point` (the top of what it names).
    case destination(String, Point)
    /// Leader dots (TOC): a small disc of `radius` centred on each point.
    case dots([Point], radius: Double, color: RGB)

    /// One line from `from` to `to`.
    static func rule(from: Point, to: Point, width: Double, color: RGB) -> FrameItem {
        .rules([Segment(from: from, to: to)], width: width, color: color)
    }

    /// The same item moved by (`dx`, `dy`).
    func offsetBy(dx: Double, dy: Double) -> FrameItem {
        func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        switch self {
        case .text(var placement):
            placement.origin = move(placement.origin)
            return .text(placement)
        case let .rules(segments, width, color):
            return .rules(segments.map { Segment(from: move($0.from), to: move($0.to)) }, width: width, color: color)
        case let .fill(rect, color):
            return .fill(Rect(x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height), color)
        case .chart(var placement):
            placement.origin = move(placement.origin)
            return .chart(placement)
        case .image(var placement):
            placement.rect.x += dx
            placement.rect.y += dy
            return .image(placement)
        case let .link(rect, target):
            return .link(Rect(x: rect.x + dx, y: rect.y + dy, width: rect.width, height: rect.height), target)
        case let .destination(name, point):
            return .destination(name, move(point))
        case let .dots(points, radius, color):
            return .dots(points.map(move), radius: radius, color: color)
        }
    }
}

/// One finished page: everything the exporter needs, no layout decisions left.
struct PageFrame: Sendable {
    var width: Double
    var height: Double
    /// The page label PDF viewers show ("封面", "I", "1", "2", …).
    var label: String
    var items: [FrameItem]
}

/// An entry of the PDF outline (bookmarks).
struct OutlineEntry: Sendable, Equatable {
    var title: String
    /// 1 for chapters, 2 for their sections.
    var level: Int
    /// 0-based index into `BookLayout.pages`.
    var pageIndex: Int
    /// Top of the heading in page coordinates.
    var y: Double
    /// The named destination at the heading, which TOC entries link to.
    var destination: String?
}

/// The result of the layout stage, the only input of the export stage.
struct BookLayout: Sendable {
    var pages: [PageFrame]
    var outline: [OutlineEntry]
}
