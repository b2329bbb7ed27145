import Model
import Statistics

/// Builds a publication from its chapter files, in file-name order.
public enum PublicationBuilder {
    /// Converts every chapter (numbering its figures and tables), then resolves
    /// `[@fig:id]` / `[@tab:id]` across the publication: a reference to
    /// another chapter links to `slug.html#fig-1-1`.
    public static func build(_ kind: PublicationKind, sources: [ChapterSource], config: SiteConfig,
                             statistics: ProvinceStatistics, values: ValueTable,
                             diagnostics: inout Diagnostics) -> Publication {
        let converted = sources
            .sorted { ($0.number, $0.path) < ($1.number, $1.path) }
            .map { ChapterBuilder.convert($0, statistics: statistics, values: values, diagnostics: &diagnostics) }
        var seen: [Int: String] = [:]
        for chapter in converted.map(\.chapter) {
            if let other = seen[chapter.number] {
                diagnostics.append(.error("章节编号 \(chapter.number) 与 \(other) 重复", file: chapter.source,
                                          hint: "每章的文件名以不同的编号开头，如 01-、02-"))
            }
            seen[chapter.number] = chapter.source
        }
        let targets = CrossReferences.index(converted.flatMap(\.targets), diagnostics: &diagnostics)
        let chapters = converted.map { CrossReferences.resolve($0, targets: targets, diagnostics: &diagnostics) }
        return Publication(kind: kind, title: kind.title(year: config.year), year: config.year,
                           office: config.office, chapters: chapters)
    }
}
