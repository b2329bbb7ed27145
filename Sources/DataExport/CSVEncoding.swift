/// The CSV form of an `ExportTable`, made for Excel on Chinese Windows and
/// for scripts alike:
///
/// - UTF-8 with a byte-order mark (without it Excel reads GBK and garbles the
///   Chinese headers), CRLF after every line including the last (what Excel
///   writes), one header row with the Chinese headers.
/// - RFC 4180 quoting only when needed: a field containing `,`, `"`, CR or LF
///   is wrapped in double quotes, inner quotes doubled.
/// - Rates are fractions and scores are on 0–100, both at full double
///   precision in Swift's shortest round-trip form, exactly as in stats.json
///   (DATA.md §3: "Rates are fractions in [0, 1] in data files"). An
///   undefined figure is an empty field.
/// - Formula injection guard (OWASP "CSV injection"): a text field starting
///   with `=`, `+`, `-` or `@` gets a leading apostrophe, so a spreadsheet
///   shows it as text instead of evaluating it (`=HYPERLINK(…)` is written
///   `'=HYPERLINK(…)`). Only text cells are guarded; numbers are written by
///   this module and are never touched. Readers that want the original text
///   strip one leading `'` before `=`, `+`, `-` or `@`.
enum CSVEncoding {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes.
    static func encode(_ table: ExportTable) -> [UInt8] {
        var bytes = byteOrderMark
        appendLine(table.headers.map(quoted), to: &bytes)
        for row in table.rows {
            appendLine(row.map(field), to: &bytes)
        }
        return bytes
    }

    /// One cell as a CSV field, guarded and quoted.
    static func field(_ cell: ExportCell) -> String {
        switch cell {
        case .text(let s): return quoted(guardFormula(s))
        default: return quoted(cell.dataText ?? "")
        }
    }

    /// `text` with a leading apostrophe when a spreadsheet would read it as a formula.
    static func guardFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// `text` quoted when RFC 4180 requires it.
    static func quoted(_ text: String) -> String {
        let special: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]
        guard text.unicodeScalars.contains(where: special.contains) else { return text }
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { result.append("\"") }
            result.append(scalar)
        }
        result.append("\"")
        return String(result)
    }

    private static func appendLine(_ fields: [String], to bytes: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: field.utf8)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }
}
