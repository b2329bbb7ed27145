@testable import DataIO
import Foundation
import Model
import Testing

/// Hourly readings may come as an Excel sheet too, with real date-time cells.
@Suite struct XLSXReadingsTests {
    @Test func readingsFromASheetFillTheGridAndReportDuplicatesWithBothRows() throws {
        // 45658 = 2025-01-01; 45658 + 1/24 = 01:00. Style 1 is numFmt 22 (m/d/yy h:mm).
        var book = XLSXWorkbookBuilder(rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>设备编号</t></is></c><c r="B1" t="inlineStr"><is><t>时间</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>PM10</t></is></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>D1</t></is></c><c r="B2" s="1"><v>45658</v></c><c r="C2"><v>80.5</v></c></row>\
            <row r="3"><c r="A3" t="inlineStr"><is><t>D1</t></is></c><c r="B3" s="1"><v>45658.041666666664</v></c></row>\
            <row r="5"><c r="A5" t="inlineStr"><is><t>D1</t></is></c><c r="B5" s="1"><v>45658</v></c><c r="C5"><v>81</v></c></row>
            """)
        book.cellXfs = [0, 22]
        let url = try XLSXWorkbookBuilder.temporaryURL()
        defer { try? FileManager.default.removeItem(at: url) }
        try book.write(to: url)
        var diagnostics = Diagnostics()
        let table = try #require(XLSXReader.read(url, file: "data/dust_readings.xlsx", diagnostics: &diagnostics))
        let grid = try #require(HourlyReadingsReader.read(table: table, kind: .devices, year: 2025,
                                                          knownSources: ["D1"], diagnostics: &diagnostics))
        let d1 = try #require(grid.series["D1"])
        #expect(d1[0] == 80.5)
        #expect(d1[1].isNaN)
        #expect(d1[2].isNaN)
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_readings.xlsx:5: 列「时间」(time) 的值 \"2025-01-01 00:00\" 与第 2 行的时间重复（设备 \"D1\" 每小时只能有一条读数）",
        ])
    }
}
