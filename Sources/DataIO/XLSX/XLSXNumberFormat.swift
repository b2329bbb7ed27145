/// What a cell's number format shows, which decides how its number is written
/// out as text: plain decimal, percentage, or (part of) a date and time.
///
/// Dates are written with the parts the format shows, in ISO order, so the
/// text is what the user sees in Excel in the form DATA.md §1 reads:
/// `yyyy/m/d` → `2025-03-07`, `yyyy"年"m"月"` → `2025-03`,
/// `yyyy-mm-dd hh:mm` → `2025-03-07 00:00`, `h:mm` → `12:00`.
enum XLSXNumberFormat: Equatable, Sendable {
    case plain
    /// The value × 100 with a `%` sign (built-in 9 and 10, or a code with an unquoted `%`).
    case percent
    /// Year and month, no day (`mmm-yy`, `yyyy"年"m"月"`).
    case yearMonth
    /// A calendar day; a time of day in the value is not shown.
    case date
    /// A day and a time of day.
    case dateTime
    /// A time of day only (`h:mm`).
    case time

    var isDateOrTime: Bool { self != .plain && self != .percent }

    /// The format of `numFmtId`: a custom `<numFmt>` code when the workbook defines
    /// one for that id, else Excel's built-in table (including the ids Excel on
    /// Chinese Windows uses for dates, e.g. 31 = `yyyy"年"m"月"d"日"`).
    init(id: Int, customCode: String?) {
        if let customCode {
            self.init(code: customCode)
            return
        }
        switch id {
        case 9, 10: self = .percent
        case 14, 15, 16, 30, 31: self = .date
        case 28, 29, 51, 53, 54, 58: self = .date  // m"月"d"日": the year is the value's
        case 17, 27, 36, 50, 52, 57: self = .yearMonth
        case 22: self = .dateTime
        case 18...21, 32...35, 45...47, 55, 56: self = .time
        default: self = .plain
        }
    }

    /// Classifies a format code by the tokens outside quoted text, `[...]`
    /// sections (colours, locales, elapsed time), backslash escapes and the
    /// `_x` / `*x` padding directives.
    init(code: String) {
        var y = false, m = false, d = false, h = false, s = false, percent = false
        var chars = Array(code.lowercased().unicodeScalars)
        chars.append(" ")
        var i = 0
        while i < chars.count - 1 {
            let c = chars[i]
            switch c {
            case "\"":
                i += 1
                while i < chars.count - 1 && chars[i] != "\"" { i += 1 }
            case "[":
                let start = i
                while i < chars.count - 1 && chars[i] != "]" { i += 1 }
                // [h], [mm], [ss]: elapsed time, still a time format.
                let inside = String(String.UnicodeScalarView(chars[(start + 1)..<i]))
                if !inside.isEmpty && inside.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) {
                    h = h || inside.first == "h"
                    s = s || inside.first == "s" || inside.first == "m"
                }
            case "\\", "_", "*":
                i += 1
            case "a" where XLSXNumberFormat.startsAMPM(chars, at: i):
                i += chars[i + 1] == "m" ? 4 : 2
            case "y": y = true
            case "m": m = true
            case "d": d = true
            case "h": h = true
            case "s": s = true
            case "%": percent = true
            default: break
            }
            i += 1
        }
        let time = h || s
        let dateful = y || d || (m && !time)
        switch (dateful, time) {
        case (true, true): self = .dateTime
        case (true, false): self = (y && m && !d) ? .yearMonth : .date
        case (false, true): self = .time
        case (false, false): self = percent ? .percent : .plain
        }
    }

    /// `am/pm` or `a/p` at `i` (case already folded).
    private static func startsAMPM(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        func matches(_ word: String) -> Bool {
            let w = Array(word.unicodeScalars)
            return i + w.count <= chars.count && Array(chars[i..<(i + w.count)]) == w
        }
        return matches("am/pm") || matches("a/p")
    }
}
