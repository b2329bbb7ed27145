import Testing
@testable import PDFBook

/// Pagination rules on synthetic items: lines 10 pt high in a 100 pt page.
@Suite struct PaginatorTests {
    let area = Rect(x: 0, y: 0, width: 100, height: 100)

    func paragraph(_ name: String, lines count: Int, keepWithNext: Bool = false,
                   marks: [RegionMark] = [], spaceBefore: Double = 0) -> FlowItem {
        let spec = TextSpec(markup: name, style: TextStyle(family: "Serif", size: 10, lineHeight: 10), width: 100)
        let lines = (0..<count).map { LineBox(top: Double($0) * 10, height: 10, baseline: Double($0) * 10 + 8) }
        return FlowItem(content: .lines(FlowLines(spec: spec, x: 0, lines: lines)), spaceBefore: spaceBefore,
                        keepWithNext: keepWithNext, marks: marks)
    }

    func box(_ height: Double) -> FlowItem {
        FlowItem(content: .box(FlowBox(height: height, items: [])))
    }

    /// (markup, lines) of every text on each page.
    func texts(_ pages: [PageDraft]) -> [[String]] {
        pages.map { page in
            page.items.compactMap { item in
                guard case .text(let text) = item else { return nil }
                return "\(text.spec.markup)\(text.lines.lowerBound)-\(text.lines.upperBound)@\(text.origin.y)"
            }
        }
    }

    func paginate(_ items: [FlowItem]) -> Paginator {
        var paginator = Paginator(area: area)
        paginator.startChapter(0)
        paginator.place(items)
        return paginator
    }

    @Test func aSingleLineIsNeverLeftAtTheBottomOfAPage() {
        let pages = paginate([box(85), paragraph("p", lines: 5)]).finish()
        #expect(texts(pages) == [[], ["p0-5@0.0"]])
    }

    @Test func aSingleLineIsNeverCarriedToTheTopOfAPage() {
        // Three of four lines would fit; the last would be alone on the next page.
        let pages = paginate([box(70), paragraph("p", lines: 4)]).finish()
        #expect(texts(pages) == [["p0-2@70.0"], ["p2-4@-20.0"]])
    }

    @Test func aParagraphLongerThanAPageContinuesOnTheNext() {
        let pages = paginate([paragraph("p", lines: 25)]).finish()
        #expect(texts(pages) == [["p0-10@0.0"], ["p10-20@-100.0"], ["p20-25@-200.0"]])
    }

    @Test func aHeadingMovesWithTheFirstLinesOfItsParagraph() {
        let items = [box(75), paragraph("h", lines: 1, keepWithNext: true), paragraph("p", lines: 5)]
        let pages = paginate(items).finish()
        #expect(texts(pages) == [[], ["h0-1@0.0", "p0-5@10.0"]])
    }

    @Test func spaceBeforeVanishesAtTheTopOfAPage() {
        let pages = paginate([box(95), paragraph("p", lines: 2, spaceBefore: 8)]).finish()
        #expect(texts(pages) == [[], ["p0-2@0.0"]])
        let same = paginate([box(50), paragraph("p", lines: 2, spaceBefore: 8)]).finish()
        #expect(texts(same) == [["p0-2@58.0"]])
    }

    @Test func aTableRepeatsItsHeaderOnEveryPage() {
        let style = TextStyle(family: "Sans", size: 10, lineHeight: 10)
        func row(_ name: String, _ height: Double) -> FlowBox {
            FlowBox(height: height, items: [.text(TextPlacement(
                spec: TextSpec(markup: name, style: style, width: 50), lines: 0..<1, origin: Point(x: 0, y: 0)))])
        }
        let table = FlowTable(continuation: row("续", 10), header: row("H", 10), rows: (1...8).map { row("r\($0)", 20) })
        let pages = paginate([FlowItem(content: .table(table))]).finish()
        let names = texts(pages).map { $0.map { String($0.prefix { $0 != "0" }) } }
        #expect(names == [["H", "r1", "r2", "r3", "r4"], ["续", "H", "r5", "r6", "r7", "r8"]])
    }

    @Test func aQuoteBarIsDrawnOncePerPageItSpans() {
        let bar = RegionMark(id: 1, kind: .bar(x: 5, width: 2, color: .rule))
        let items = [box(60), paragraph("a", lines: 2, marks: [bar]), paragraph("b", lines: 6, marks: [bar])]
        let pages = paginate(items).finish()
        let rules = pages.map { page in
            page.items.compactMap { item -> [Double]? in
                guard case let .rules(segments, _, _) = item, let bar = segments.first else { return nil }
                return [bar.from.y, bar.to.y]
            }
        }
        // First page: a (60…80) and b's first two lines (80…100); second: b's other four.
        #expect(rules == [[[60, 100]], [[0, 40]]])
    }

    @Test func outlineEntriesPointAtTheirPage() {
        var heading = paragraph("h", lines: 1, keepWithNext: true)
        heading.outline = OutlineTitle(title: "一、推进情况", level: 2)
        let paginator = paginate([box(95), heading, paragraph("p", lines: 3)])
        #expect(paginator.outline == [OutlineEntry(title: "一、推进情况", level: 2, pageIndex: 1, y: 0)])
    }
}
