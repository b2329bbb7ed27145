/// One line of the table of contents: a chapter or one of its level-2 sections.
struct ContentsEntry: Sendable, Equatable {
    var title: String
    /// 1 for chapters, 2 for sections.
    var level: Int
    /// The page number as printed on the body page ("12"); empty for a
    /// group line (a city of the case collection), which has none.
    var folio: String
    /// The named destination the entry links to.
    var destination: String
}

/// The table of contents (目录) after the cover: the title as a chapter
/// opening sets it, then one entry per chapter (黑体) and level-2 section
/// (宋体, indented two characters), each with dot leaders up to its page
/// number, which stands right-aligned in a column of its own. Leader dots
/// sit on one grid counted from that column, so they line up down the page;
/// a long title wraps before the column and its last line gets the leaders.
/// Every entry is a link to its heading. Flow items, so the paginator
/// breaks a long table of contents like any chapter (a chapter's entry
/// keeps with its first section).
struct TableOfContents {
    let type: Typography
    let area: Rect
    let shaper: TextShaper

    /// The heading, also the running head of further pages and the outline entry.
    static let title = "目录"

    func items(_ entries: [ContentsEntry]) -> [FlowItem] {
        [head(Self.title, destination: LinkResolver.contentsDestination)] + self.entries(entries)
    }

    /// A heading set as a chapter opening sets its title, carrying the
    /// outline entry and destination `destination`.
    func head(_ title: String, destination: String) -> FlowItem {
        let line = type.bodyLineHeight
        let spec = TextSpec(markup: PangoMarkup.plain(title), style: type.chapterTitle, width: area.width)
        let lines = shaper.lines(spec)
        let topPadding = line * 1.5
        let head = FlowBox(height: topPadding + shaper.height(spec), items: [
            .text(TextPlacement(spec: spec, lines: 0..<lines.count, origin: Point(x: 0, y: topPadding - lines[0].top))),
        ])
        return FlowItem(content: .box(head), spaceAfter: line * 1.2, keepWithNext: true,
                        outline: OutlineTitle(title: title, level: 1, destination: destination),
                        destinations: [destination])
    }

    /// The entries' lines. An entry with an empty folio is a group line (a
    /// city of the case collection): no leaders, no number.
    func entries(_ entries: [ContentsEntry]) -> [FlowItem] {
        // The number column: as wide as the widest number, at least 1.8 characters.
        let column = entries.map { shaper.naturalWidth(PangoMarkup.plain($0.folio), style: style(level: $0.level)) }
            .reduce(type.em * 1.6, max) + type.em * 0.2
        var items: [FlowItem] = []
        for (index, entry) in entries.enumerated() {
            let followedBySection = index + 1 < entries.count && entries[index + 1].level > entry.level
            items.append(FlowItem(content: .box(box(entry, numberColumn: column)), spaceBefore: entry.level <= 1 ? type.em * 0.75 : 0,
                                  keepWithNext: entry.level <= 1 && followedBySection))
        }
        return items
    }

    private func style(level: Int) -> TextStyle {
        if level <= 1 {
            return TextStyle(family: type.sans, size: type.em * 1.05, lineHeight: type.bodyLineHeight)
        }
        return TextStyle(family: type.serif, size: type.em, lineHeight: type.bodyLineHeight)
    }

    /// One entry; its page number right-aligned in `numberColumn` at the right of the type area.
    private func box(_ entry: ContentsEntry, numberColumn: Double) -> FlowBox {
        let em = type.em
        let indent = entry.level <= 1 ? 0 : 2 * em
        let style = style(level: entry.level)
        let titleWidth = area.width - indent - numberColumn - 2 * em
        let title = TextSpec(markup: PangoMarkup.plain(entry.title), style: style, width: titleWidth)
        let lines = shaper.lines(title)
        let height = shaper.height(title)
        var items: [FrameItem] = [
            .text(TextPlacement(spec: title, lines: 0..<lines.count, origin: Point(x: indent, y: -lines[0].top))),
        ]

        // The number on the last line's baseline, right-aligned in its column.
        let last = lines[lines.count - 1]
        guard !entry.folio.isEmpty else {
            items.append(.link(Rect(x: indent, y: 0, width: area.width - indent, height: height),
                               .destination(entry.destination)))
            return FlowBox(height: height, items: items)
        }
        var numberStyle = style
        numberStyle.alignment = .right
        let number = TextSpec(markup: PangoMarkup.plain(entry.folio), style: numberStyle, width: numberColumn)
        let numberLine = shaper.lines(number)[0]
        let lastTop = last.top - lines[0].top
        items.append(.text(TextPlacement(spec: number, lines: 0..<1,
                                         origin: Point(x: area.width - numberColumn, y: lastTop - numberLine.top))))

        // Leader dots on the baseline grid, from after the title to before the number column.
        let textEnd = indent + (shaper.lineWidths(title).last ?? 0)
        let pitch = em * 0.6, radius = em * 0.055
        let baseline = last.baseline - lines[0].top
        var dots: [Point] = []
        var x = area.width - numberColumn - em * 0.3
        while x >= textEnd + em * 0.6 {
            dots.append(Point(x: x, y: baseline - radius))
            x -= pitch
        }
        if !dots.isEmpty { items.append(.dots(dots.reversed(), radius: radius, color: .text)) }

        items.append(.link(Rect(x: indent, y: 0, width: area.width - indent, height: height),
                           .destination(entry.destination)))
        return FlowBox(height: height, items: items)
    }
}
