@testable import DataIO
import Foundation
import Model
import Testing

/// Reading the first worksheet of hand-built .xlsx files: cell kinds, layout,
/// which sheet, and the file-level errors.
@Suite struct XLSXReaderTests {
    private func inline(_ ref: String, _ text: String) -> String {
        "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    @Test func sharedInlineFormulaBooleanErrorAndEmptyCells() throws {
        var book = XLSXWorkbookBuilder(rows: """
            <row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>\
            \(inline("C1", "内联"))<c r="D1" t="str"><f>"公"&amp;"式"</f><v>公式</v></c>\
            \(inline("E1", "布尔"))\(inline("F1", "错误"))\(inline("G1", "空"))\(inline("H1", "否"))</row>\
            <row r="2" spans="1:8"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>2</v></c>\
            <c r="C2" t="inlineStr"><is><r><t>内联</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本</t></r></is></c>\
            <c r="D2" t="str"><f>A2&amp;"x"</f><v>计算 &amp; 结果</v></c><c r="E2" t="b"><v>1</v></c>\
            <c r="F2" t="e"><f>VLOOKUP(A2,Z:Z,1,0)</f><v>#N/A</v></c><c r="G2" s="0"/><c r="H2" t="b"><v>0</v></c></row>\
            <row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c></row>
            """)
        book.sharedStrings = ["项目编号", "平台状态", " 已建成 "]
        book.rawSharedStrings = [
            "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>南京</t></r><r><t xml:space=\"preserve\"> 玄武区</t></r></si>",
            "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>",
            "<si><t>第一行_x000D_\n第二行_x005F_x0041_</t></si>",
        ]
        let (table, diagnostics) = try book.read()
        #expect(diagnostics.items.isEmpty)
        #expect(table?.file == "data/test.xlsx")
        #expect(table?.header == ["项目编号", "平台状态", "内联", "公式", "布尔", "错误", "空", "否"])
        #expect(table?.rows.map(\.fields) == [
            ["南京 玄武区", " 已建成 ", "内联 文本", "计算 & 结果", "true", "#N/A", "", "false"],
            ["東京", "第一行\r\n第二行_x0041_"],
        ])
        #expect(table?.rows.map(\.line) == [2, 3])
    }

    @Test func skippedColumnsStayEmptyAndCellsWithoutReferenceFollowThePreviousOne() throws {
        let book = XLSXWorkbookBuilder(rows: """
            <row r="1">\(inline("A1", "a"))\(inline("B1", "b"))\(inline("C1", "c"))\(inline("D1", "d"))\(inline("E1", "e"))</row>\
            <row r="7">\(inline("A7", "x"))\(inline("D7", "y"))</row>\
            <row><c t="inlineStr"><is><t>1</t></is></c><c><v>2</v></c><c r="D8"><v>4</v></c><c><v>5</v></c></row>\
            <row r="9"><c r="AB9"><v>28</v></c></row>
            """)
        let (table, diagnostics) = try book.read()
        #expect(diagnostics.items.isEmpty)
        #expect(table?.header == ["a", "b", "c", "d", "e"])
        #expect(table?.rows.map(\.line) == [7, 8, 9])
        #expect(table?.rows.map(\.fields) == [
            ["x", "", "", "y"], ["1", "2", "", "4", "5"], Array(repeating: "", count: 27) + ["28"],
        ])
        #expect(XLSXSheetParser.columnIndex("XFD1048576") == 16_383)
        #expect(XLSXSheetParser.columnIndex("12") == nil)
    }

    @Test func linesAreSheetRowsAndEmptyRowsAreSkipped() throws {
        var book = XLSXWorkbookBuilder(rows: """
            <row r="1">\(inline("A1", "区划代码"))\(inline("B1", "平台状态"))</row>\
            <row r="2" ht="20" customHeight="1"><c r="A2" s="1"/><c r="B2" s="1"/></row>\
            <row r="3"><c r="A3" t="s"><v>0</v></c>\(inline("B3", "  "))</row>\
            <row r="5"><c r="A5"><v>320102</v></c>\(inline("B5", "已建成"))</row>\
            <row r="6" spans="1:2"/>\
            <row r="9"><c r="B9" t="s"><v>1</v></c></row>
            """)
        book.sharedStrings = ["\u{3000}", "在建"]
        book.cellXfs = [0, 14]
        let (table, diagnostics) = try book.read()
        #expect(diagnostics.items.isEmpty)
        #expect(table?.rows.map(\.line) == [5, 9])
        #expect(table?.rows.map(\.fields) == [["320102", "已建成"], ["", "在建"]])
    }

    @Test func headerIsTheFirstNonEmptyRowWhateverItsNumber() throws {
        let book = XLSXWorkbookBuilder(rows: """
            <row r="3">\(inline("B3", "服务商名称"))\(inline("C3", "统一社会信用代码"))</row>\
            <row r="4">\(inline("B4", "甲公司"))\(inline("C4", "91320000MA1MXXXX0X"))</row>
            """)
        let (table, _) = try book.read()
        #expect(table?.header == ["", "服务商名称", "统一社会信用代码"])
        #expect(table?.rows.map(\.line) == [4])
    }

    @Test func firstSheetInWorkbookOrderEvenWhenItsFileIsSheet2() throws {
        let first = XLSXWorkbookBuilder.Sheet(
            name: "项目", file: "worksheets/sheet2.xml", rows: "<row r=\"1\">\(inline("A1", "第一个"))</row>",
            target: "/xl/worksheets/sheet2.xml")
        let second = XLSXWorkbookBuilder.Sheet(
            name: "说明", file: "worksheets/sheet1.xml", rows: "<row r=\"1\">\(inline("A1", "第二个"))</row>")
        let (table, diagnostics) = try XLSXWorkbookBuilder(sheets: [first, second]).read()
        #expect(diagnostics.items.isEmpty)
        #expect(table?.header == ["第一个"])
        var relative = first
        relative.target = "./worksheets/../worksheets/sheet2.xml"
        #expect(try XLSXWorkbookBuilder(sheets: [relative, second]).read().table?.header == ["第一个"])
    }

    /// The single diagnostic of reading `url`, which must be an error naming the file without a line.
    private func onlyError(_ url: URL) -> Diagnostic? {
        var diagnostics = Diagnostics()
        let table = XLSXReader.read(url, file: "data/platforms.xlsx", diagnostics: &diagnostics)
        #expect(table == nil)
        #expect(diagnostics.items.count == 1)
        let item = diagnostics.items.first
        #expect(item?.severity == .error)
        #expect(item?.file == "data/platforms.xlsx")
        #expect(item?.line == nil)
        return item
    }

    private func file(_ bytes: [UInt8]) throws -> URL {
        let url = try XLSXWorkbookBuilder.temporaryURL()
        try Data(bytes).write(to: url)
        return url
    }

    @Test func oldXLSRenamedToXLSXIsRefusedWithAnAction() throws {
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        let url = try file(ole)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(onlyError(url)?.message == "这是旧版 Excel (.xls) 文件，请在 Excel 中另存为 .xlsx 或 CSV (UTF-8)")

        let encrypted = try file(ole + Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }))
        defer { try? FileManager.default.removeItem(at: encrypted) }
        #expect(onlyError(encrypted)?.message == "Excel 文件设置了打开密码（已加密），无法读取")
    }

    @Test func notAZipIsNotAnXLSX() throws {
        let csv = try file(Array("区划代码,平台状态\n320102,已建成\n".utf8))
        let empty = try file([])
        defer { for url in [csv, empty] { try? FileManager.default.removeItem(at: url) } }
        #expect(onlyError(csv)?.message == "文件不是有效的 Excel (.xlsx) 文件")
        #expect(onlyError(empty)?.message == "文件不是有效的 Excel (.xlsx) 文件")
        #expect(onlyError(URL(fileURLWithPath: "/nonexistent/platforms.xlsx"))?.message == "无法读取文件")
    }

    @Test func zipWithoutWorkbookOrWorksheet() throws {
        let book = XLSXWorkbookBuilder(rows: "<row r=\"1\">\(inline("A1", "x"))</row>")
        let cases: [(XLSXWorkbookBuilder, Set<String>, String)] = [
            (book, ["xl/workbook.xml"], "文件不是有效的 Excel (.xlsx) 文件"),
            (book, ["xl/worksheets/sheet1.xml"], "工作簿中找不到第一个工作表「Sheet1」"),
            (XLSXWorkbookBuilder(sheets: []), [], "工作簿中找不到第一个工作表"),
            (XLSXWorkbookBuilder(rows: "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>"), [], "第一个工作表为空：第 1 行应为表头"),
        ]
        for (book, omitted, message) in cases {
            let url = try XLSXWorkbookBuilder.temporaryURL()
            defer { try? FileManager.default.removeItem(at: url) }
            try book.write(to: url, leaving: omitted)
            #expect(onlyError(url)?.message == message)
        }
    }

    @Test func malformedSheetXMLAndBrokenSharedStringReference() throws {
        let broken = try XLSXWorkbookBuilder(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></row>").read()
        #expect(broken.table == nil)
        #expect(broken.diagnostics.items.map(\.message)
            == ["文件不是有效的 Excel (.xlsx) 文件：工作表「Sheet1」的 XML 第 2 行无法解析"])

        let dangling = try XLSXWorkbookBuilder(rows: """
            <row r="1">\(inline("A1", "名称"))</row><row r="4"><c r="A4" t="s"><v>7</v></c>\(inline("B4", "x"))</row>
            """).read()
        #expect(dangling.table?.rows.map(\.fields) == [["", "x"]])
        #expect(dangling.diagnostics.items.map(\.message) == ["单元格 A4 引用的共享字符串 #7 不存在，文件可能已损坏"])
        #expect(dangling.diagnostics.items.map(\.line) == [4])
    }
}
