/// A numeric cell's text as the CSV path would have it: plain decimals,
/// percentages and ISO dates, never exponents or a trailing `.0`.
enum XLSXCellText {
    /// The text of a number stored as `raw` (the `<v>` text) shown in `format`.
    /// Text that is not a number is returned as it is.
    static func number(_ raw: String, format: XLSXNumberFormat, date1904: Bool) -> String {
        if format == .plain, isShortDecimal(raw) { return raw }
        guard let value = Double(raw), value.isFinite else { return raw }
        switch format {
        case .plain: return decimal(value)
        case .percent: return decimal(value, shift: 2) + "%"
        default: return date(serial: value, format: format, date1904: date1904) ?? decimal(value)
        }
    }

    /// A decimal as Excel usually writes it (`320102`, `-44639.61`): at most 15
    /// digits, no leading zero, no trailing zero after the point. Such text is
    /// already its own shortest form (any decimal of 15 digits survives a
    /// round trip through Double), so it is kept as it is.
    private static func isShortDecimal(_ raw: String) -> Bool {
        var digits = 0
        var point = false
        var zeroFirst = false
        var previous: UInt8 = 0
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if zeroFirst && !point { return false }  // "01"
                if digits == 0 && byte == UInt8(ascii: "0") { zeroFirst = true }
                digits += 1
            case UInt8(ascii: "."):
                guard !point, digits > 0 else { return false }
                point = true
            case UInt8(ascii: "-") where previous == 0:
                break
            default:
                return false
            }
            previous = byte
        }
        guard digits > 0, digits <= 15 else { return false }
        if point { return previous != UInt8(ascii: "0") && previous != UInt8(ascii: ".") }
        return !zeroFirst || raw == "0"  // "-0" is written "0"
    }

    /// The shortest decimal of `value` × 10^`shift` at Excel's precision of 15
    /// significant digits (so 0.1+0.2 stored as 0.30000000000000004 is "0.3"),
    /// without exponent: 3 → "3", 1e-7 → "0.0000001", 0.975 shifted by 2 → "97.5".
    static func decimal(_ value: Double, shift: Int = 0) -> String {
        if value == 0 { return "0" }
        // Swift's description is the shortest round-trip form, e.g. "1.2345e-07".
        let text = value.magnitude.description
        let parts = text.split(separator: "e")
        var exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        var digits: [UInt8] = []
        var point: Int?
        for byte in parts[0].utf8 {
            if byte == UInt8(ascii: ".") { point = digits.count } else { digits.append(byte - UInt8(ascii: "0")) }
        }
        // value = 0.digits × 10^exponent
        exponent += point ?? digits.count
        while digits.first == 0 { digits.removeFirst(); exponent -= 1 }
        if digits.count > 15 {
            let roundUp = digits[15] >= 5
            digits.removeLast(digits.count - 15)
            if roundUp {
                var i = 14
                while i >= 0 && digits[i] == 9 { digits[i] = 0; i -= 1 }
                if i >= 0 { digits[i] += 1 } else { digits.insert(1, at: 0); exponent += 1 }
            }
        }
        while digits.last == 0 { digits.removeLast() }
        exponent += shift
        var out = value < 0 ? "-" : ""
        let chars = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
        if exponent <= 0 {
            out += "0." + String(repeating: "0", count: -exponent) + String(chars)
        } else if exponent >= chars.count {
            out += String(chars) + String(repeating: "0", count: exponent - chars.count)
        } else {
            out += String(chars[..<exponent]) + "." + String(chars[exponent...])
        }
        return out
    }

    /// An Excel serial day number as the parts `format` shows: `2025-03-07`,
    /// `2025-03-07 12:00`, `2025-03-07 12:00:01`, `2025-03`, `12:00`; rounded to
    /// the nearest second. Nil for values no date format can show (negative, after 9999).
    ///
    /// 1900 system: serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that
    /// never was (serial 60), so from serial 61 on the epoch is 1899-12-30.
    /// 1904 system: serial 0 is 1904-01-01.
    static func date(serial: Double, format: XLSXNumberFormat, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        let total = Int((serial * 86_400).rounded())
        let days = total / 86_400
        let seconds = total % 86_400
        let clock = pad2(seconds / 3600) + ":" + pad2(seconds / 60 % 60) + (seconds % 60 == 0 ? "" : ":" + pad2(seconds % 60))
        if format == .time { return clock }
        let day: String
        if date1904 {
            day = civil(daysSince1970: days - 24_107)
        } else if days == 60 {
            day = "1900-02-29"  // Excel's phantom day, shown as Excel shows it (and refused as a date later)
        } else if days == 0 {
            if format == .dateTime && seconds > 0 { return clock }  // a time typed without a date
            day = "1900-01-00"
        } else {
            day = civil(daysSince1970: days - (days < 60 ? 25_568 : 25_569))
        }
        switch format {
        case .yearMonth: return String(day.prefix(7))
        case .dateTime: return day + " " + clock
        default: return day
        }
    }

    /// `YYYY-MM-DD` of a day counted from 1970-01-01 (proleptic Gregorian).
    static func civil(daysSince1970: Int) -> String {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + pad2(month) + "-" + pad2(day)
    }

    private static func pad2(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
