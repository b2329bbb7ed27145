import Model

/// The hourly grid being filled: one slot per source (device or station) that
/// is in the reference list, one PM10 value and one "has a reading" bit per
/// hour of the report year. Memory is sources × hours, whatever the file's length.
struct SourceGrid {
    let empty: HourlyPM10
    let hours: Int
    private let wordsPerSource: Int
    private let known: Set<String>
    private(set) var names: [String] = []
    private var series: [[Double]] = []
    /// Bit per (source, hour): the hour has had a reading (in a rescan: a duplicate to trace).
    private var marks: [UInt64] = []
    private var slots: [String: Int] = [:]
    /// Unknown ids already reported (each is reported once, at its first line).
    var reportedUnknown: Set<String> = []

    init(year: Int, known: Set<String>) {
        empty = HourlyPM10(year: year)
        hours = empty.hoursInYear
        wordsPerSource = (hours + 63) / 64
        self.known = known
    }

    /// The slot of a known source (created on first use), nil for an unknown one.
    mutating func slot(for name: String) -> Int? {
        if let slot = slots[name] { return slot }
        guard known.contains(name) else { return nil }
        let slot = names.count
        names.append(name)
        series.append([Double](repeating: .nan, count: hours))
        marks.append(contentsOf: repeatElement(0, count: wordsPerSource))
        slots[name] = slot
        return slot
    }

    /// Grid hour of the start of `day`, or -1 when the day is outside the year.
    func hourBase(of day: Day) -> Int {
        empty.hourIndex(of: Timestamp(day: day)) ?? -1
    }

    /// Stores a reading; false (and nothing stored) when the hour already has one.
    @inline(__always)
    mutating func place(_ slot: Int, _ hour: Int, _ value: Double) -> Bool {
        let word = slot &* wordsPerSource &+ (hour &>> 6)
        let bit: UInt64 = 1 &<< UInt64(hour & 63)
        if marks[word] & bit != 0 { return false }
        marks[word] |= bit
        series[slot][hour] = value
        return true
    }

    /// Whether (slot, hour) is marked; in a rescan, whether it is a duplicate to trace.
    @inline(__always)
    func isMarked(_ slot: Int, _ hour: Int) -> Bool {
        marks[slot &* wordsPerSource &+ (hour &>> 6)] & (1 &<< UInt64(hour & 63)) != 0
    }

    /// Clears every mark and marks only `cells` (slot × hours + hour).
    mutating func markOnly(_ cells: some Sequence<Int>) {
        for i in marks.indices { marks[i] = 0 }
        for cell in cells { marks[cell / hours * wordsPerSource + (cell % hours) / 64] |= 1 << UInt64(cell % hours % 64) }
    }

    /// The grid: every known source with at least one reading in the year.
    func result() -> HourlyPM10 {
        var grid = empty
        for (slot, name) in names.enumerated() {
            let start = slot * wordsPerSource
            guard marks[start..<(start + wordsPerSource)].contains(where: { $0 != 0 }) else { continue }
            grid.series[name] = series[slot]
        }
        return grid
    }
}
