import Model
import Statistics

/// Builds a publication from its chapter files, in file-name order.
public enum PublicationBuilder {
    public static func build(_ kind: PublicationKind, sources: [ChapterSource], config: SiteConfig,
                             statistics: ProvinceStatistics, values: ValueTable,
                             diagnostics: inout Diagnostics) -> Publication {
        let chapters = sources
            .sorted { ($0.number, $0.path) < ($1.number, $1.path) }
            .map { ChapterBuilder.build($0, statistics: statistics, values: values, diagnostics: &diagnostics) }
        var seen: [Int: String] = [:]
        for chapter in chapters {
            if let other = seen[chapter.number] {
                diagnostics.append(.error("章节编号 \(chapter.number) 与 \(other) 重复", file: chapter.source,
                                          hint: "每章的文件名以不同的编号开头，如 01-、02-"))
            }
            seen[chapter.number] = chapter.source
        }
        return Publication(kind: kind, title: kind.title(year: config.year), year: config.year,
                           office: config.office, chapters: chapters)
    }
}
