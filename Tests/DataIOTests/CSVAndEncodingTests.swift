import DataIO
import Foundation
import Model
import Testing

@Suite struct CSVAndEncodingTests {
    @Test func quotedFieldsCRLFAndMissingFinalNewline() {
        let records = CSVParser.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\nlast,row,end")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "row", "end"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    /// The corners of RFC 4180 as this parser reads them: text after a closing quote joins the field,
    /// a quote inside an unquoted field is a letter, a lone CR stays in the field, an unclosed quote
    /// runs to the end, and a record's line is where it starts.
    @Test func quotesAndLineEndsInTheCorners() {
        let records = CSVParser.parse("\"ab\"cd,x\"y\"z,\"\"\r\nlone\rcr,\"中\n文\"\n\n尾,\"open\nend")
        #expect(records.map(\.fields) == [["abcd", "x\"y\"z", ""], ["lone\rcr", "中\n文"], ["尾", "open\nend"]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func utf8WithBOMAndGB18030AreDetected() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("项目编号".utf8)
        #expect(TextDecoding.decode(bom)?.text == "项目编号")
        #expect(TextDecoding.decode(bom)?.encoding == .utf8)
        // "江苏" in GB18030: BD AD CB D5.
        let gb: [UInt8] = [0xBD, 0xAD, 0xCB, 0xD5]
        #expect(TextDecoding.decode(gb)?.text == "江苏")
        #expect(TextDecoding.decode(gb)?.encoding == .gb18030)
    }

    @Test func fieldRules() {
        #expect(FieldParsing.day("2025.3.7") == Day(year: 2025, month: 3, day: 7))
        #expect(FieldParsing.day("2025-02-29") == nil)
        #expect(FieldParsing.timestamp("2025-03-07 14:05") == Timestamp(day: Day(year: 2025, month: 3, day: 7)!, hour: 14, minute: 5))
        #expect(FieldParsing.percent("97.5%") == 97.5)
        #expect(FieldParsing.number("１２") == nil)
        #expect(FieldParsing.number("1e5") == nil)
        #expect(FieldParsing.bool("YES") == true)
        #expect(FieldParsing.trim("\u{3000}是 ") == "是")
    }
}
