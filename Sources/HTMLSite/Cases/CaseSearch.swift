import Document
import Foundation

/// The site search's entries for the case collection: its page, and each
/// case (kind "案例") with its place, category, tags, summary and body text.
enum CaseSearch {
    /// How much of a case's body text goes into the index, in characters.
    static let bodyLimit = 2_000

    static func entries(_ collection: CaseCollection) -> [SearchEntry] {
        let paths = CasePaths(collection)
        var entries = [SearchEntry(title: collection.title, url: paths.index, kind: "页面",
                                   text: "案例集 \(collection.cases.count) 个案例")]
        for study in collection.cases {
            var words = [study.region.cityName]
            if let county = study.region.countyName { words.append(county) }
            if let category = study.category { words.append(category.rawValue) }
            words += study.tags
            words.append(study.summary)
            let body = PlainText.of(study.blocks)
            if !body.isEmpty { words.append(String(body.prefix(bodyLimit))) }
            entries.append(SearchEntry(title: study.title, url: paths.folder + paths.casePage(study), kind: "案例",
                                       text: words.joined(separator: " ")))
        }
        return entries
    }
}

/// The readable text of blocks, for the search index: headings, paragraphs,
/// list items, quotes, notes and table cells, separated by spaces.
enum PlainText {
    static func of(_ blocks: [Block]) -> String {
        var parts: [String] = []
        for block in blocks { collect(block, into: &parts) }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func collect(_ block: Block, into parts: inout [String]) {
        switch block {
        case .heading(let heading): parts.append(of(heading.content))
        case .paragraph(let content): parts.append(of(content))
        case .list(let list): for item in list.items { for inner in item { collect(inner, into: &parts) } }
        case .quote(let blocks), .note(let blocks): for inner in blocks { collect(inner, into: &parts) }
        case .table(let table):
            for cell in table.header { parts.append(of(cell)) }
            for row in table.rows { for cell in row { parts.append(of(cell)) } }
        case .code, .figure, .image, .thematicBreak: break
        }
    }

    /// Inline text without markup, line breaks as spaces.
    static func of(_ inlines: [Inline]) -> String {
        inlines.plainText.replacingOccurrences(of: "\n", with: " ")
    }
}
