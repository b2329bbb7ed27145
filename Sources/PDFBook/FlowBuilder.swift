import Document

/// Where a block is being laid out: its horizontal extent inside the type
/// area and the decorations of the containers around it.
struct FlowContext {
    var x: Double
    var width: Double
    var marks: [RegionMark] = []
    var listDepth = 0
}

/// Turns a chapter's blocks into flow items: text shaped to its width,
/// boxes measured, but nothing placed on a page yet.
struct FlowBuilder {
    let shaper: TextShaper
    let type: Typography
    /// The type area (its height caps figures).
    let area: Rect
    /// Resolves the links of the text.
    let links: LinkResolver
    /// Index (0-based) of the chapter being built, for its destinations and `#anchor` links.
    private(set) var chapterIndex = 0
    private var nextMarkID = 0

    init(shaper: TextShaper, typography: Typography, area: Rect, links: LinkResolver) {
        self.shaper = shaper
        self.type = typography
        self.area = area
        self.links = links
    }

    var em: Double { type.em }
    var line: Double { type.bodyLineHeight }

    /// Builds what follows as part of the publication's `index`th chapter
    /// (0-based): its destinations and `#anchor` links. ``chapter(_:number:index:)`` does this itself.
    mutating func enterChapter(_ index: Int) {
        chapterIndex = index
    }

    /// The whole chapter (the publication's `index`th, 0-based): its title, then its blocks.
    mutating func chapter(_ chapter: Chapter, number: Int, index: Int) -> [FlowItem] {
        chapterIndex = index
        let title = ChapterTitle.display(number: number, title: chapter.title)
        let markup = PangoMarkup.plain(title)
        let width = shaper.balancedWidth(markup, style: type.chapterTitle, width: area.width)
        let spec = TextSpec(markup: markup, style: type.chapterTitle, width: width)
        let lines = shaper.lines(spec)
        let topPadding = line * 1.5
        let head = FlowBox(height: topPadding + shaper.height(spec), items: [
            .text(TextPlacement(spec: spec, lines: 0..<lines.count,
                                origin: Point(x: (area.width - width) / 2, y: topPadding - lines[0].top))),
        ])
        let destination = LinkResolver.chapterDestination(index)
        var items = [FlowItem(content: .box(head), spaceAfter: line * 1.2, keepWithNext: true,
                              outline: OutlineTitle(title: title, level: 1, destination: destination),
                              destinations: [destination])]
        items += blocks(chapter.blocks, in: FlowContext(x: 0, width: area.width))
        return items
    }

    mutating func blocks(_ blocks: [Block], in context: FlowContext) -> [FlowItem] {
        blocks.flatMap { block($0, in: context) }
    }

    mutating func block(_ block: Block, in context: FlowContext) -> [FlowItem] {
        switch block {
        case .paragraph(let inlines):
            let style = context.listDepth > 0 ? type.listBody : type.body
            return [text(marked(inlines), style: style, in: context, spaceAfter: em * 0.4)]
        case .heading(let heading):
            return [headingItem(heading, in: context)]
        case .list(let list):
            return self.list(list, in: context)
        case .quote(let content):
            var inner = context
            inner.x += 2 * em
            inner.width -= 2 * em
            inner.marks.append(mark(.bar(x: context.x + 0.7 * em, width: 2, color: .gray(0.72))))
            return framed(blocks(content, in: inner), space: em * 0.8)
        case .note(let content):
            let padding = em * 0.6
            var inner = context
            inner.x += 1.2 * em
            inner.width -= 2.4 * em
            inner.marks.append(mark(.background(x: context.x, width: context.width, padding: padding,
                                                color: RGB(red: 0.94, green: 0.96, blue: 0.985))))
            inner.marks.append(mark(.bar(x: context.x + 1.25, width: 2.5, color: .accent)))
            return framed(blocks(content, in: inner), space: em * 0.8 + padding)
        case let .code(_, source):
            return [code(source, in: context)]
        case .table(let table):
            return self.table(table, in: context)
        case .figure(let figure):
            return [self.figure(figure, in: context)]
        case .image(let image):
            return [self.image(image, in: context)]
        case .thematicBreak:
            let width = context.width / 4
            let x = context.x + (context.width - width) / 2
            let box = FlowBox(height: line, items: [
                .rule(from: Point(x: x, y: line / 2), to: Point(x: x + width, y: line / 2), width: 0.6, color: .rule),
            ])
            return [FlowItem(content: .box(box), spaceBefore: em * 0.4, spaceAfter: em * 0.4, marks: context.marks)]
        }
    }

