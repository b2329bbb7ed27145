@preconcurrency import CXLSXWriter
import Foundation
import Model

/// The XLSX form of an `ExportTable`, written with libxlsxwriter.
///
/// One worksheet named after the table; the header row bold on a light blue
/// fill with a thin bottom border, frozen, with an autofilter; rates as
/// numbers formatted "0.0%", scores "0.00", counts as integers, text (ids and
/// region codes included) as strings, undefined figures as empty cells;
/// column widths from `DisplayWidth`.
///
/// Deterministic: the workbook's created date is fixed (00:00 UTC of the
/// given day) and libxlsxwriter stamps every zip entry 1980-01-01, so the same
/// table and day give the same bytes.
enum XLSXEncoding {
    /// libxlsxwriter calls `gmtime`, which is not thread-safe; one workbook at a time.
    private static let lock = NSLock()

    static let headerFill: lxw_color_t = 0xDDEBF7
    static let rateFormat = "0.0%"
    static let scoreFormat = "0.00"

    /// The file's bytes. libxlsxwriter 1.1.4 can only write a file, so the
    /// workbook goes to a unique temporary file that is read and deleted.
    static func encode(_ table: ExportTable, created: Day) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("smartsite-export-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try lock.withLock { try write(table, created: created, to: url.path) }
        do {
            return try [UInt8](Data(contentsOf: url))
        } catch {
            throw DataExportError.xlsx(file: table.stem, reason: "cannot read the written workbook: \(error)")
        }
    }

    /// Seconds from 1970-01-01T00:00:00Z to 00:00 UTC of `day`. libxlsxwriter
    /// reads 0 as "now", so 1970-01-01 itself becomes one second past midnight.
    static func timestamp(_ day: Day) -> time_t {
        let seconds = (day.ordinal - Day.startOfYear(1970).ordinal) * 86_400
        return time_t(seconds == 0 ? 1 : seconds)
    }

    private static func write(_ table: ExportTable, created: Day, to path: String) throws(DataExportError) {
        guard let workbook = workbook_new(path) else {
            throw DataExportError.xlsx(file: table.stem, reason: "libxlsxwriter could not create \(path)")
        }
        // workbook_close frees the workbook, so it runs even when a step failed.
        var failure: StepFailure?
        do {
            try fill(workbook, with: table, created: created)
        } catch {
            failure = error
        }
        let closed = workbook_close(workbook)
        do throws(StepFailure) {
            if let failure { throw failure }
            try check(closed, "workbook_close")
        } catch {
            throw DataExportError.xlsx(file: table.stem, reason: error.reason)
        }
    }

    private static func fill(_ workbook: UnsafeMutablePointer<lxw_workbook>, with table: ExportTable,
                             created: Day) throws(StepFailure) {
        // libxlsxwriter copies the strings it is given.
        let propertiesSet = table.title.withCString { title in
            var properties = lxw_doc_properties()
            properties.title = UnsafeMutablePointer(mutating: title)
            properties.created = timestamp(created)
            return workbook_set_properties(workbook, &properties)
        }
        try check(propertiesSet, "workbook_set_properties")
        guard let sheet = workbook_add_worksheet(workbook, sheetName(table.title)) else {
            throw StepFailure(reason: "invalid worksheet name \(table.title)")
        }

        let header = workbook_add_format(workbook)
        format_set_bold(header)
        format_set_bg_color(header, headerFill)
        format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
        let rate = workbook_add_format(workbook)
        format_set_num_format(rate, rateFormat)
        let score = workbook_add_format(workbook)
        format_set_num_format(score, scoreFormat)

        for (column, text) in table.headers.enumerated() {
            try check(worksheet_write_string(sheet, 0, lxw_col_t(column), text, header), "header \(text)")
        }
        for (index, cells) in table.rows.enumerated() {
            let row = lxw_row_t(index + 1)
            for (i, cell) in cells.enumerated() {
                let column = lxw_col_t(i)
                switch cell {
                case .text(let s): try check(worksheet_write_string(sheet, row, column, s, nil), "row \(index + 1)")
                case .integer(let n):
                    try check(worksheet_write_number(sheet, row, column, Double(n), nil), "row \(index + 1)")
                case .rate(let d) where d.isFinite:
                    try check(worksheet_write_number(sheet, row, column, d, rate), "row \(index + 1)")
                case .score(let d) where d.isFinite:
                    try check(worksheet_write_number(sheet, row, column, d, score), "row \(index + 1)")
                case .rate, .score, .empty: break
                }
            }
        }

        for (i, width) in DisplayWidth.columns(of: table).enumerated() {
            try check(worksheet_set_column(sheet, lxw_col_t(i), lxw_col_t(i), width, nil), "column width")
        }
        worksheet_freeze_panes(sheet, 1, 0)
        let lastColumn = lxw_col_t(max(table.headers.count - 1, 0))
        try check(worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.count), lastColumn), "autofilter")
    }

    /// A valid worksheet name: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ title: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        return String(title.filter { !forbidden.contains($0) }.prefix(31))
    }

    /// A libxlsxwriter call that failed.
    struct StepFailure: Error {
        var reason: String
    }

    private static func check(_ error: lxw_error, _ step: String) throws(StepFailure) {
        guard error != LXW_NO_ERROR else { return }
        let message = lxw_strerror(error).map { String(cString: $0) } ?? "error \(error.rawValue)"
        throw StepFailure(reason: "\(step): \(message)")
    }
}
