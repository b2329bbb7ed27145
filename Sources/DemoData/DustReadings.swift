import Foundation
import Model

/// Hourly PM10 and PM2.5 for stations and devices over the last
/// ``DemoDataOptions/dustDays`` days of the report year, streamed to the
/// writer row by row (device-major, hours ascending).
///
/// Stations follow a seasonal curve (winter high), multi-day weather
/// episodes shared by the province and the city, and a morning and evening
/// peak. A device reads its nearest station plus the site's own dust,
/// heavier in working hours and on some days far heavier (exceedance days).
struct DustReadingSynthesizer {
    let options: DemoDataOptions
    let stations: [Station]
    let devices: [DemoDevice]

    /// Relative level by hour of day (mean 1).
    static let hourShape: [Double] = {
        let raw: [Double] = [0.95, 0.92, 0.88, 0.85, 0.84, 0.86, 0.92, 1.02, 1.10, 1.12, 1.08, 1.02,
                             0.98, 0.95, 0.94, 0.96, 1.00, 1.06, 1.12, 1.15, 1.14, 1.10, 1.04, 0.99]
        let mean = raw.reduce(0, +) / Double(raw.count)
        return raw.map { $0 / mean }
    }()

    /// Site activity by hour: work hours 07–18 carry most of the site's dust (mean 1).
    static let activity: [Double] = (0..<24).map { (7...18).contains($0) ? 1.5 : 0.5 }

    var hours: Int { options.dustDays * 24 }

    /// The first day of the period.
    var firstDay: Day { Day.endOfYear(options.year).adding(days: -(options.dustDays - 1)) }

