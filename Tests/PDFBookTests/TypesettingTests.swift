@preconcurrency import CCairo
import Document
import Testing
@testable import PDFBook

/// Text handling: markup, numerals, geometry and the CJK justification.
@Suite struct TypesettingTests {
    let typography = Typography(options: PDFOptions(creationDate: SamplePublication.date))

    @Test func contentCannotInjectMarkup() {
        #expect(PangoMarkup.escape("a<b>&\"'\u{1}\n") == "a&lt;b&gt;&amp;&quot;&apos; ")
        let markup = PangoMarkup.markup([.strong([.text("<i>")]), .lineBreak, .value(name: "x", text: "87.3%")],
                                        typography: typography)
        #expect(markup == "<b>&lt;i&gt;</b>\u{2028}87.3%")
    }

    @Test func chapterNumbersAreWrittenInChinese() {
        #expect(ChapterTitle.chineseNumeral(1) == "一")
        #expect(ChapterTitle.chineseNumeral(10) == "十")
        #expect(ChapterTitle.chineseNumeral(12) == "十二")
        #expect(ChapterTitle.chineseNumeral(20) == "二十")
        #expect(ChapterTitle.chineseNumeral(105) == "一百零五")
        #expect(ChapterTitle.display(number: 3, title: "典型案例") == "第三章\u{3000}典型案例")
        #expect(ChapterTitle.display(number: 3, title: "第三章 典型案例") == "第三章 典型案例")
        #expect(ChapterTitle.display(number: 3, title: "三、典型案例") == "三、典型案例")
        #expect(ChapterTitle.display(number: 3, title: "数据来源、方法") == "第三章\u{3000}数据来源、方法")
    }

    @Test func theTypeAreaIsWholeCharactersWideAndCentred() {
        // Nominal 156 × 225 mm = 442.2 × 637.8 pt: 40 characters of 11 pt, 33 lines of 19 pt.
        let area = PageGeometry.a4.typeArea(characterWidth: 11, lineHeight: 19)
        #expect(area.width == 440)
        #expect(area.height == 627)
        #expect(abs(area.x - (595.276 - 440) / 2) < 1e-9)
        #expect(abs(area.y - (841.89 - 627) / 2) < 1e-9)
    }

    /// x of the character at `byteIndex`, in points.
    func x(_ layout: OpaquePointer, _ byteIndex: Int) -> Double {
        var position = PangoRectangle()
        pango_layout_index_to_pos(layout, Int32(byteIndex), &position)
        return Double(position.x) / TextShaper.scale
    }

    @Test func justificationFillsChineseLinesButLeavesLatinWordsAlone() {
        let shaper = TextShaper()
        let text = String(repeating: "智慧工地采用BIM技术完成验证，", count: 12)
        var style = typography.body
        style.firstLineIndent = 0
        let justified = TextSpec(markup: text, style: style, width: 150.5)
        var ragged = justified
        ragged.style.justify = false
        let a = shaper.shaped(justified).layout, b = shaper.shaped(ragged).layout
        #expect(shaper.lines(justified) == shaper.lines(ragged))

        let bytes = Array(text.utf8)
        var lineStarts: [Int] = []
        for index in 0..<Int(pango_layout_get_line_count(a)) {
            lineStarts.append(Int(pango_layout_get_line_readonly(a, Int32(index)).pointee.start_index))
        }
        var checkedLines = 0
        for (line, start) in lineStarts.enumerated() where line < lineStarts.count - 1 {
            // The line's last character ends at the right edge.
            var last = lineStarts[line + 1] - 1
            while bytes[last] & 0xC0 == 0x80 { last -= 1 }
            var position = PangoRectangle()
            pango_layout_index_to_pos(a, Int32(last), &position)
            let right = Double(position.x + position.width) / TextShaper.scale
            #expect(abs(right - 150.5) < 0.05, "line \(line) ends at \(right)")
            checkedLines += 1
            _ = start
        }
        #expect(checkedLines >= 3)
        // Inside "BIM" nothing moved relative to its first letter.
        var index = 0
        while let range = text.utf8.indices(of: Array("BIM".utf8), from: index) {
            let b0 = range, m = range + 2
            #expect(abs((x(a, m) - x(a, b0)) - (x(b, m) - x(b, b0))) < 0.001)
            index = range + 3
        }
    }
}

extension TypesettingTests {
    @Test func linesBeforeAForcedBreakAndTheLastLineStayRagged() {
        let shaper = TextShaper()
        var style = typography.body
        style.firstLineIndent = 0
        let markup = PangoMarkup.markup([.text("第一行较短。"), .lineBreak, .text(String(repeating: "智慧工地", count: 12))],
                                        typography: typography)
        let spec = TextSpec(markup: markup, style: style, width: 150.5)
        let layout = shaper.shaped(spec).layout
        var extents = PangoRectangle()
        pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, 0), nil, &extents)
        #expect(Double(extents.width) / TextShaper.scale < 80)
        let count = pango_layout_get_line_count(layout)
        #expect(count >= 3)
        pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, count - 1), nil, &extents)
        #expect(Double(extents.width) / TextShaper.scale < 150)
    }
}

private extension String.UTF8View {
    /// Byte offset of the next occurrence of `needle` at or after `start`.
    func indices(of needle: [UInt8], from start: Int) -> Int? {
        let bytes = Array(self)
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for offset in start...(bytes.count - needle.count) where Array(bytes[offset..<(offset + needle.count)]) == needle {
            return offset
        }
        return nil
    }
}
