/// A piece of a chapter's vertical flow, laid out to the type area's width
/// but not yet placed on a page. x is relative to the type area's left edge;
/// y inside an item is relative to the item's top.
struct FlowItem: Sendable {
    enum Content: Sendable {
        /// Text the paginator may break between lines.
        case lines(FlowLines)
        /// Never broken (figure, chapter title, rule).
        case box(FlowBox)
        /// Broken between rows, the header row repeated on every page.
        case table(FlowTable)
    }

    var content: Content
    /// Vertical space before and after; between two items the larger wins,
    /// and at the top of a page none is kept.
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0
    /// Never the last thing on a page (headings, captions above tables).
    var keepWithNext = false
    /// Bars and backgrounds of the quotes, notes and code blocks it is in.
    var marks: [RegionMark] = []
    /// An outline entry pointing at the item's top.
    var outline: OutlineTitle?
    /// Named destinations at the item's top (its anchor, for links).
    var destinations: [String] = []
}

struct OutlineTitle: Sendable, Equatable {
    var title: String
    var level: Int
    /// The named destination of the same place, for the TOC's links.
    var destination: String?
}

struct FlowLines: Sendable {
    var spec: TextSpec
    var x: Double
    var lines: [LineBox]
    /// A list marker set beside the first line.
    var marker: TextPlacement?
}

struct FlowBox: Sendable {
    var height: Double
    var items: [FrameItem]
    /// For a picture box (the picture its first item, its caption under
    /// it): the least height it may shrink to rather than move to the next
    /// page (``shrunk(to:)``). nil: it never shrinks.
    var minimumHeight: Double? = nil
}

extension FlowBox {
    /// The box `height` high, its picture scaled down about its centre and
    /// what is under it moved up; nil when it may not shrink that far.
    func shrunk(to height: Double) -> FlowBox? {
        guard let minimumHeight, height >= minimumHeight, height < self.height,
              case .image(var picture)? = items.first, picture.rect.height > 0 else { return nil }
        let cut = self.height - height
        let scale = (picture.rect.height - cut) / picture.rect.height
        guard scale > 0 else { return nil }
        let rect = picture.rect
        picture.rect = Rect(x: rect.x + rect.width * (1 - scale) / 2, y: rect.y, width: rect.width * scale,
                            height: rect.height * scale)
        return FlowBox(height: height, items: [.image(picture)] + items.dropFirst().map { $0.offsetBy(dx: 0, dy: -cut) },
                       minimumHeight: minimumHeight)
    }
}

struct FlowTable: Sendable {
    /// "续表 2-1", above the repeated header on each further page.
    var continuation: FlowBox?
    var header: FlowBox?
    var rows: [FlowBox]
}

/// Decoration spanning all fragments of one block on a page: a quote's
/// bar, a note's or code block's background. Fragments with the same `id`
/// on a page merge into one.
struct RegionMark: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case bar(x: Double, width: Double, color: RGB)
        case background(x: Double, width: Double, padding: Double, color: RGB)
    }

    var id: Int
    var kind: Kind
}

extension FlowItem {
    /// Height of the whole item, without spacing.
    var height: Double {
        switch content {
        case .lines(let flow): flow.lines.reduce(0) { $0 + $1.height }
        case .box(let box): box.height
        case .table(let table): (table.header?.height ?? 0) + table.rows.reduce(0) { $0 + $1.height }
        }
    }

    /// The least that must share a page with what keeps with it: two lines
    /// (all if a split would leave a single line), a box, a header and first row.
    var minimumLead: Double {
        switch content {
        case .lines(let flow):
            let count = flow.lines.count <= 3 ? flow.lines.count : 2
            return flow.lines.prefix(count).reduce(0) { $0 + $1.height }
        case .box(let box):
            return box.height
        case .table(let table):
            return (table.header?.height ?? 0) + (table.rows.first?.height ?? 0)
        }
    }
}
