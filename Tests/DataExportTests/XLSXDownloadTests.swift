@testable import DataExport
import Foundation
import Model
import Statistics
import Testing

/// The XLSX downloads, opened as zip archives with `unzip -p`: shared strings,
/// number formats, header style, frozen pane, autofilter, column widths,
/// document properties, and byte-identical output.
@Suite struct XLSXDownloadTests {
    static func book(_ stem: String) throws -> [UInt8] {
        try #require(try ExportFixture.files()["data/\(stem).xlsx"])
    }

    @Test func headersAndTextAreSharedStrings() throws {
        let book = try Self.book("city-ranking")
        let strings = try ExportFixture.unzip(book, "xl/sharedStrings.xml")
        for header in ["排名", "区划代码", "设区市", "综合得分", "智慧工地覆盖率", "接入监管平台率", "监管平台覆盖率", "优良率", "合格率"] {
            #expect(strings.contains("<t>\(header)</t>"), "\(header)")
        }
        #expect(strings.contains("<t>320200</t>"))  // codes are text, not numbers
        let provider = try ExportFixture.unzip(try Self.book("provider-ranking"), "xl/sharedStrings.xml")
        #expect(provider.contains("<t>样本不足</t>") && provider.contains("<t>@乙科技</t>"))  // no apostrophe in XLSX
        let list = try ExportFixture.unzip(try Self.book("excellent-projects"), "xl/sharedStrings.xml")
        #expect(list.contains("<t>=1+2</t>") && list.contains("<t>县(市、区)</t>"))
    }

    /// Row 2 is 无锡市: rank 1 a number, code B2 a shared string, score D2 with
    /// the "0.00" style, rates E2…I2 with the "0.0%" style; 南京's null
    /// platform coverage (G3) is no cell at all. libxlsxwriter numbers the
    /// styles by first use: 1 the header, 2 the score (D2), 3 the rates (E2).
    @Test func cellsAreTypedAndFormatted() throws {
        let sheet = try ExportFixture.unzip(try Self.book("city-ranking"), "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<c r=\"A2\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"B2\" t=\"s\">"))
        #expect(sheet.contains("<c r=\"D2\" s=\"2\"><v>60</v></c>"))
        #expect(sheet.contains("<c r=\"F2\" s=\"3\"><v>0.975</v></c>"))
        #expect(sheet.contains("<c r=\"F3\" s=\"3\"><v>0.3333333333333333</v></c>"))
        #expect(!sheet.contains("r=\"G3\""))
        let styles = try ExportFixture.unzip(try Self.book("city-ranking"), "xl/styles.xml")
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"0.00\"/>"))
        #expect(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>"))
        // xf 1 header: bold font 1, fill 2, border 1; xf 2 "0.00"; xf 3 "0.0%".
        #expect(styles.contains("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" "
            + "applyFill=\"1\" applyBorder=\"1\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
            + "applyNumberFormat=\"1\"/><xf numFmtId=\"165\""))
        #expect(styles.contains("<b/>"))
        #expect(styles.contains("<fgColor rgb=\"FFDDEBF7\"/>"))
        #expect(styles.contains("<bottom style=\"thin\">"))
    }

    @Test func headerIsFrozenAndFiltered() throws {
        let sheet = try ExportFixture.unzip(try Self.book("city-ranking"), "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:I4\"/>"))
        let empty = try ExportFixture.unzip(try Self.book("due-unverified"), "xl/worksheets/sheet1.xml")
        #expect(empty.contains("<autoFilter ref=\"A1:G1\"/>") && empty.contains("state=\"frozen\""))
    }

    /// 区划代码: 4 wide × 2 + 2 (filter button) + 2 = 12; 智慧工地覆盖率: 7 wide × 2 + 2 + 2 = 18;
    /// 项目名称 of the lists: "锡山区庚社区中心" 8 × 2 + 2 = 18 beats the header's 12.
    /// libxlsxwriter stores a width w as w + 5/7 rounded to 1/256 (Excel's padding).
    @Test func columnWidthsFitChineseText() throws {
        let sheet = try ExportFixture.unzip(try Self.book("city-ranking"), "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<col min=\"2\" max=\"2\" width=\"12.7109375\" customWidth=\"1\"/>"))
        #expect(sheet.contains("<col min=\"5\" max=\"5\" width=\"18.7109375\" customWidth=\"1\"/>"))
        let list = try ExportFixture.unzip(try Self.book("excellent-projects"), "xl/worksheets/sheet1.xml")
        #expect(list.contains("<col min=\"2\" max=\"2\" width=\"18.7109375\" customWidth=\"1\"/>"))
        #expect(DisplayWidth.of("县(市、区)") == 10)
        #expect(DisplayWidth.of("Ａ１　abc") == 9)
        #expect(DisplayWidth.columns(of: ExportTable(stem: "x", title: "x", headers: ["名称"],
                                                     rows: [[.text(String(repeating: "长", count: 40))]])) == [60])
    }

    @Test func worksheetAndDocumentProperties() throws {
        let book = try Self.book("provider-ranking")
        #expect(try ExportFixture.unzip(book, "xl/workbook.xml").contains("<sheet name=\"集成服务商运营质量通报\""))
        let core = try ExportFixture.unzip(book, "docProps/core.xml")
        #expect(core.contains("<dc:title>集成服务商运营质量通报</dc:title>"))
        #expect(core.contains("<dc:creator></dc:creator>"))
        #expect(core.contains(">2026-03-15T00:00:00Z</dcterms:created>"))
        #expect(core.contains(">2026-03-15T00:00:00Z</dcterms:modified>"))
        #expect(XLSXEncoding.sheetName("a[b]:c*d?e/f\\g") == "abcdefg")
        #expect(XLSXEncoding.sheetName(String(repeating: "表", count: 40)).count == 31)
        #expect(XLSXEncoding.timestamp(Day(year: 1970, month: 1, day: 2)!) == 86_400)
    }

    /// Same input → same bytes, every zip entry stamped 1980-01-01 00:00:00
    /// (never the clock), and the created date is the only date in the file.
    @Test func bytesAreDeterministic() throws {
        let first = try ExportFixture.files()
        let second = try ExportFixture.files()
        #expect(first == second)
        for stem in ["city-ranking", "provider-ranking", "excellent-projects", "three-star-ineligible", "due-unverified"] {
            let entries = try ExportFixture.zipListing(try #require(first["data/\(stem).xlsx"]))
                .filter { $0.hasPrefix("-") }
            #expect(entries.count == 10)
            #expect(entries.allSatisfy { $0.contains(" 19800101.000000 ") }, "\(stem)")
        }
        let later = try ExportFixture.files(created: Day(year: 2026, month: 3, day: 16)!)
        #expect(later["data/city-ranking.xlsx"] != first["data/city-ranking.xlsx"])
        #expect(later["data/city-ranking.csv"] == first["data/city-ranking.csv"])
    }
}
