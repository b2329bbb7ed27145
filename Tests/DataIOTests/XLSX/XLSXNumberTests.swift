@testable import DataIO
import Foundation
import Model
import Testing

/// Numeric cells: dates (1900 and 1904 systems, built-in and custom formats),
/// percentages and plain numbers, as the text FieldParsing then reads.
@Suite struct XLSXNumberTests {
    /// The texts of one-column data rows whose cells all have `cellXfs[style]`.
    private func texts(_ values: [String], numFmtId: Int, numFmts: [(id: Int, code: String)] = [],
                       date1904: String? = nil) throws -> [String]? {
        var book = XLSXWorkbookBuilder(rows: XLSXWorkbookBuilder.numbers(style: 1, values))
        book.cellXfs = [0, numFmtId]
        book.numFmts = numFmts
        book.date1904 = date1904
        let (table, diagnostics) = try book.read()
        #expect(diagnostics.items.isEmpty)
        #expect(table?.rows.map(\.line) == Array(2..<(values.count + 2)))
        return table?.rows.map { $0.fields.first ?? "<none>" }
    }

    @Test func datesIn1900SystemIncludingTheFake1900February29() throws {
        // 14 = m/d/yyyy; Excel's serial 60 is 1900-02-29, a day that never was.
        #expect(try texts(["45723", "1", "59", "60", "61", "45723.5", "45723.99999999"], numFmtId: 14)
            == ["2025-03-07", "1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "2025-03-07", "2025-03-08"])
        // 22 = m/d/yyyy h:mm: the time is always written, seconds only when not zero.
        #expect(try texts(["45723.5", "45723", "45723.500011574", "45723.041666666664"], numFmtId: 22)
            == ["2025-03-07 12:00", "2025-03-07 00:00", "2025-03-07 12:00:01", "2025-03-07 01:00"])
        // Chinese Excel's built-ins: 31 年月日, 57 年月 (a month), 58 月日; 20 = h:mm.
        #expect(try texts(["45723"], numFmtId: 31) == ["2025-03-07"])
        #expect(try texts(["45717"], numFmtId: 57) == ["2025-03"])
        #expect(try texts(["45723"], numFmtId: 58) == ["2025-03-07"])
        #expect(try texts(["0.5", "45723.75"], numFmtId: 20) == ["12:00", "18:00"])
    }

