import Model
import Testing
@testable import PDFBook

/// site.yml's `pdf:` section as options: defaults, overrides, margins that
/// mirror on left-hand pages.
@Suite struct PDFOptionsTests {
    let date = SamplePublication.date

    @Test func anEmptySectionGivesTheDefaults() {
        #expect(PDFOptions(creationDate: date, config: PDFConfig()) == PDFOptions(creationDate: date))
        let defaults = PDFOptions(creationDate: date)
        #expect(defaults.bodySize == 11)
        #expect(defaults.bodyFont == "Noto Serif CJK SC")
        #expect(defaults.headingFont == "Noto Sans CJK SC")
        #expect(defaults.doubleSided)
        #expect(defaults.geometry.margins == nil)
    }

    @Test func valuesOverrideAndMarginsAreMillimetres() throws {
        let config = PDFConfig(bodySize: 12, bodyFont: "Noto Sans CJK SC", headingFont: "Noto Serif CJK SC",
                               marginTop: 37, marginInside: 30, doubleSided: false)
        let options = PDFOptions(creationDate: date, config: config)
        #expect(options.bodySize == 12)
        #expect(options.bodyFont == "Noto Sans CJK SC")
        #expect(options.headingFont == "Noto Serif CJK SC")
        #expect(!options.doubleSided)
        let margins = try #require(options.geometry.margins)
        #expect(abs(margins.top - 37 * 72 / 25.4) < 1e-9)
        #expect(abs(margins.inside - 30 * 72 / 25.4) < 1e-9)
        // Unset margins keep the centred default: (210 − 156) / 2 = 27 mm, (297 − 225) / 2 = 36 mm.
        // (A4 is 595.276 × 841.89 pt, a hair over 210 × 297 mm.)
        #expect(abs(margins.outside - 27 * 72 / 25.4) < 1e-3)
        #expect(abs(margins.bottom - 36 * 72 / 25.4) < 1e-3)
        #expect(abs(options.geometry.typeAreaWidth - PageGeometry.millimetres(210 - 30 - 27)) < 1e-3)
        #expect(abs(options.geometry.typeAreaHeight - PageGeometry.millimetres(297 - 37 - 36)) < 1e-3)
        // 12 pt body: whole characters and lines of 21 pt.
        let area = options.geometry.typeArea(characterWidth: 12, lineHeight: 21)
        #expect(area.width == 432)
        #expect(area.height == 630)
        #expect(abs(area.x - (margins.inside + (options.geometry.typeAreaWidth - 432) / 2)) < 1e-9)
    }

    /// x of the running head on the page labelled `label`.
    func runningHeadX(_ book: BookLayout, _ label: String, _ type: Typography) throws -> Double {
        let page = try #require(book.pages.first { $0.label == label })
        let head = page.items.compactMap { item -> Double? in
            if case .text(let text) = item, text.spec.style == type.runningHead { return text.origin.x }
            return nil
        }
        return try #require(head.first)
    }

    @Test func leftHandPagesMirrorTheMargins() throws {
        let options = PDFOptions(creationDate: date, config: PDFConfig(marginInside: 35, marginOutside: 20))
        let book = BookLayouter(options: options, shaper: TextShaper()).layout(SamplePublication.publication)
        let type = Typography(options: options)
        // Pages 2 and 3 continue chapter one: a verso, then a recto.
        let verso = try runningHeadX(book, "2", type), recto = try runningHeadX(book, "3", type)
        #expect(abs((verso - recto) - PageGeometry.millimetres(20 - 35)) < 1e-6)
        let area = options.geometry.typeArea(characterWidth: type.em, lineHeight: type.bodyLineHeight)
        #expect(abs(recto - area.x) < 1e-6)
    }

    @Test func aLargerBodySizeTakesMorePages() throws {
        let small = BookLayouter(options: PDFOptions(creationDate: date), shaper: TextShaper())
            .layout(SamplePublication.publication)
        let large = BookLayouter(options: PDFOptions(creationDate: date, config: PDFConfig(bodySize: 14)),
                                 shaper: TextShaper()).layout(SamplePublication.publication)
        #expect(large.pages.count > small.pages.count)
    }
}
