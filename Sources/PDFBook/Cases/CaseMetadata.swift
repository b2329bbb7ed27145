import Document
import Model

extension PDFMetadata {
    /// The case collection's information dictionary: its title and office,
    /// the general keywords of the programme, then every technology tag.
    init(collection: CaseCollection, date: Day) {
        var metadata = PDFMetadata(publication: collection.bookPublication, date: date)
        var keywords = ["智慧工地", "江苏省", "\(collection.year)年", "绿色智慧工地", "典型案例"]
        for entry in collection.byTag where !keywords.contains(entry.tag) { keywords.append(entry.tag) }
        metadata.keywords = keywords.joined(separator: ", ")
        self = metadata
    }
}

extension CaseCollection {
    /// The collection as a publication of chapters — the preface, then each
    /// case with its slug and body — for what the book shares with the other
    /// publications: the cover, and links between cases (`other-case.html#…`).
    var bookPublication: Publication {
        let cases = cases.map {
            Chapter(number: $0.number, slug: $0.slug, title: $0.title, source: $0.source, blocks: $0.blocks)
        }
        return Publication(kind: .cases, title: title, year: year, office: office,
                           chapters: (preface.map { [$0] } ?? []) + cases)
    }
}
