/// A calendar day without time zone, as the exports write it (`2025-03-07`).
///
/// Compared by (year, month, day). `ordinal` counts days from 0001-01-01 and
/// makes day arithmetic and consecutive-hour checks exact.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a day, or nil when the combination does not exist (2025-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// 31 December of `year`, the "YE" of DATA.md §3.
    public static func endOfYear(_ year: Int) -> Day { Day(year: year, month: 12, day: 31)! }
    /// 1 January of `year`.
    public static func startOfYear(_ year: Int) -> Day { Day(year: year, month: 1, day: 1)! }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 0001-01-01 (proleptic Gregorian), 0-based.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Day.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// The day `ordinal` days after 0001-01-01.
    public init(ordinal: Int) {
        var y = 1 + ordinal / 366
        while Day.startOfYear(y + 1).ordinal <= ordinal { y += 1 }
        var rest = ordinal - Day.startOfYear(y).ordinal
        var m = 1
        while rest >= Day.daysIn(month: m, year: y) {
            rest -= Day.daysIn(month: m, year: y)
            m += 1
        }
        self.init(year: y, month: m, day: rest + 1)!
    }

    /// This day moved by `days` (negative goes back).
    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO form, `2025-03-07`.
    public var description: String {
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
