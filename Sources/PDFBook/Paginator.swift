/// A page of a chapter as the paginator filled it, before marginals.
struct PageDraft: Sendable {
    /// Index of the chapter in the publication.
    var chapter: Int
    var opensChapter: Bool
    var items: [FrameItem]
}

/// Fills pages with flow items, top to bottom:
/// - a paragraph breaks between lines, never leaving a single line at the
///   bottom of a page (orphan) or at the top of the next (widow);
/// - an item that keeps with the next moves to a new page unless the next
///   item's first lines fit beside it;
/// - a table breaks between rows and repeats its header row;
/// - a picture that may shrink (``FlowBox/minimumHeight``) takes the rest
///   of the page when that is enough, rather than move to the next;
/// - space between items collapses to the larger of the two and vanishes
///   at the top of a page.
struct Paginator {
    let area: Rect
    private(set) var pages: [PageDraft] = []
    /// Outline entries; `pageIndex` counts these drafts.
    private(set) var outline: [OutlineEntry] = []

    private var cursor = 0.0
    private var pendingSpace = 0.0
    private var isEmpty = true
    private var chapter = 0
    private var marks: [(page: Int, mark: RegionMark, top: Double, bottom: Double)] = []
    private let epsilon = 0.01

    init(area: Rect) {
        self.area = area
    }

    /// Begins chapter `index` on a new page.
    mutating func startChapter(_ index: Int) {
        chapter = index
        if let last = pages.indices.last, isEmpty {
            // The previous chapter left its page blank: reuse it.
            pages[last].chapter = index
            pages[last].opensChapter = true
            return
        }
        newPage(opensChapter: true)
    }

    mutating func place(_ items: [FlowItem]) {
        if pages.isEmpty { newPage(opensChapter: true) }
        for index in items.indices {
            let item = items[index]
            if item.keepWithNext, !isEmpty {
                let need = space(before: item) + lead(items, from: index)
                if cursor + need > area.height + epsilon, need <= area.height { newPage() }
            }
            switch item.content {
            case .lines(let flow): placeLines(flow, of: item)
            case .box(let box): placeBox(box, of: item)
            case .table(let table): placeTable(table, of: item)
            }
            pendingSpace = item.spaceAfter
        }
    }

    /// The pages, with the bars and backgrounds of quotes, notes and code
    /// blocks drawn under their text.
    func finish() -> [PageDraft] {
        var result = pages
        var order: [[Int]: (mark: RegionMark, top: Double, bottom: Double)] = [:]
        var keys: [[Int]] = []
        for placed in marks {
            let key = [placed.page, placed.mark.id]
            if let known = order[key] {
                order[key] = (known.mark, min(known.top, placed.top), max(known.bottom, placed.bottom))
            } else {
                order[key] = (placed.mark, placed.top, placed.bottom)
                keys.append(key)
            }
        }
        var underlays: [Int: [FrameItem]] = [:]
        for key in keys {
            guard let region = order[key] else { continue }
            let top = area.y + region.top, bottom = area.y + region.bottom
            let item: FrameItem
            switch region.mark.kind {
            case let .bar(x, width, color):
                let lineX = area.x + x
                item = .rule(from: Point(x: lineX, y: top), to: Point(x: lineX, y: bottom), width: width, color: color)
            case let .background(x, width, padding, color):
                item = .fill(Rect(x: area.x + x, y: top - padding, width: width,
                                  height: bottom - top + 2 * padding), color)
            }
            underlays[key[0], default: []].append(item)
        }
        for (page, items) in underlays {
            // Backgrounds first, so bars drawn inside them stay visible.
            let fills = items.filter { if case .fill = $0 { true } else { false } }
            let others = items.filter { if case .fill = $0 { false } else { true } }
            result[page].items.insert(contentsOf: fills + others, at: 0)
        }
        return result
    }

    // MARK: - Placing

