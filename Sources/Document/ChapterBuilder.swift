import Model
import Statistics

/// Turns a chapter's Markdown into the document model: cmark-gfm's tree,
/// inline values resolved, charts numbered per chapter.
public enum ChapterBuilder {
    public static func build(_ source: ChapterSource, statistics: ProvinceStatistics, values: ValueTable,
                             diagnostics: inout Diagnostics) -> Chapter {
        let tree = MarkdownTree(markdown: source.text)
        var converter = BlockConverter(
            file: source.path, chapterNumber: source.number, statistics: statistics, values: values)
        var blocks = converter.blocks(of: MarkdownNode(pointer: tree.root))
        diagnostics.append(contentsOf: converter.diagnostics)

        var title = source.slug
        if case .heading(let heading)? = blocks.first, heading.level == 1 {
            title = heading.content.plainText
            blocks.removeFirst()
        } else {
            diagnostics.append(.warning(
                "章节没有一级标题，以文件名「\(source.slug)」作为标题", file: source.path, line: 1,
                hint: "在文件第一行写「# 章节标题」"))
        }
        return Chapter(number: source.number, slug: source.slug, title: title, source: source.path, blocks: blocks)
    }
}
