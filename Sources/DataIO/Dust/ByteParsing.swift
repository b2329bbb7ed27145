import Foundation
import Model

/// The reading rules of ``FieldParsing`` for the hot loop, on raw UTF-8 bytes
/// `[start, end)` without making a String. Each function accepts only values
/// that ``FieldParsing`` reads the same way and returns nil for anything else;
/// the caller then asks ``FieldParsing`` itself (the slow, authoritative path).
enum ByteParsing {
    /// Drops ASCII white space (what `Character.isWhitespace` means below 0x80)
    /// from both ends; false when an end is a non-ASCII byte, which may be
    /// white space such as U+3000 and needs ``FieldParsing/trim(_:)``.
    @inline(__always)
    static func trimASCII(_ bytes: UnsafePointer<UInt8>, _ start: inout Int, _ end: inout Int) -> Bool {
        while start < end && isSpace(bytes[start]) { start += 1 }
        while end > start && isSpace(bytes[end - 1]) { end -= 1 }
        return start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Whether `count` bytes at `a` and `b` are equal (short keys: two overlapping word loads).
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        if count > 16 { return memcmp(a, b, count) == 0 }
        if count >= 8 {
            let last = count - 8
            return UnsafeRawPointer(a).loadUnaligned(as: UInt64.self) == UnsafeRawPointer(b).loadUnaligned(as: UInt64.self)
                && UnsafeRawPointer(a + last).loadUnaligned(as: UInt64.self)
                == UnsafeRawPointer(b + last).loadUnaligned(as: UInt64.self)
        }
        var i = 0
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// `2025-03-07`, `2025/3/7`, `2025.3.7`, `2025年3月7日`, as ``FieldParsing/day(_:)``.
    static func day(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Day? {
        var parts = (0, 0, 0)
        var count = 0
        var current = 0
        var digits = 0
        var separator: UInt8 = 0  // 0: not decided yet, 1: 年月日
        var i = start
        while i < end {
            let byte = bytes[i]
            if byte &- 0x30 < 10 {
                current = current * 10 + Int(byte &- 0x30)
                digits += 1
                guard digits <= 4 else { return nil }
                i += 1
                continue
            }
            guard digits > 0, count < 3 else { return nil }
            if separator == 0 && byte == 0xE5 {
                guard matches(bytes, i, end, 0xE5, 0xB9, 0xB4) else { return nil }  // 年
                separator = 1
                i += 3
            } else if separator == 1 {
                let ok = count == 1 ? matches(bytes, i, end, 0xE6, 0x9C, 0x88)  // 月
                    : matches(bytes, i, end, 0xE6, 0x97, 0xA5)  // 日
                guard ok else { return nil }
                i += 3
            } else {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") else { return nil }
                guard separator == 0 || separator == byte else { return nil }
                separator = byte
                i += 1
            }
            switch count {
            case 0: parts.0 = current
            case 1: parts.1 = current
            default: parts.2 = current
            }
            count += 1
            current = 0
            digits = 0
        }
        if digits > 0 {
            guard count == 2 else { return nil }
            parts.2 = current
        } else {
            guard count == 3, separator == 1 else { return nil }  // ends with 日
        }
        guard parts.0 >= 1000 else { return nil }
        return Day(year: parts.0, month: parts.1, day: parts.2)
    }

    @inline(__always)
    private static func matches(_ bytes: UnsafePointer<UInt8>, _ i: Int, _ end: Int,
                                _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        i + 3 <= end && bytes[i] == a && bytes[i + 1] == b && bytes[i + 2] == c
    }

    /// `HH:MM` or `HH:MM:SS` (1 or 2 digits each) → the hour, as ``FieldParsing/timestamp(_:)``.
    @inline(__always)
    static func hour(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var values = (0, 0, 0)
        var count = 0
        var current = 0
        var digits = 0
        var i = start
        while true {
            if i < end && bytes[i] &- 0x30 < 10 {
                current = current * 10 + Int(bytes[i] &- 0x30)
                digits += 1
                i += 1
                continue
            }
            guard digits == 1 || digits == 2 else { return nil }
            switch count {
            case 0: values.0 = current
            case 1: values.1 = current
            default: values.2 = current
            }
            count += 1
            if i == end { break }
            guard bytes[i] == UInt8(ascii: ":"), count < 3 else { return nil }
            current = 0
            digits = 0
            i += 1
        }
        guard count >= 2, values.0 < 24, values.1 < 60, values.2 < 60 else { return nil }
        return values.0
    }

    /// 10^n for n in 0...22, each exact in a Double (10^22 is the largest that is).
    @inline(__always)
    static func powerOfTen(_ n: Int) -> Double {
        switch n {
        case 0: 1
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

    /// Unsigned plain decimal (`85.3`, `12`, `0.50`, `.5`, `5.`) with at most 15
    /// significant digits (trailing zeros of the fraction not counted) → the Double that `Double(String)` gives, bit for bit:
    /// the digits form an integer below 2^53 and 10^fraction is exact, so the
    /// one IEEE division is correctly rounded. Nil for anything else (signs,
    /// more digits, non-digits), which the caller hands to ``FieldParsing``.
    @inline(__always)
    static func decimal(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var mantissa: UInt64 = 0
        var significant = 0
        var fraction = 0
        var zeros = 0  // zeros after the point not yet taken in: dropped if nothing follows
        var sawDigit = false
        var sawPoint = false
        var i = start
        while i < end {
            let byte = bytes[i]
            i += 1
            let digit = byte &- 0x30
            if digit < 10 {
                sawDigit = true
                if sawPoint {
                    if digit == 0 { zeros += 1; continue }
                    fraction += zeros + 1
                } else if mantissa == 0 && digit == 0 {
                    continue  // a leading zero
                }
                if mantissa != 0 { significant += zeros }
                significant += 1
                if significant > 15 { return nil }
                while zeros > 0 { mantissa &*= 10; zeros -= 1 }
                mantissa = mantissa &* 10 &+ UInt64(digit)
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return nil
            }
        }
        guard sawDigit, fraction <= 22 else { return nil }
        return fraction == 0 ? Double(mantissa) : Double(mantissa) / powerOfTen(fraction)
    }
}
