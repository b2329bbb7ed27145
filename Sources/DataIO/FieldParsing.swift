import Model

/// The reading rules of DATA.md §1 for single cells, as pure functions.
/// Each returns nil for a value it cannot read; the caller words the error.
public enum FieldParsing {
    /// Trims white space including the full-width space U+3000 (and a
    /// leading byte-order mark): Unicode's White_Space characters, checked by
    /// value rather than through the Unicode tables (every cell goes through here).
    public static func trim(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isSpace(scalars[start]) || scalars[start] == "\u{FEFF}" { start = scalars.index(after: start) }
        while start < end, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// 是/否, Y/N, yes/no, true/false, 1/0, case-insensitive.
    public static func bool(_ text: String) -> Bool? {
        if text == "是" { return true }
        if text == "否" { return false }
        return switch text.lowercased() {
        case "是", "y", "yes", "true", "1": true
        case "否", "n", "no", "false", "0": false
        default: nil
        }
    }

    public static let boolExpectation = "应为 是/否、Y/N、yes/no、true/false 或 1/0"
    public static let dateExpectation = "应为 2025-03-07、2025/3/7 或 2025年3月7日"
    public static let timestampExpectation = "应为 2025-03-07 14:00 或 2025-03-07 14:00:00"
    public static let numberExpectation = "应为普通小数，如 1234.5"

    /// `2025-03-07`, `2025/3/7`, `2025.3.7`, `2025年3月7日`.
    public static func day(_ text: String) -> Day? {
        var parts: [Int] = []
        var current = 0
        var digits = 0
        var separator: Character?
        let chinese = text.unicodeScalars.contains("年")
        for ch in text {
            if let d = ch.asciiDigit {
                current = current * 10 + d
                digits += 1
                guard digits <= 4 else { return nil }
                continue
            }
            guard digits > 0 else { return nil }
            if chinese {
                let expected: Character = parts.isEmpty ? "年" : (parts.count == 1 ? "月" : "日")
                guard ch == expected else { return nil }
            } else {
                guard ch == "-" || ch == "/" || ch == "." else { return nil }
                if let separator, separator != ch { return nil }
                separator = ch
            }
            parts.append(current)
            current = 0
            digits = 0
        }
        if digits > 0 { parts.append(current) } else if !text.hasSuffix("日") { return nil }
        guard parts.count == 3, String(parts[0]).count == 4 else { return nil }
        return Day(year: parts[0], month: parts[1], day: parts[2])
    }

    /// A date plus ` HH:MM` or ` HH:MM:SS`.
    public static func timestamp(_ text: String) -> Timestamp? {
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true)
        guard pieces.count == 2, let day = day(String(pieces[0])) else { return nil }
        let clock = pieces[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3 else { return nil }
        let numbers = clock.map { part -> Int? in
            guard part.count == 2 || part.count == 1, part.allSatisfy({ $0.asciiDigit != nil }) else { return nil }
            return Int(part)
        }
        guard let h = numbers[0], let m = numbers[1], h < 24, m < 60 else { return nil }
        let s = clock.count == 3 ? numbers[2] : 0
        guard let s, s < 60 else { return nil }
        return Timestamp(day: day, hour: h, minute: m, second: s)
    }

    /// A month: `2025-03`, `2025/3`, `2025年3月`, or a full date (an Excel
    /// month cell arrives as its first day).
    public static func yearMonth(_ text: String) -> YearMonth? {
        if let date = day(text) { return YearMonth(year: date.year, month: date.month) }
        var body = Substring(text)
        if body.hasSuffix("月") && body.contains("年") { body = body.dropLast() }
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." || $0 == "年" }
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.asciiDigit != nil } }),
              let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return YearMonth(year: year, month: month)
    }

    /// A plain decimal: optional sign, digits, optional fraction. No exponents,
    /// no thousands separators, no full-width digits.
    public static func number(_ text: String) -> Double? {
        // [+-]? digits? ( . digits? )?, with at least one digit: checked on the bytes, then parsed.
        var digits = 0, dots = 0
        for (i, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard i == 0 else { return nil }
            default: return nil
            }
        }
        guard digits > 0, dots <= 1 else { return nil }
        return Double(text)
    }

    /// A percentage on the 0–100 scale, with or without a trailing `%`.
    public static func percent(_ text: String) -> Double? {
        number(text.hasSuffix("%") ? String(text.dropLast()) : text)
    }

    /// Whether the text contains full-width digits (０-９), which DATA.md refuses.
    public static func hasFullWidthDigits(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xFF10...0xFF19).contains($0.value) }
    }
}

extension Character {
    /// 0–9 for ASCII digits only (full-width digits are not numbers here).
    var asciiDigit: Int? {
        guard let ascii = asciiValue, ascii >= 48, ascii <= 57 else { return nil }
        return Int(ascii - 48)
    }
}
