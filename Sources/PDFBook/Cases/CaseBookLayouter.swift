import Document

/// The layout stage of the case collection, with the parts every book
/// shares (cover, contents, marginals, pagination):
///
/// - the body: the preface as the first chapter, titled as written; each
///   case from a new page, cities in the collection's order; the tag index;
/// - the table of contents: 前言, then each city (a line without a number)
///   with its cases, then the tag index;
/// - the outline: 目录, 前言, each city with its cases under it, 技术标签索引;
/// - running heads: double-sided, the collection's title on left-hand pages
///   and the case's (or preface's, or index's) title on right-hand ones.
///
/// The preface and the cases are the chapters of ``CaseCollection/bookPublication``,
/// so their destinations are `c1`, `c2`, … as in every book; a city's first
/// case also carries `city-CODE`, the index `tags`.
struct CaseBookLayouter {
    let options: PDFOptions
    let shaper: TextShaper

    static func cityDestination(_ code: String) -> String { "city-\(code)" }

    func layout(_ collection: CaseCollection) -> BookLayout {
        let book = BookLayouter(options: options, shaper: shaper)
        let type = book.typography, area = book.area
        let publication = collection.bookPublication
        var builder = FlowBuilder(shaper: shaper, typography: type, area: area, links: LinkResolver(publication))
        var paginator = Paginator(area: area)
        var heads: [String] = []

        if let preface = collection.preface {
            paginator.startChapter(0)
            paginator.place(builder.chapter(preface, number: 0, index: 0))
            heads.append(preface.title)
        }
        let firstCase = heads.count
        var chapterBySlug: [String: Int] = [:]
        var cityOpenings: Set<Int> = []
        for (offset, study) in collection.cases.enumerated() {
            let index = firstCase + offset
            chapterBySlug[study.slug] = chapterBySlug[study.slug] ?? index
            var destinations = [LinkResolver.chapterDestination(index)]
            if offset == 0 || collection.cases[offset - 1].region.cityCode != study.region.cityCode {
                destinations.append(Self.cityDestination(study.region.cityCode))
                cityOpenings.insert(index)
            }
            paginator.startChapter(index)
            paginator.place(builder.study(study, index: index, destinations: destinations))
            heads.append(study.title)
        }

        // Page numbers of the chapters, known now that preface and cases are placed.
        var folios: [String: String] = [:]
        for entry in paginator.outline {
            if let destination = entry.destination, folios[destination] == nil {
                folios[destination] = String(entry.pageIndex + 1)
            }
        }
        func place(_ study: CaseStudy) -> (destination: String, folio: String) {
            let destination = LinkResolver.chapterDestination(chapterBySlug[study.slug] ?? firstCase)
            return (destination, folios[destination] ?? "")
        }
        let contentsSetter = TableOfContents(type: type, area: area, shaper: shaper)
        if !collection.cases.isEmpty {
            paginator.startChapter(heads.count)
            paginator.place(TagIndex(contents: contentsSetter).items(collection, place: place))
            heads.append(TagIndex.title)
        }

        let cover = CoverPage(type: type, geometry: options.geometry, area: area, shaper: shaper)
            .frame(for: publication, date: options.creationDate)
        guard !heads.isEmpty else { return BookLayout(pages: [cover], outline: []) }

        let body = paginator.finish()
        let outline = self.outline(paginator.outline, collection: collection, firstCase: firstCase,
                                   cityOpenings: cityOpenings)
        let contents = outline.map {
            ContentsEntry(title: $0.title, level: $0.level,
                          folio: $0.destination?.hasPrefix("city-") == true ? "" : String($0.pageIndex + 1),
                          destination: $0.destination ?? LinkResolver.contentsDestination)
        }
        let doubleSided = options.doubleSided
        return book.assemble(cover: cover, contents: contents, body: body, bodyOutline: outline) { draft, recto in
            doubleSided && !recto ? collection.title : heads[draft.chapter]
        }
    }

    /// The body's outline: the preface's and the index's entries, and for
    /// each case its entry under a new entry for its city where a city
    /// begins; the sections of the preface and the cases left out.
    private func outline(_ placed: [OutlineEntry], collection: CaseCollection, firstCase: Int,
                         cityOpenings: Set<Int>) -> [OutlineEntry] {
        var caseByDestination: [String: Int] = [:]
        for offset in collection.cases.indices {
            caseByDestination[LinkResolver.chapterDestination(firstCase + offset)] = offset
        }
        var result: [OutlineEntry] = []
        for entry in placed {
            if entry.level <= 1 {
                result.append(entry)
                continue
            }
            guard let offset = entry.destination.flatMap({ caseByDestination[$0] }) else { continue }
            let study = collection.cases[offset]
            if cityOpenings.contains(firstCase + offset) {
                var city = entry
                city.title = study.region.cityName
                city.level = 1
                city.destination = Self.cityDestination(study.region.cityCode)
                result.append(city)
            }
            result.append(entry)
        }
        return result
    }
}