    private mutating func placeLines(_ flow: FlowLines, of item: FlowItem) {
        let count = flow.lines.count
        var next = 0
        while next < count {
            let gap = space(before: item)
            let available = area.height - cursor - gap
            var fit = 0, used = 0.0
            while next + fit < count, used + flow.lines[next + fit].height <= available + epsilon {
                used += flow.lines[next + fit].height
                fit += 1
            }
            let remaining = count - next
            var take = fit
            if take < remaining {
                if remaining - take < 2 { take = remaining - 2 }
                if take < 2 { take = 0 }
            }
            if take <= 0 {
                guard isEmpty else { newPage(); continue }
                take = max(1, min(fit, remaining))
            }
            let top = cursor + gap
            let range = next..<(next + take)
            let height = flow.lines[range].reduce(0) { $0 + $1.height }
            var placed: [FrameItem] = [.text(TextPlacement(
                spec: flow.spec, lines: range, origin: Point(x: flow.x, y: top - flow.lines[next].top)))]
            if next == 0, var marker = flow.marker {
                marker.origin.y += top
                placed.append(.text(marker))
            }
            emit(placed, top: top, height: height, of: item, first: next == 0)
            next += take
            if next < count { newPage() }
        }
    }

    private mutating func placeBox(_ box: FlowBox, of item: FlowItem) {
        var box = box
        if cursor + space(before: item) + box.height > area.height + epsilon, !isEmpty {
            // A picture that may shrink takes the rest of the page if that is enough.
            if let smaller = box.shrunk(to: (area.height - cursor - space(before: item)).rounded(.down)) {
                box = smaller
            } else {
                newPage()
            }
        }
        let top = cursor + space(before: item)
        emit(box.items.map { $0.offsetBy(dx: 0, dy: top) }, top: top, height: box.height, of: item, first: true)
    }

    private mutating func placeTable(_ table: FlowTable, of item: FlowItem) {
        let lead = item.minimumLead
        if cursor + space(before: item) + lead > area.height + epsilon, !isEmpty { newPage() }
        var first = true
        var rowsOnPage = 0
        func placeRow(_ row: FlowBox, _ paginator: inout Paginator) {
            let top = paginator.cursor + (first ? paginator.space(before: item) : 0)
            paginator.emit(row.items.map { $0.offsetBy(dx: 0, dy: top) }, top: top, height: row.height,
                           of: item, first: first)
            first = false
        }
        if let header = table.header { placeRow(header, &self) }
        for row in table.rows {
            if cursor + row.height > area.height + epsilon, rowsOnPage > 0 {
                newPage()
                if let continuation = table.continuation { placeRow(continuation, &self) }
                if let header = table.header { placeRow(header, &self) }
                rowsOnPage = 0
            }
            placeRow(row, &self)
            rowsOnPage += 1
        }
    }

    // MARK: - Bookkeeping

    /// Items in type-area coordinates, `top`…`top + height` of the current page.
    private mutating func emit(_ items: [FrameItem], top: Double, height: Double, of item: FlowItem, first: Bool) {
        let page = pages.count - 1
        pages[page].items += items.map { $0.offsetBy(dx: area.x, dy: area.y) }
        for mark in item.marks {
            marks.append((page, mark, top, top + height))
        }
        if first, let title = item.outline {
            outline.append(OutlineEntry(title: title.title, level: title.level, pageIndex: page, y: area.y + top,
                                        destination: title.destination))
        }
        if first {
            // A jump lands a little above the target, so it is not flush with the window's edge.
            let point = Point(x: 0, y: max(0, area.y + top - 12))
            pages[page].items += item.destinations.map { .destination($0, point) }
        }
        cursor = top + height
        isEmpty = false
    }

    /// Space above `item`: none at the top of a page, except room for the
    /// padding of a background that would otherwise poke above the type area.
    private func space(before item: FlowItem) -> Double {
        if !isEmpty { return max(pendingSpace, item.spaceBefore) }
        return item.marks.map { mark -> Double in
            if case let .background(_, _, padding, _) = mark.kind { padding } else { 0 }
        }.max() ?? 0
    }

    /// Height that item `index` needs on this page: itself and what it keeps with.
    private func lead(_ items: [FlowItem], from index: Int) -> Double {
        var total = items[index].height
        var current = index
        while items[current].keepWithNext, current + 1 < items.count {
            let next = items[current + 1]
            total += max(items[current].spaceAfter, next.spaceBefore)
            total += next.keepWithNext ? next.height : next.minimumLead
            current += 1
        }
        return total
    }

    private mutating func newPage(opensChapter: Bool = false) {
        pages.append(PageDraft(chapter: chapter, opensChapter: opensChapter, items: []))
        cursor = 0
        pendingSpace = 0
        isEmpty = true
    }
}