    /// `inlines` as markup with their links resolved from the current chapter.
    func marked(_ inlines: [Inline]) -> MarkedText {
        let links = self.links, chapter = chapterIndex
        return PangoMarkup.marked(inlines, typography: type) { links.target(of: $0, from: chapter) }
    }

    /// The destination of `anchor` in the current chapter.
    func destination(_ anchor: String) -> String {
        LinkResolver.destination(chapter: chapterIndex, anchor: anchor)
    }

    /// A text item of `markup` in `style`, across the context's width.
    func text(_ markup: String, style: TextStyle, in context: FlowContext,
              spaceBefore: Double = 0, spaceAfter: Double = 0) -> FlowItem {
        text(MarkedText(markup: markup, links: []), style: style, in: context, spaceBefore: spaceBefore,
             spaceAfter: spaceAfter)
    }

    /// A text item of `text` (markup and links) in `style`, across the context's width.
    func text(_ text: MarkedText, style: TextStyle, in context: FlowContext,
              spaceBefore: Double = 0, spaceAfter: Double = 0) -> FlowItem {
        // Deep nesting must not squeeze text into a column of single characters.
        let spec = TextSpec(text, style: style, width: max(context.width, 6 * em))
        let flow = FlowLines(spec: spec, x: context.x, lines: shaper.lines(spec))
        return FlowItem(content: .lines(flow), spaceBefore: spaceBefore, spaceAfter: spaceAfter,
                        marks: context.marks)
    }

    private func headingItem(_ heading: Heading, in context: FlowContext) -> FlowItem {
        let level = max(2, heading.level)
        var item = text(marked(heading.content), style: type.heading(level: level),
                        in: context, spaceBefore: line * (level == 2 ? 0.9 : 0.6),
                        spaceAfter: line * (level == 2 ? 0.35 : 0.2))
        item.keepWithNext = true
        item.destinations = [destination(heading.anchor)]
        if level == 2 {
            item.outline = OutlineTitle(title: heading.content.plainText, level: 2,
                                        destination: destination(heading.anchor))
        }
        return item
    }

    private mutating func list(_ list: ListBlock, in context: FlowContext) -> [FlowItem] {
        let indent = 2 * em
        var items: [FlowItem] = []
        for (index, blocks) in list.items.enumerated() {
            var inner = context
            inner.x += indent
            inner.width -= indent
            inner.listDepth += 1
            var flows = self.blocks(blocks, in: inner)
            let label = list.ordered ? "\(list.start + index)." : ["•", "◦", "▪"][context.listDepth % 3]
            let spec = TextSpec(markup: PangoMarkup.plain(label), style: type.listMarker, width: indent - 0.45 * em)
            let markerLines = shaper.lines(spec)
            let marker = TextPlacement(spec: spec, lines: 0..<1, origin: Point(x: context.x, y: -markerLines[0].top))
            if let first = flows.first, case .lines(var flow) = first.content {
                flow.marker = marker
                flows[0].content = .lines(flow)
            } else {
                let box = FlowBox(height: markerLines[0].height, items: [.text(marker)])
                flows.insert(FlowItem(content: .box(box), keepWithNext: true, marks: context.marks), at: 0)
            }
            flows[0].spaceBefore = max(flows[0].spaceBefore, em * 0.2)
            if let last = flows.indices.last { flows[last].spaceAfter = max(flows[last].spaceAfter, em * 0.2) }
            items += flows
        }
        return framed(items, space: em * 0.4)
    }

    private mutating func code(_ source: String, in context: FlowContext) -> FlowItem {
        let padding = em * 0.5
        var inner = context
        inner.x += 0.8 * em
        inner.width -= 1.6 * em
        inner.marks.append(mark(.background(x: context.x, width: context.width, padding: padding,
                                            color: .gray(0.95))))
        var trimmed = source
        while trimmed.hasSuffix("\n") { trimmed.removeLast() }
        let markup = trimmed.replacingTabs().split(separator: "\n", omittingEmptySubsequences: false)
            .map { PangoMarkup.escape(String($0)) }.joined(separator: "\n")
        return text(markup, style: type.code, in: inner, spaceBefore: em * 0.6 + padding,
                    spaceAfter: em * 0.6 + padding)
    }

    /// `items` with at least `space` above the first and below the last.
    private func framed(_ items: [FlowItem], space: Double) -> [FlowItem] {
        var items = items
        guard let last = items.indices.last else { return items }
        items[0].spaceBefore = max(items[0].spaceBefore, space)
        items[last].spaceAfter = max(items[last].spaceAfter, space)
        return items
    }

    mutating func mark(_ kind: RegionMark.Kind) -> RegionMark {
        nextMarkID += 1
        return RegionMark(id: nextMarkID, kind: kind)
    }
}

private extension String {
    func replacingTabs() -> String {
        split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
    }
}