    /// `2025-03-07 14:00` for every hour of the period, 16 bytes each.
    func timestamps() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(hours * 16)
        let start = firstDay.ordinal
        for d in 0..<options.dustDays {
            let day = Array(Day(ordinal: start + d).description.utf8)
            for h in 0..<24 {
                bytes += day
                bytes += [0x20, 48 + UInt8(h / 10), 48 + UInt8(h % 10), 0x3A, 0x30, 0x30]
            }
        }
        return bytes
    }

    /// Day of the year (0-based) for each day of the period: drives the season.
    private func seasonalBase(_ d: Int) -> Double {
        let day = Day(ordinal: firstDay.ordinal + d)
        let doy = Double(day.ordinal - Day.startOfYear(day.year).ordinal)
        return 68 + 32 * cos(2 * Double.pi * (doy - 10) / 365.25)
    }

    /// PM2.5 / PM10 for a day of the period: finer in winter, coarser in spring.
    func fineRatio(_ d: Int) -> Double {
        let day = Day(ordinal: firstDay.ordinal + d)
        let doy = Double(day.ordinal - Day.startOfYear(day.year).ordinal)
        return 0.55 + 0.07 * cos(2 * Double.pi * (doy - 10) / 365.25)
    }

    /// Daily AR(1) factors in log space (mean about 1): weather episodes.
    private func weather(_ rng: inout SplitMix64, sd: Double) -> [Double] {
        let phi = 0.7
        var x = rng.normal(mean: 0, sd: sd)
        var result: [Double] = []
        for _ in 0..<options.dustDays {
            result.append(exp(x - sd * sd / 2))
            x = phi * x + (1 - phi * phi).squareRoot() * rng.normal(mean: 0, sd: sd)
        }
        return result
    }

    /// The true hourly PM10 of every station, station-major (`index * hours + hour`).
    func stationSeries() -> [Double] {
        var rng = SplitMix64(seed: options.seed, stream: "dust-weather")
        let province = weather(&rng, sd: 0.30)
        let base = (0..<options.dustDays).map(seasonalBase)
        var cityWeather: [String: [Double]] = [:]
        for city in RegionTable.jiangsu.cities { cityWeather[city.code] = weather(&rng, sd: 0.15) }
        var series = [Double](repeating: 0, count: stations.count * hours)
        for (index, station) in stations.enumerated() {
            let city = RegionTable.jiangsu.city(containing: station.region)?.code ?? ""
            let local = cityWeather[city] ?? province
            let factor = CityProfiles.profile(for: city).dustFactor * rng.uniform(0.92, 1.08)
            var noise = 0.0
            for d in 0..<options.dustDays {
                let level = base[d] * factor * province[d] * local[d]
                for h in 0..<24 {
                    noise = 0.8 * noise + 0.6 * 0.08 * rng.normal()
                    series[index * hours + d * 24 + h] = max(5, level * Self.hourShape[h] * (1 + noise))
                }
            }
        }
        return series
    }

    /// station_readings.csv rows: about 1% empty cells and a few lost hours.
    func writeStations(series: [Double], stamps: [UInt8], to writer: ByteWriter) throws {
        var rng = SplitMix64(seed: options.seed, stream: "station-readings")
        let ratios = (0..<options.dustDays).map(fineRatio)
        try stamps.withUnsafeBufferPointer { stampBuffer in
            for (index, station) in stations.enumerated() {
                let code = Array(station.code.utf8)
                try code.withUnsafeBufferPointer { codeBuffer in
                    for hour in 0..<hours {
                        let r = rng.next()
                        if r & 0xFFFF < 330 { continue }  // lost hour (0.5%)
                        let empty = (r >> 16) & 0xFFFF < 655  // empty cells (1%)
                        let pm10 = series[index * hours + hour]
                        let jitter = (Double((r >> 32) & 0xFFFF) + Double(r >> 48)) / 65_536 - 1
                        let pm25 = pm10 * ratios[hour / 24] * (1 + 0.08 * jitter)
                        try row(writer, codeBuffer, stampBuffer, hour, empty ? nil : (pm10, pm25))
                    }
                }
            }
        }
    }

    /// dust_readings.csv rows, device after device.
    func writeDevices(series: [Double], stamps: [UInt8], to writer: ByteWriter) throws {
        let ratios = (0..<options.dustDays).map(fineRatio)
        let activity = Self.activity
        try stamps.withUnsafeBufferPointer { stampBuffer in
            for (index, device) in devices.enumerated() {
                var rng = SplitMix64(seed: options.seed, stream: "dust-readings", index: index)
                let id = Array(device.device.id.utf8)
                let offset = device.station * hours
                var outage = 0
                var stuck: (Double, Double)? = nil
                try id.withUnsafeBufferPointer { idBuffer in
                    for d in 0..<options.dustDays {
                        let heavy = rng.chance(device.exceedanceShare)
                        let excess = heavy ? rng.uniform(60, 130) : device.baseExcess * rng.uniform(0.5, 1.5)
                        for h in 0..<24 {
                            let hour = d * 24 + h
                            let r = rng.next()
                            if let run = device.flatline, run.contains(hour) {
                                if stuck == nil {
                                    let value = series[offset + hour] + excess * activity[h]
                                    stuck = (value, value * ratios[d])
                                }
                                try row(writer, idBuffer, stampBuffer, hour, stuck)
                                continue
                            }
                            if outage > 0 { outage -= 1; continue }
                            if r & 0xFFFF < 40 {  // a power or network cut of 6–36 hours
                                outage = 5 + Int((r >> 16) & 31)
                                continue
                            }
                            let empty = (r >> 16) & 0xFFFF < 460  // 0.7% empty cells
                            let station = series[offset + hour]
                            let tri = (Double((r >> 32) & 0xFFFF) + Double(r >> 48)) / 65_536 - 1
                            let pm10 = max(2, station + excess * activity[h] + tri * (6 + 0.08 * station))
                            let fine = (Double(r & 0xFFFF) + Double((r >> 16) & 0xFFFF)) / 65_536 - 1
                            let pm25 = pm10 * ratios[d] * (1 + 0.1 * fine)
                            try row(writer, idBuffer, stampBuffer, hour, empty ? nil : (pm10, pm25))
                        }
                    }
                }
            }
        }
    }

    /// `ID,2025-03-07 14:00,85.3,46.9` (or `ID,time,,` when the values are missing).
    @inline(__always)
    private func row(_ writer: ByteWriter, _ id: UnsafeBufferPointer<UInt8>, _ stamps: UnsafeBufferPointer<UInt8>,
                     _ hour: Int, _ values: (Double, Double)?) throws {
        try writer.reserve(id.count + 48)
        writer.put(id)
        writer.put(0x2C)
        writer.put(UnsafeBufferPointer(rebasing: stamps[(hour * 16)..<(hour * 16 + 16)]))
        writer.put(0x2C)
        if let (pm10, pm25) = values {
            writer.putTenths(Int(pm10 * 10 + 0.5))
            writer.put(0x2C)
            writer.putTenths(Int(pm25 * 10 + 0.5))
        } else {
            writer.put(0x2C)
        }
        try writer.endRow()
    }
}
