@testable import DataIO
import Foundation
import Model
import ZIPFoundation

/// Writes small .xlsx files part by part (SpreadsheetML as Excel writes it),
/// so a test controls every cell, style and workbook setting.
struct XLSXWorkbookBuilder {
    struct Sheet {
        var name: String
        /// Zip path under xl/, e.g. `worksheets/sheet1.xml`.
        var file: String
        /// The `<row>` elements of `<sheetData>`.
        var rows: String
        /// The relationship target as written in workbook.xml.rels (defaults to `file`).
        var target: String?
    }

    var sheets: [Sheet]
    var sharedStrings: [String] = []
    /// Raw `<si>` bodies appended after `sharedStrings` (rich text, phonetic runs).
    var rawSharedStrings: [String] = []
    /// Custom formats `<numFmt numFmtId formatCode>` (codes as they appear in XML, already escaped).
    var numFmts: [(id: Int, code: String)] = []
    /// numFmtId of each `cellXfs` entry; a cell's `s` is an index into this list.
    var cellXfs: [Int] = [0]
    /// The `date1904` attribute of `<workbookPr>`, nil to leave it out.
    var date1904: String?

    init(rows: String) {
        sheets = [Sheet(name: "Sheet1", file: "worksheets/sheet1.xml", rows: rows)]
    }

    init(sheets: [Sheet]) { self.sheets = sheets }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    var parts: [(String, String)] {
        let sheetTypes = sheets.map {
            "<Override PartName=\"/xl/\($0.file)\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        let contentTypes = Self.head + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            \(sheetTypes)</Types>
            """
        let rootRels = Self.head + """
            <Relationships xmlns="\(Self.pkg)"><Relationship Id="rId1" \
            Type="\(Self.rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """
        let sheetList = sheets.enumerated().map { i, sheet in
            "<sheet name=\"\(sheet.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 3)\"/>"
        }.joined()
        let workbookPr = date1904.map { "<workbookPr date1904=\"\($0)\"/>" } ?? "<workbookPr defaultThemeVersion=\"166925\"/>"
        let workbook = Self.head + """
            <workbook xmlns="\(Self.main)" xmlns:r="\(Self.rel)">\(workbookPr)\
            <bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>\
            <sheets>\(sheetList)</sheets><calcPr calcId="191029"/></workbook>
            """
        let sheetRels = sheets.enumerated().map { i, sheet in
            "<Relationship Id=\"rId\(i + 3)\" Type=\"\(Self.rel)/worksheet\" Target=\"\(sheet.target ?? sheet.file)\"/>"
        }.joined()
        let workbookRels = Self.head + """
            <Relationships xmlns="\(Self.pkg)">\
            <Relationship Id="rId1" Type="\(Self.rel)/styles" Target="styles.xml"/>\
            <Relationship Id="rId2" Type="\(Self.rel)/sharedStrings" Target="sharedStrings.xml"/>\
            \(sheetRels)</Relationships>
            """
        let formats = numFmts.map { "<numFmt numFmtId=\"\($0.id)\" formatCode=\"\($0.code)\"/>" }.joined()
        let xfs = cellXfs.map {
            "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"\($0 == 0 ? "" : " applyNumberFormat=\"1\"")/>"
        }.joined()
        let styles = Self.head + """
            <styleSheet xmlns="\(Self.main)">\(numFmts.isEmpty ? "" : "<numFmts count=\"\(numFmts.count)\">\(formats)</numFmts>")\
            <fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>\
            <fills count="1"><fill><patternFill patternType="none"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="\(cellXfs.count)">\(xfs)</cellXfs>\
            <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """
        let items = sharedStrings.map { "<si><t xml:space=\"preserve\">\(Self.escape($0))</t></si>" } + rawSharedStrings
        let shared = Self.head + """
            <sst xmlns="\(Self.main)" count="\(items.count)" uniqueCount="\(items.count)">\(items.joined())</sst>
            """
        var result = [("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRels), ("xl/workbook.xml", workbook),
                      ("xl/_rels/workbook.xml.rels", workbookRels), ("xl/styles.xml", styles),
                      ("xl/sharedStrings.xml", shared)]
        for sheet in sheets {
            result.append(("xl/\(sheet.file)", Self.head + """
                <worksheet xmlns="\(Self.main)" xmlns:r="\(Self.rel)"><dimension ref="A1"/>\
                <sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/>\
                <sheetData>\(sheet.rows)</sheetData>\
                <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>
                """))
        }
        return result
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Writes the workbook as a deflated zip, like Excel does.
    func write(to url: URL, leaving omitted: Set<String> = []) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts where !omitted.contains(path) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// Writes the workbook to a fresh temporary file and reads it back.
    func read(leaving omitted: Set<String> = []) throws -> (table: RawTable?, diagnostics: Diagnostics) {
        let url = try XLSXWorkbookBuilder.temporaryURL()
        defer { try? FileManager.default.removeItem(at: url) }
        try write(to: url, leaving: omitted)
        var diagnostics = Diagnostics()
        let table = XLSXReader.read(url, file: "data/test.xlsx", diagnostics: &diagnostics)
        return (table, diagnostics)
    }

    static func temporaryURL() throws -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-xlsx-\(UUID().uuidString).xlsx")
    }

    /// The cell values of one-column rows: `numbers(style: 1, ["45723", "61"])` →
    /// `<row r="2"><c r="A2" s="1"><v>45723</v></c></row>…`, after a header row 1.
    static func numbers(style: Int, _ values: [String]) -> String {
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>值</t></is></c></row>" + values.enumerated().map { i, value in
            "<row r=\"\(i + 2)\"><c r=\"A\(i + 2)\" s=\"\(style)\"><v>\(value)</v></c></row>"
        }.joined()
    }
}
