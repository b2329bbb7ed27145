import Foundation
import Model
import ZIPFoundation

/// Reads the first worksheet of an Excel workbook (.xlsx) into the same
/// ``RawTable`` the CSV path produces (DATA.md §1).
///
/// The header is the sheet's first non-empty row; every later non-empty row is
/// a record whose `line` is its row number in the sheet (`<row r="7">` → 7), so
/// messages point at the row the user sees in Excel. Cells become text the way
/// Excel shows them: shared, inline and formula strings as written, booleans as
/// `true`/`false`, error values as `#N/A`, numbers as plain decimals, percent
/// formats as `97.5%`, date formats as `2025-03-07` / `2025-03-07 14:00` (1900
/// and 1904 date systems). That text then goes through ``FieldParsing`` exactly
/// like a CSV field. The sheet XML is streamed, never held as a tree.
public enum XLSXReader {
    /// The first worksheet of the workbook at `url`, or nil after reporting why
    /// it cannot be read (not an .xlsx, an old .xls, no worksheet, no header row).
    ///
    /// - Parameters:
    ///   - url: The .xlsx file.
    ///   - file: Its path relative to the content root, named in diagnostics (`data/platforms.xlsx`).
    ///   - diagnostics: Receives the errors, each naming `file`.
    public static func read(_ url: URL, file: String, diagnostics: inout Diagnostics) -> RawTable? {
        do {
            var records = try readRecords(url, file: file, diagnostics: &diagnostics)
            guard !records.isEmpty else { throw Problem.emptySheet }
            let header = records.removeFirst()
            return RawTable(file: file, header: header.fields, rows: records)
        } catch let problem as Problem {
            diagnostics.append(problem.diagnostic(file: file))
        } catch let error as XLSXXMLError {
            diagnostics.append(Problem.notXLSX(detail: "XML 第 \(error.line) 行：\(error.reason)").diagnostic(file: file))
        } catch {
            diagnostics.append(Problem.notXLSX(detail: String(describing: error)).diagnostic(file: file))
        }
        return nil
    }

    /// What stops a workbook from being read at all.
    enum Problem: Error {
        case unreadable
        case legacyXLS
        case encrypted
        case notXLSX(detail: String?)
        case noWorksheet(sheet: String?, kind: String)
        case emptySheet
        case malformedSheet(sheet: String, line: Int, reason: String)

        static let saveAsHint = "在 Excel 中打开后「另存为」Excel 工作簿 (.xlsx) 或 CSV UTF-8 (逗号分隔) (.csv)"

        func diagnostic(file: String) -> Diagnostic {
            switch self {
            case .unreadable:
                return .error("无法读取文件", file: file)
            case .legacyXLS:
                return .error("这是旧版 Excel (.xls) 文件，请在 Excel 中另存为 .xlsx 或 CSV (UTF-8)", file: file,
                              hint: Problem.saveAsHint)
            case .encrypted:
                return .error("Excel 文件设置了打开密码（已加密），无法读取", file: file,
                              hint: "在 Excel 中「文件 → 信息 → 保护工作簿 → 用密码进行加密」清除密码后重新保存")
            case .notXLSX(let detail):
                return .error("文件不是有效的 Excel (.xlsx) 文件", file: file,
                              hint: Problem.saveAsHint + (detail.map { "（\($0)）" } ?? ""))
            case .noWorksheet(let sheet?, let kind) where kind == "chartsheet":
                return .error("工作簿的第一个工作表「\(sheet)」是图表，没有数据", file: file,
                              hint: "把数据所在的工作表拖到最前面（第一个标签）后保存")
            case .noWorksheet(let sheet, _):
                return .error("工作簿中找不到第一个工作表\(sheet.map { "「\($0)」" } ?? "")", file: file,
                              hint: Problem.saveAsHint)
            case .emptySheet:
                return .error("第一个工作表为空：第 1 行应为表头", file: file,
                              hint: "数据应放在工作簿的第一个工作表中（第一个标签）")
            case .malformedSheet(let sheet, let line, let reason):
                return .error("文件不是有效的 Excel (.xlsx) 文件：工作表「\(sheet)」的 XML 第 \(line) 行无法解析", file: file,
                              hint: Problem.saveAsHint + "（\(reason)）")
            }
        }
    }

    /// Every non-empty row of the first worksheet, header included.
    static func readRecords(_ url: URL, file: String, diagnostics: inout Diagnostics) throws -> [CSVParser.Record] {
        try checkSignature(url)
        let archive: Archive
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw Problem.notXLSX(detail: nil)
        }
        let package = XLSXPackage(archive: archive)
        let workbookPath = try package.workbookPath()
        guard let workbook = try package.part(workbookPath) else { throw Problem.notXLSX(detail: nil) }
        let relationships = try package.relationships(of: workbookPath)
        let (sheet, date1904) = try package.firstSheet(workbook: workbook, relationships: relationships)
        guard let sheet, sheet.kind == "worksheet" || sheet.kind.isEmpty,
              let sheetPath = sheet.path, let sheetData = try package.part(sheetPath) else {
            throw Problem.noWorksheet(sheet: sheet?.name, kind: sheet?.kind ?? "")
        }
        func path(_ type: String, _ fallback: String) -> String {
            relationships.values.first(where: { $0.type == type })?.path ?? fallback
        }
        let formats = try package.formats(path: path("styles", "xl/styles.xml"))
        var sharedStrings: [String] = []
        if let data = try package.part(path("sharedStrings", "xl/sharedStrings.xml")) {
            sharedStrings = try XLSXSharedStringsParser.parse(data)
        }
        let parser = XLSXSheetParser(sharedStrings: sharedStrings, formats: formats, date1904: date1904)
        do {
            try XLSXXML.run(sheetData, delegate: parser)
        } catch let error as XLSXXMLError {
            throw Problem.malformedSheet(sheet: sheet.name, line: error.line, reason: error.reason)
        }
        if let bad = parser.badReferences.first {
            let more = parser.badReferences.count > 1 ? "（共 \(parser.badReferences.count) 处）" : ""
            diagnostics.append(.error(
                "单元格 \(bad.cell) 引用的共享字符串 #\(bad.index) 不存在，文件可能已损坏\(more)", file: file, line: bad.line,
                hint: Problem.saveAsHint))
        }
        return parser.records
    }

    /// Refuses an old binary workbook (OLE2 compound file, D0 CF 11 E0), or
    /// an encrypted .xlsx, which Excel also wraps in an OLE2 file.
    private static func checkSignature(_ url: URL) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw Problem.unreadable }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        try? handle.close()
        guard head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) else { return }
        let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        if let whole = try? Data(contentsOf: url), whole.range(of: marker) != nil { throw Problem.encrypted }
        throw Problem.legacyXLS
    }
}
