import Model
import Statistics

/// Turns a chapter's Markdown into the document model: cmark-gfm's tree,
/// inline values resolved, figures and tables numbered per chapter.
public enum ChapterBuilder {
    /// A chapter on its own: references resolve against its own figures and
    /// tables (``PublicationBuilder`` resolves across the publication).
    public static func build(_ source: ChapterSource, statistics: ProvinceStatistics, values: ValueTable,
                             diagnostics: inout Diagnostics) -> Chapter {
        let converted = convert(source, statistics: statistics, values: values, diagnostics: &diagnostics)
        let targets = CrossReferences.index(converted.targets, diagnostics: &diagnostics)
        return CrossReferences.resolve(converted, targets: targets, diagnostics: &diagnostics)
    }

    /// The chapter with its references still placeholders, plus its targets.
    static func convert(_ source: ChapterSource, statistics: ProvinceStatistics, values: ValueTable,
                        diagnostics: inout Diagnostics) -> ConvertedChapter {
        let tree = MarkdownTree(markdown: source.text)
        var converter = BlockConverter(file: source.path, chapterNumber: source.number, slug: source.slug,
                                       statistics: statistics, values: values, contentRoot: source.contentRoot)
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
        let chapter = Chapter(number: source.number, slug: source.slug, title: title, source: source.path, blocks: blocks)
        return ConvertedChapter(chapter: chapter, targets: converter.targets, references: converter.references)
    }
}
