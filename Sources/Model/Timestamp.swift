/// A local date and time without zone (the exports' `2025-03-07 14:00`).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let day: Day
    /// Seconds since midnight, 0..<86_400.
    public let secondOfDay: Int

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.day = day
        self.secondOfDay = hour * 3600 + minute * 60 + second
    }

    public var hour: Int { secondOfDay / 3600 }

    /// Whole hours since 0001-01-01 00:00; consecutive hourly readings differ by 1.
    public var hourIndex: Int { day.ordinal * 24 + hour }

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        (a.day, a.secondOfDay) < (b.day, b.secondOfDay)
    }

    public var description: String {
        let h = secondOfDay / 3600, m = secondOfDay / 60 % 60, s = secondOfDay % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(day) \(two(h)):\(two(m)):\(two(s))"
    }
}
