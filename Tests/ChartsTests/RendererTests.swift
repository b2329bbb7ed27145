@preconcurrency import CCairo
import Model
import Testing
@testable import Charts

@Suite struct RendererTests {
    let layout = ChartLayoutEngine.layout(Fixtures.coverage, width: 720, height: 420)

    @Test func svgIsDeterministicAndSmall() {
        let first = ChartRenderer.svg(layout)
        // Another chart in between advances Cairo's process-wide surface counter.
        _ = ChartRenderer.svg(ChartLayoutEngine.layout(Fixtures.coverage, width: 340, height: 420))
        let second = ChartRenderer.svg(layout)
        #expect(first == second)
        #expect(first.starts(with: Array("<?xml".utf8)))
        #expect(String(decoding: first, as: UTF8.self).contains("viewBox=\"0 0 720 420\""))
        #expect(String(decoding: first, as: UTF8.self).contains("<g id=\"surface1\""))
        // 13 bars, 103 distinct glyphs in four sizes: measured 70,527 bytes
        // (136,982 as Cairo writes it, before SVGPostProcessor).
        #expect(first.count < 75_000, "\(first.count) bytes")
    }

    @Test func pngIsDeterministicAndScaled() {
        let first = ChartRenderer.png(layout)
        let second = ChartRenderer.png(layout)
        #expect(first == second)
        #expect(first.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big-endian, at bytes 16…23.
        func be32(_ at: Int) -> Int { first[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(be32(16) == 1440 && be32(20) == 840)
        let single = ChartRenderer.png(layout, scale: 1)
        #expect(single[16..<24].elementsEqual([0, 0, 2, 208, 0, 0, 1, 164]))
    }

    @Test func drawsOnAnyCairoContext() {
        // A PDF page, as PDFBook will use it: the chart at an offset.
        let sink = ByteSink()
        sink.withPointer { closure in
            let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, 595, 842)
            let context = cairo_create(surface)!
            cairo_translate(context, 50, 100)
            ChartRenderer.draw(layout, on: context)
            #expect(cairo_status(context) == CAIRO_STATUS_SUCCESS)
            cairo_destroy(context)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        #expect(sink.bytes.starts(with: Array("%PDF".utf8)))
        #expect(sink.bytes.count > 10_000)
    }

    @Test func textColoursMeetContrast() {
        for color in Palette.textColors {
            #expect(color.contrastRatio(against: Palette.background) >= 4.5, "\(color.hexString)")
        }
        #expect(Palette.bar.contrastRatio(against: Palette.background) >= 3)
        #expect(Palette.target.contrastRatio(against: Palette.background) >= 3)
        #expect(Palette.axis.contrastRatio(against: Palette.background) >= 3)
        #expect(Palette.text.hexString == "#1a202c")
        let used = Set(layout.textItems.map(\.color))
        #expect(used.isSubset(of: Set(Palette.textColors)))
        for color in Palette.series + Grade.allCases.map(Palette.grade) {
            #expect(color.contrastRatio(against: Palette.background) >= 3, "\(color.hexString)")
        }
    }

    /// Every text of every kind: on the background at least 4.5:1; on a fill
    /// (segment, cell, tile) at least 4.5:1 against that fill.
    @Test func everyTextOfEveryKindMeetsContrast() {
        for (name, data) in KindFixtures.all {
            let layout = ChartLayoutEngine.layout(data, width: 720, height: 440)
            let fills = layout.items.compactMap { item -> ChartRect? in
                if case .rect(let rect) = item, [.segment, .cell, .tile].contains(rect.role) { return rect }
                return nil
            }
            for text in layout.textItems {
                let center = (x: (text.minX + text.maxX) / 2, y: text.y + text.height / 2)
                let under = fills.last { center.x >= $0.x && center.x <= $0.x + $0.width
                    && center.y >= $0.y && center.y <= $0.y + $0.height }
                let ground = under?.fill ?? Palette.background
                #expect(text.color.contrastRatio(against: ground) >= 4.5, "\(name): \(text.string) on \(ground.hexString)")
            }
        }
    }
}
