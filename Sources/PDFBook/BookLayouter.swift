import Document

/// The layout stage: a publication becomes positioned pages and an outline.
/// Text is shaped here (Pango, through `shaper`) and charts laid out; the
/// export stage only paints.
///
/// The book: the cover; the table of contents, numbered I, II, … in capital
/// roman numerals; the chapters, numbered 1, 2, … from the first body page.
/// The body is laid out first, so the contents know its page numbers; the
/// contents' own length cannot shift them (it has numbers of its own).
/// Double-sided, the back of the cover stays blank and a blank page after
/// an odd number of contents pages makes page 1 a right-hand page, so odd
/// numbers always fall on right-hand pages (their folio and margins outside).
struct BookLayouter {
    let options: PDFOptions
    let shaper: TextShaper

    /// Body text size, line grid and type area of this book's options.
    var typography: Typography { Typography(options: options) }
    var area: Rect { options.geometry.typeArea(characterWidth: typography.em, lineHeight: typography.bodyLineHeight) }

    func layout(_ publication: Publication) -> BookLayout {
        let type = typography
        let area = self.area

        var builder = FlowBuilder(shaper: shaper, typography: type, area: area, links: LinkResolver(publication))
        var paginator = Paginator(area: area)
        for (index, chapter) in publication.chapters.enumerated() {
            paginator.startChapter(index)
            paginator.place(builder.chapter(chapter, number: chapter.number, index: index))
        }

        let cover = CoverPage(type: type, geometry: options.geometry, area: area, shaper: shaper)
            .frame(for: publication, date: options.creationDate)
        guard !publication.chapters.isEmpty else { return BookLayout(pages: [cover], outline: []) }
        let entries = paginator.outline.map {
            ContentsEntry(title: $0.title, level: $0.level, folio: String($0.pageIndex + 1),
                          destination: $0.destination ?? LinkResolver.contentsDestination)
        }
        let runningHeads = publication.chapters.map { ChapterTitle.display(number: $0.number, title: $0.title) }
        return assemble(cover: cover, contents: entries, body: paginator.finish(), bodyOutline: paginator.outline) {
            draft, _ in runningHeads[draft.chapter]
        }
    }

    /// The book put together: `cover`; double-sided, its blank back; the
    /// table of contents of `contents`, numbered in roman numerals (and a
    /// blank page after an odd number of them); the `body` pages numbered
    /// from 1, each with the running head `runningHead(draft, recto)`.
    /// `bodyOutline` counts body pages; the result's outline counts the book's.
    func assemble(cover: PageFrame, contents entries: [ContentsEntry], body: [PageDraft], bodyOutline: [OutlineEntry],
                  runningHead: (PageDraft, _ recto: Bool) -> String) -> BookLayout {
        let type = typography
        let geometry = options.geometry
        let area = self.area
        let marginals = Marginals(type: type, geometry: geometry, area: area, shaper: shaper)
        var book = BookLayout(pages: [cover], outline: [])
        if options.doubleSided { book.pages.append(marginals.blank(label: "封二")) }

        /// Appends `drafts` numbered from 1 (printed as `folio(n)`) and their outline entries.
        func append(_ drafts: [PageDraft], outline: [OutlineEntry], folio: (Int) -> String,
                    runningHead: (PageDraft, Bool) -> String) {
            let first = book.pages.count
            for (index, draft) in drafts.enumerated() {
                let recto = (index + 1) % 2 == 1
                let page = marginals.frame(for: draft, folio: folio(index + 1), recto: recto,
                                           runningHead: runningHead(draft, recto))
                book.pages.append(recto || !options.doubleSided ? page : page.shifted(by: geometry.versoShift))
            }
            book.outline += outline.map { entry in
                var entry = entry
                entry.pageIndex += first
                return entry
            }
        }

        var contents = Paginator(area: area)
        contents.startChapter(0)
        contents.place(TableOfContents(type: type, area: area, shaper: shaper).items(entries))
        let contentsPages = contents.finish()
        append(contentsPages, outline: contents.outline, folio: RomanNumeral.upper) { _, _ in TableOfContents.title }
        if options.doubleSided, contentsPages.count % 2 == 1 {
            book.pages.append(marginals.blank(label: RomanNumeral.upper(contentsPages.count + 1)))
        }
        append(body, outline: bodyOutline, folio: { String($0) }, runningHead: runningHead)
        return book
    }
}

extension PageFrame {
    /// The page with everything on it moved `dx` to the right.
    func shifted(by dx: Double) -> PageFrame {
        guard dx != 0 else { return self }
        var page = self
        page.items = items.map { $0.offsetBy(dx: dx, dy: 0) }
        return page
    }
}
