import Document

/// The layout stage: a publication becomes positioned pages and an outline.
/// Text is shaped here (Pango, through `shaper`) and charts laid out; the
/// export stage only paints.
struct BookLayouter {
    let options: PDFOptions
    let shaper: TextShaper

    func layout(_ publication: Publication) -> BookLayout {
        let type = Typography(options: options)
        let geometry = options.geometry
        let area = geometry.typeArea(characterWidth: type.em, lineHeight: type.bodyLineHeight)

        var builder = FlowBuilder(shaper: shaper, typography: type, area: area)
        var paginator = Paginator(area: area)
        for (index, chapter) in publication.chapters.enumerated() {
            paginator.startChapter(index)
            paginator.place(builder.chapter(chapter, number: chapter.number))
        }

        let cover = CoverPage(type: type, geometry: geometry, area: area, shaper: shaper)
            .frame(for: publication, date: options.creationDate)
        let marginals = Marginals(type: type, geometry: geometry, area: area, shaper: shaper)
        let runningHeads = publication.chapters.map { ChapterTitle.display(number: $0.number, title: $0.title) }
        let body = paginator.finish().enumerated().map { index, draft in
            marginals.frame(for: draft, number: index + 1, runningHead: runningHeads[draft.chapter])
        }
        // The cover is page 0; the paginator counted from the first body page.
        let outline = paginator.outline.map { entry -> OutlineEntry in
            var entry = entry
            entry.pageIndex += 1
            return entry
        }
        return BookLayout(pages: [cover] + body, outline: outline)
    }
}