    @Test func datesIn1904System() throws {
        #expect(try texts(["44261", "0", "44261.25"], numFmtId: 22, date1904: "1")
            == ["2025-03-07 00:00", "1904-01-01 00:00", "2025-03-07 06:00"])
        #expect(try texts(["44261"], numFmtId: 14, date1904: "true") == ["2025-03-07"])
        #expect(try texts(["44261"], numFmtId: 14, date1904: "0") == ["2021-03-06"])
    }

    @Test func customDateFormats() throws {
        #expect(try texts(["45723"], numFmtId: 176, numFmts: [(176, "yyyy/m/d")]) == ["2025-03-07"])
        let chinese = "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"
        #expect(try texts(["45723"], numFmtId: 177, numFmts: [(177, chinese)]) == ["2025-03-07"])
        let locale = "[$-804]yyyy&quot;年&quot;m&quot;月&quot;;@"
        #expect(try texts(["45717"], numFmtId: 178, numFmts: [(178, locale)]) == ["2025-03"])
        #expect(try texts(["45723.25"], numFmtId: 179, numFmts: [(179, "yyyy\\-mm\\-dd\\ hh:mm")])
            == ["2025-03-07 06:00"])
        // A custom code for a built-in id wins over the built-in meaning.
        #expect(try texts(["45723"], numFmtId: 14, numFmts: [(14, "yyyy-mm-dd")]) == ["2025-03-07"])
    }

    @Test func percentFormats() throws {
        #expect(try texts(["0.975", "1", "0.5", "0.123456", "0", "0.3333333333333333"], numFmtId: 10)
            == ["97.5%", "100%", "50%", "12.3456%", "0%", "33.3333333333333%"])
        #expect(try texts(["0.975"], numFmtId: 9) == ["97.5%"])
        #expect(try texts(["0.975"], numFmtId: 180, numFmts: [(180, "0.0%")]) == ["97.5%"])
    }

    @Test func plainNumbersAreShortestDecimalsWithoutExponent() throws {
        #expect(try texts(["320102", "12.5", "3", "1E-7", "1.5E+20", "-3.25", "0.30000000000000004", "97.499999999999986"],
                          numFmtId: 0)
            == ["320102", "12.5", "3", "0.0000001", "150000000000000000000", "-3.25", "0.3", "97.5"])
        // Codes with date letters only inside quotes, [...] or escapes are not dates.
        let codes = [(181, "0.00&quot; 元&quot;"), (182, "[Red]0.00"), (183, "#,##0.00_);[Red]\\(#,##0.00\\)"), (184, "0\\d")]
        for (id, code) in codes {
            #expect(try texts(["45723.5"], numFmtId: id, numFmts: [(id, code)]) == ["45723.5"])
        }
    }

    @Test func decimalRendering() {
        let raw = ["0", "-0", "007", "0.50", "12.", "-44639.61", "0.0000001", "1234567890123456", "1-2", "--1", "0.5"]
        #expect(raw.map { XLSXCellText.number($0, format: .plain, date1904: false) }
            == ["0", "0", "7", "0.5", "12", "-44639.61", "0.0000001", "1234567890123460", "1-2", "--1", "0.5"])
        #expect(XLSXCellText.decimal(320_102) == "320102")
        #expect(XLSXCellText.decimal(1e-7) == "0.0000001")
        #expect(XLSXCellText.decimal(-0.0) == "0")
        #expect(XLSXCellText.decimal(0.1 + 0.2) == "0.3")
        #expect(XLSXCellText.decimal(999_999_999_999_999.9) == "1000000000000000")
        #expect(XLSXCellText.decimal(123_456_789_012_345_680) == "123456789012346000")
        #expect(XLSXCellText.decimal(0.975, shift: 2) == "97.5")
        #expect(XLSXCellText.decimal(-0.0005, shift: 2) == "-0.05")
    }

    @Test func formatCodeClassification() {
        let expected: [(String, XLSXNumberFormat)] = [
            ("General", .plain), ("0.00E+00", .plain), ("@", .plain), ("[DBNum1][$-804]General", .plain),
            ("0.0\"days\"", .plain), ("_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)", .plain),
            ("0.00%", .percent), ("yyyy/m/d", .date), ("d-mmm-yy", .date), ("mmm-yy", .yearMonth),
            ("yyyy\"年\"m\"月\"", .yearMonth), ("yyyy-mm-dd hh:mm:ss", .dateTime), ("m/d/yyyy h:mm AM/PM", .dateTime),
            ("h:mm AM/PM", .time), ("mm:ss", .time), ("[h]:mm:ss", .time), ("[Red][<=100]0", .plain),
        ]
        for (code, format) in expected {
            #expect(XLSXNumberFormat(code: code) == format, "\(code)")
        }
        #expect(XLSXNumberFormat(id: 9, customCode: nil) == .percent)
        #expect(XLSXNumberFormat(id: 49, customCode: nil) == .plain)
        #expect([14, 15, 16, 22, 31, 45, 58].map { XLSXNumberFormat(id: $0, customCode: nil).isDateOrTime }
            == Array(repeating: true, count: 7))
    }

    @Test func platformsFromAnXLSXWithRealDateCellsEqualTheCSVReading() throws {
        var book = XLSXWorkbookBuilder(rows: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
            <row r="2"><c r="A2"><v>320102</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" s="1"><v>45723</v></c></row>\
            <row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>4</v></c><c r="C3" s="2"><v>45658.4</v></c></row>
            """)
        book.sharedStrings = ["区划代码", "平台状态", "建成日期", "已建成", "共享版", "320104"]
        book.numFmts = [(176, "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;;@")]
        book.cellXfs = [0, 14, 176]
        let (table, readErrors) = try book.read()
        #expect(readErrors.items.isEmpty)
        var diagnostics = Diagnostics()
        let platforms = try PlatformsReader.read(#require(table), regions: .jiangsu, diagnostics: &diagnostics)
        let csv = CSVParser.parse("区划代码,平台状态,建成日期\n320102,已建成,2025-03-07\n320104,共享版,2025年1月1日\n")
        let fromCSV = PlatformsReader.read(RawTable(file: "data/platforms.csv", header: csv[0].fields,
                                                    rows: Array(csv.dropFirst())),
                                           regions: .jiangsu, diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty)
        #expect(platforms == fromCSV)
        #expect(platforms.map(\.since) == [Day(year: 2025, month: 3, day: 7), Day(year: 2025, month: 1, day: 1)])
    }
}
