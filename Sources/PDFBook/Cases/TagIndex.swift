import Document

/// The index at the end of the case collection (技术标签索引): every tag in
/// the collection's order, and under it the cases carrying it with dot
/// leaders and page numbers, each a link to its case, set like the table
/// of contents.
struct TagIndex {
    static let title = "技术标签索引"
    /// The named destination of the index's first page.
    static let destination = "tags"

    let contents: TableOfContents

    /// The index's flow items: its heading, then a group per tag. `place`
    /// gives a case's destination and printed page number.
    func items(_ collection: CaseCollection,
               place: (CaseStudy) -> (destination: String, folio: String)) -> [FlowItem] {
        var entries: [ContentsEntry] = []
        for (tag, cases) in collection.byTag {
            guard let first = cases.first else { continue }
            entries.append(ContentsEntry(title: tag, level: 1, folio: "", destination: place(first).destination))
            for study in cases {
                let (destination, folio) = place(study)
                entries.append(ContentsEntry(title: study.title, level: 2, folio: folio, destination: destination))
            }
        }
        return [contents.head(Self.title, destination: Self.destination)] + contents.entries(entries)
    }
}
