import Model
import Statistics

/// The dust charts that need the hourly grids: device vs station daily
/// means (scatter) and each city's exceedance rate by month (heatmap).
///
/// The pairs follow DATA.md §3 exactly as `DustAnalysis` does: daily means
/// with ≥ 20 valid hours, each device matched to the nearest station
/// (haversine, ties to the smaller code) within the match radius, only the
/// report year's grid; so the scatter's exceedance points add up to
/// `dust.exceedance_days`, and a city's months to its `exceedance_rate`.
enum ChartDustData {
    /// One compared device-day.
    struct Pair {
        var city: String?
        var month: Int
        var device: Double
        var station: Double
    }

    static let xTitle = "国控点 PM10 日均值（μg/m³）"
    static let yTitle = "设备 PM10 日均值（μg/m³）"
    static let missingNote = "注：无扬尘监测设备与国控点的可比对读数"

    /// Points (station, device) of every compared device-day.
    static func scatter(_ spec: ChartSpec, statistics: ProvinceStatistics, datasets: Datasets?,
                        config: DustConfig) -> ChartData {
        var spec = spec
        if spec.target == nil { spec.target = config.exceedanceUgm3 }
        let pairs = datasets.flatMap { compared($0, year: statistics.year, config: config) }
        return ChartData(spec: spec, kind: .score, items: [],
                         points: (pairs ?? []).map { ChartPoint(x: $0.station, y: $0.device) },
                         notes: pairs == nil ? [missingNote] : [], xTitle: xTitle, yTitle: yTitle,
                         categoryTitle: "国控点日均值区间")
    }

    /// Rows = the cities with devices (or `regions`), columns = 1月 … 12月,
    /// values = exceedance days / compared days; nil where a month has none.
    static func heatmap(_ spec: ChartSpec, statistics: ProvinceStatistics, datasets: Datasets?,
                        config: DustConfig) -> ChartData {
        let cities = FigureData.select(statistics.dust?.cities ?? [], spec.regions, code: \.code, name: \.name)
        let pairs = datasets.flatMap { Self.compared($0, year: statistics.year, config: config) }
        var compared: [String: [Int]] = [:], exceeded: [String: [Int]] = [:]
        for pair in pairs ?? [] {
            guard let city = pair.city else { continue }
            compared[city, default: Array(repeating: 0, count: 12)][pair.month - 1] += 1
            if pair.device - pair.station > config.exceedanceUgm3 {
                exceeded[city, default: Array(repeating: 0, count: 12)][pair.month - 1] += 1
            }
        }
        let series = cities.map { city in
            ChartSeries(name: city.name, values: (0..<12).map { month -> Double? in
                let days = compared[city.code]?[month] ?? 0
                return days == 0 ? nil : Double(exceeded[city.code]?[month] ?? 0) / Double(days)
            }, code: city.code)
        }
        return ChartData(spec: spec, kind: .percent, items: [], categories: (1...12).map { "\($0)月" }, series: series,
                         notes: pairs == nil ? [missingNote] : [])
    }

    /// Every compared device-day of the report year, device by device (in
    /// file order) and day by day; nil when a dataset the comparison needs is missing.
    static func compared(_ data: Datasets, year: Int, config: DustConfig) -> [Pair]? {
        guard let devices = data.dustDevices, let readings = data.dustReadings, let stationGrid = data.stationReadings,
              let stationList = data.stations else { return nil }
        let days = Day.isLeap(year) ? 366 : 365
        let deviceSeries = readings.year == year ? readings.series : [:]
        let stationSeries = stationGrid.year == year ? stationGrid.series : [:]
        let stations = stationList.sorted { $0.code.precedesByCodePoints($1.code) }
        let start = Day.startOfYear(year).ordinal
        let months = (0..<days).map { Day(ordinal: start + $0).month }
        var cityOfProject: [String: String] = [:]
        for project in data.projects {
            if let city = data.regions.city(containing: project.county) { cityOfProject[project.id] = city.code }
        }
        var stationMeans: [String: [Double]] = [:]
        var pairs: [Pair] = []
        for device in devices {
            guard let series = deviceSeries[device.id], let station = nearest(device.position, stations, config.matchRadiusKm),
                  let stationHours = stationSeries[station.code] else { continue }
            let reference = stationMeans[station.code] ?? HourlySeries.dailyMeans(stationHours, days: days)
            stationMeans[station.code] = reference
            let means = HourlySeries.dailyMeans(series, days: days)
            let city = cityOfProject[device.project]
            for day in 0..<days where !means[day].isNaN && !reference[day].isNaN {
                pairs.append(Pair(city: city, month: months[day], device: means[day], station: reference[day]))
            }
        }
        return pairs
    }

    /// The nearest station within `radius` km; equal distances go to the smaller code.
    private static func nearest(_ point: GeoPoint, _ stations: [Station], _ radius: Double) -> Station? {
        var best: Station?
        var bestDistance = Double.infinity
        for station in stations {
            let d = GreatCircle.distanceKm(point, station.position)
            if d < bestDistance {
                best = station
                bestDistance = d
            }
        }
        return bestDistance <= radius ? best : nil
    }
}
