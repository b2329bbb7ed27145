/// The two per-series computations of the dust analysis, on an hourly grid
/// whose index 0 is 1 January 00:00 and where NaN is a missing hour.
public enum HourlySeries {
    /// Valid hours a day needs for a daily mean (GB 3095-2012's 24-hour average).
    public static let minimumHoursPerDay = 20
    /// Length of a run of equal readings that makes a device "flatline".
    public static let flatlineHours = 24

    /// The daily means of the first `days` days: the mean of the day's valid
    /// hours when there are at least 20 of them, else NaN. Hours past the end
    /// of `series` are missing.
    public static func dailyMeans(_ series: [Double], days: Int) -> [Double] {
        var means = [Double](repeating: .nan, count: days)
        series.withUnsafeBufferPointer { hours in
            for day in 0..<days {
                let start = day * 24, end = min(start + 24, hours.count)
                guard end - start >= minimumHoursPerDay else { continue }
                var sum = 0.0, count = 0
                for h in start..<end where !hours[h].isNaN {
                    sum += hours[h]
                    count += 1
                }
                if count >= minimumHoursPerDay { means[day] = sum / Double(count) }
            }
        }
        return means
    }

    /// Whether the first `hours` hours hold a run of at least 24 consecutive
    /// valid hours with equal values; a missing hour breaks the run.
    public static func hasFlatRun(_ series: [Double], hours: Int) -> Bool {
        series.withUnsafeBufferPointer { values in
            var run = 0
            var previous = Double.nan
            for h in 0..<min(hours, values.count) {
                let value = values[h]
                // NaN equals nothing, so a missing hour ends the run and the next
                // valid hour starts a new one.
                if value == previous {
                    run += 1
                    if run >= flatlineHours { return true }
                } else {
                    run = value.isNaN ? 0 : 1
                }
                previous = value
            }
            return false
        }
    }
}
