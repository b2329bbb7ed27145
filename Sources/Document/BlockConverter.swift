import Foundation
import Model
import Statistics

/// Walks cmark's tree and builds blocks, numbering figures and tables per
/// chapter, recording cross-reference targets and placeholders, and
/// collecting diagnostics with the chapter file's line numbers.
struct BlockConverter {
    let file: String
    let chapterNumber: Int
    let slug: String
    let statistics: ProvinceStatistics
    let values: ValueTable
    var diagnostics = Diagnostics()
    /// Figures and tables that carry an `id:`.
    var targets: [ReferenceTarget] = []
    /// `[@kind:id]` found in text; placeholder link *i* stands for entry *i*.
    var references: [PendingReference] = []
    let images: ImageLoader
    private var figureCount = 0
    private var tableCount = 0
    private var headingCount = 0

    init(file: String, chapterNumber: Int, slug: String, statistics: ProvinceStatistics, values: ValueTable,
         contentRoot: URL? = nil) {
        self.file = file
        self.images = ImageLoader(contentRoot: contentRoot, chapterPath: file)
        self.chapterNumber = chapterNumber
        self.slug = slug
        self.statistics = statistics
        self.values = values
    }

    mutating func blocks(of node: MarkdownNode) -> [Block] {
        node.children.compactMap { block($0) }
    }

    private mutating func block(_ node: MarkdownNode) -> Block? {
        switch node.kind {
        case .paragraph:
            if let image = soleImage(of: node) { return self.image(image, line: node.startLine) }
            return .paragraph(inlines(of: node))
        case .heading:
            headingCount += 1
            return .heading(Heading(level: node.headingLevel, content: inlines(of: node), anchor: "sec-\(headingCount)"))
        case .list:
            let items = node.children.map { blocks(of: $0) }
            return .list(ListBlock(ordered: node.isOrderedList, start: node.listStart, items: items))
        case .blockQuote:
            let inner = blocks(of: node)
            if case .paragraph(let first)? = inner.first, startsAsNote(first) { return .note(inner) }
            return .quote(inner)
        case .codeBlock:
            return codeBlock(node)
        case .htmlBlock:
            // Raw HTML is shown as text, never passed through.
            return .code(language: "html", text: node.literal)
        case .thematicBreak:
            return .thematicBreak
        case .table:
            return .table(table(node))
        default:
            return nil
        }
    }

    /// The image of a paragraph that holds nothing else (but blank text).
    private func soleImage(of paragraph: MarkdownNode) -> MarkdownNode? {
        let children = paragraph.children.filter {
            !($0.kind == .text && $0.literal.trimmingWhitespace.isEmpty) && $0.kind != .softBreak
        }
        guard children.count == 1, children[0].kind == .image else { return nil }
        return children[0]
    }

    /// An image block: alt text and caption resolved like text, the file
    /// found, checked and read. A file that cannot be used is an error at the
    /// paragraph's line; the block then stays as its alt text.
    private mutating func image(_ node: MarkdownNode, line: Int) -> Block? {
        let alt = altText(of: node).trimmingWhitespace
        if alt.isEmpty {
            diagnostics.append(.warning("图片缺少替代文字", file: file, line: line, value: node.url,
                                        hint: "在方括号中写明图片内容，供读屏软件和图片无法显示时使用，如 ![塔吊监测屏](images/tower.png)"))
        }
        let title = node.title.trimmingWhitespace
        let caption = title.isEmpty ? nil : captionInlines(title, line: line)
        do {
            let (source, bytes, info) = try images.load(node.url)
            return .image(ImageBlock(source: source, alt: alt, caption: caption, info: info, bytes: bytes))
        } catch {
            diagnostics.append(.error(error.message, file: file, line: line, value: node.url, hint: error.hint))
            return alt.isEmpty ? nil : .paragraph([.text(alt)])
        }
    }

    private func startsAsNote(_ inlines: [Inline]) -> Bool {
        let text = inlines.plainText
        return text.hasPrefix("注：") || text.hasPrefix("注:") || text.hasPrefix("Note:")
    }

    private mutating func codeBlock(_ node: MarkdownNode) -> Block {
        let info = node.fenceInfo.trimmingWhitespace
        do {
            switch info {
            case "chart": return try chart(node)
            case "table": return try dataTable(node)
            default: return .code(language: info.isEmpty ? nil : info, text: node.literal)
            }
        } catch {
            let offset = error.key.flatMap { BlockSpec.lineOffset(of: $0, in: node.literal) } ?? 0
            diagnostics.append(.error(error.message, file: file, line: node.startLine + 1 + offset,
                                      value: node.literal.trimmingWhitespace, hint: error.hint))
            if let id = BlockSpec.declaredID(node.literal) {
                // Keep the id known so references to the broken block do not add a second error.
                addTarget(info == "chart" ? .figure : .table, id: id, number: "", anchor: "", node: node, isBroken: true)
            }
            return .code(language: info, text: node.literal)
        }
    }

    private mutating func chart(_ node: MarkdownNode) throws(BlockFailure) -> Block {
        let (spec, id) = try ChartBlock.parse(node.literal)
        figureCount += 1
        let number = "\(chapterNumber)-\(figureCount)"
        let figure = Figure(anchor: "fig-\(number)", number: "图 \(number)",
                            data: FigureData.resolve(spec, statistics: statistics, datasets: values.datasets, dust: values.dust))
        if let id { addTarget(.figure, id: id, number: figure.number, anchor: figure.anchor, node: node) }
        return .figure(figure)
    }

    private mutating func dataTable(_ node: MarkdownNode) throws(BlockFailure) -> Block {
        let spec = try TableBlock.parse(node.literal)
        var table = try DataTables.table(spec, statistics: statistics, datasets: values.datasets)
        tableCount += 1
        let number = "\(chapterNumber)-\(tableCount)"
        table.number = "表 \(number)"
        table.anchor = "tab-\(number)"
        if let id = spec.id { addTarget(.table, id: id, number: "表 \(number)", anchor: "tab-\(number)", node: node) }
        return .table(table)
    }

    private mutating func addTarget(_ kind: ReferenceTarget.Kind, id: String, number: String, anchor: String,
                                    node: MarkdownNode, isBroken: Bool = false) {
        let offset = BlockSpec.lineOffset(of: "id", in: node.literal) ?? 0
        targets.append(ReferenceTarget(kind: kind, id: id, number: number, anchor: anchor, slug: slug, file: file,
                                       line: node.startLine + 1 + offset, isBroken: isBroken))
    }

    private mutating func table(_ node: MarkdownNode) -> Table {
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in node.children where row.kind == .tableRow {
            let cells = row.children.map { inlines(of: $0) }
            if row.isHeaderRow { header = cells } else { rows.append(cells) }
        }
        return Table(alignments: node.tableAlignments, header: header, rows: rows)
    }
}
