@preconcurrency import CCairo
import Document
import Testing
@testable import PDFBook

/// What the shaper and the table layout reuse gives exactly what working
/// afresh gives: a cell measured unwrapped and painted from that layout, a
/// cache keyed by the markup's bytes, a row's grid lines stroked together.
@Suite struct ShapingReuseTests {
    let typography = Typography(options: PDFOptions(creationDate: SamplePublication.date))

    /// All that painting reads from a shaped text, per line: where it is painted
    /// (Pango units), its box and baseline, and every glyph with its advance and offsets.
    func painted(_ shape: ShapedText) -> [[Int32]] {
        var lines: [[Int32]] = []
        let iter = pango_layout_get_iter(shape.layout)
        defer { pango_layout_iter_free(iter) }
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            var line: [Int32] = [shape.xShift + logical.x, logical.y, logical.width, logical.height,
                                 pango_layout_iter_get_baseline(iter)]
            var run = pango_layout_iter_get_line_readonly(iter)?.pointee.runs
            while let node = run {
                run = node.pointee.next
                guard let glyphs = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self).pointee.glyphs
                else { continue }
                for index in 0..<Int(glyphs.pointee.num_glyphs) {
                    let glyph = glyphs.pointee.glyphs[index]
                    line += [Int32(glyph.glyph), glyph.geometry.width, glyph.geometry.x_offset, glyph.geometry.y_offset]
                }
            }
            lines.append(line)
        } while pango_layout_iter_next_line(iter) != 0
        return lines
    }

    static let cells = ["南京市", "JS2022-320812-0024", "87.3%", "Performance", "智慧工地BIM应用平台",
                        "<b>合格</b>率", "A &amp; B"]

    @Test(arguments: cells, [TextStyle.Alignment.left, .right, .center])
    func aCellMeasuredUnwrappedPaintsAsIfShapedAtItsWidth(markup: String, alignment: TextStyle.Alignment) {
        var style = typography.tableCell
        style.alignment = alignment
        style.justify = alignment == .left
        for extra in [0.0, 0.3, 25, -4] {
            let reusing = TextShaper(), fresh = TextShaper()
            let natural = reusing.naturalWidth(markup, style: style)
            let spec = TextSpec(markup: markup, style: style, width: natural + extra)
            let shape = reusing.shaped(spec)
            #expect(painted(shape) == painted(fresh.shaped(spec)), "\(markup) at +\(extra)")

            var unwrapped = style
            unwrapped.justify = false
            let measured = reusing.shaped(TextSpec(markup: markup, style: unwrapped, width: -1)).layout
            let fits = extra >= 0 && pango_layout_get_line_count(measured) == 1
            #expect((shape.layout == measured) == (fits && alignment != .center), "\(markup) at +\(extra)")
            withExtendedLifetime((reusing, fresh)) {}
        }
    }

    @Test func markupIsKeyedByItsBytes() {
        let style = typography.body
        let composed = TextSpec(markup: "caf\u{E9}", style: style, width: 100)
        let decomposed = TextSpec(markup: "cafe\u{301}", style: style, width: 100)
        #expect(composed != decomposed, "String's == would call these equal")
        #expect(composed == TextSpec(markup: "caf" + "\u{E9}", style: style, width: 100))
        #expect(composed.hashValue == TextSpec(markup: "caf" + "\u{E9}", style: style, width: 100).hashValue)
        #expect(Set([composed, decomposed, composed]).count == 2)
    }

    @Test func aTableRowStrokesItsGridTwiceWithoutOverlaps() {
        let book = BookLayouter(options: PDFOptions(creationDate: SamplePublication.date), shaper: TextShaper())
        let publication = Publication(kind: .annual, title: "t", year: 2025, office: "o", chapters: [])
        var builder = FlowBuilder(shaper: book.shaper, typography: book.typography, area: book.area,
                                  links: LinkResolver(publication))
        let table = Table(alignments: [.left, .right, .center], header: [[.text("城市")], [.text("数量")], [.text("等次")]],
                          rows: [[[.text("南京市")], [.text("12")], [.text("优良")]]])
        let items = builder.table(table, in: FlowContext(x: 0, width: book.area.width))
        guard case .table(let flow)? = items.last?.content, let row = flow.rows.first else {
            Issue.record("no table")
            return
        }
        let strokes = row.items.compactMap { item -> [Segment]? in
            if case let .rules(segments, _, _) = item { segments } else { nil }
        }
        #expect(strokes.count == 2)
        #expect(strokes.first?.allSatisfy { $0.from.y == $0.to.y } == true, "horizontal lines first")
        #expect(strokes.first.map { Set($0.map(\.from.y)).count } == 2)
        #expect(strokes.last?.allSatisfy { $0.from.x == $0.to.x } == true)
        #expect(strokes.last.map { Set($0.map(\.from.x)).count } == 4, "one vertical per column edge, none twice")
    }
}
