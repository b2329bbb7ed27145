import Model

/// Computes `DustStatistics` (DATA.md §3 "Dust analysis").
///
/// Rules DATA.md leaves open (docs/statistics-rules.md): the section is nil
/// when `dust_devices` is absent; only the report year's grid is read (a
/// grid of another year counts as no readings), so daily means and flat
/// runs never reach into a neighbouring year; a device's city is its
/// project's county's city.
public enum DustAnalysis {
    /// The dust section for report year `year`, or nil when there is no
    /// dust_devices dataset. One pass over the devices; per device only its
    /// 365/366 daily means are held, so memory stays bounded by the input grid.
    public static func compute(_ data: Datasets, year: Int, config: DustConfig) -> DustStatistics? {
        guard let devices = data.dustDevices else { return nil }
        let days = Day.isLeap(year) ? 366 : 365
        let deviceSeries = data.dustReadings.map { $0.year == year ? $0.series : [:] }
        let stationSeries = data.stationReadings.map { $0.year == year ? $0.series : [:] }
        let stations = (data.stations ?? []).sorted { $0.code.precedesByCodePoints($1.code) }
        let compares = data.stations != nil && deviceSeries != nil && stationSeries != nil

        var stationMeans = [[Double]?](repeating: nil, count: stations.count)
        func meansOfStation(_ i: Int) -> [Double]? {
            if let cached = stationMeans[i] { return cached }
            guard let series = stationSeries?[stations[i].code] else { return nil }
            let means = HourlySeries.dailyMeans(series, days: days)
            stationMeans[i] = means
            return means
        }

        let cityOfProject = cityByProject(data)
        var cities: [String: CityTotals] = [:]
        var matched = 0, compared = 0, exceeded = 0
        var flatline: [String] = []
        for device in devices {
            let cityCode = cityOfProject[ExactString(device.project)]
            if let cityCode { cities[cityCode, default: CityTotals()].devices += 1 }
            let station = nearestStation(to: device.position, in: stations, radiusKm: config.matchRadiusKm)
            if station != nil { matched += 1 }
            guard let series = deviceSeries?[device.id] else { continue }

            if HourlySeries.hasFlatRun(series, hours: days * 24) { flatline.append(device.id) }
            let means = HourlySeries.dailyMeans(series, days: days)
            let reference = compares ? station.flatMap(meansOfStation) : nil
            // Accumulate straight into the city's running sum, device after device and
            // day after day: the mean of all device-days, added in that order.
            var totals = cityCode.flatMap { cities[$0] } ?? CityTotals()
            var deviceCompared = 0, deviceExceeded = 0
            for day in 0..<days where !means[day].isNaN {
                totals.meanSum += means[day]
                totals.meanCount += 1
                if let reference, !reference[day].isNaN {
                    deviceCompared += 1
                    if means[day] - reference[day] > config.exceedanceUgm3 { deviceExceeded += 1 }
                }
            }
            totals.comparedDays += deviceCompared
            totals.exceedanceDays += deviceExceeded
            compared += deviceCompared
            exceeded += deviceExceeded
            if let cityCode { cities[cityCode] = totals }
        }

        let cityLines = cities.keys.sortedByCodePoints().map { code in
            let t = cities[code]!
            return DustCityStatistics(
                code: code, name: data.regions[code]?.name ?? "", devices: t.devices,
                meanPM10: t.meanCount == 0 ? nil : t.meanSum / Double(t.meanCount),
                exceedanceRate: compares ? ratio(t.exceedanceDays, t.comparedDays) : nil)
        }
        return DustStatistics(
            devices: devices.count,
            matchedDevices: data.stations == nil ? nil : matched,
            comparedDays: compares ? compared : nil,
            exceedanceDays: compares ? exceeded : nil,
            flatlineDevices: deviceSeries == nil ? nil : flatline.sortedByCodePoints(),
            cities: cityLines)
    }

    /// The position in `stations` (sorted by code) of the nearest station
    /// within `radiusKm`; equal distances go to the smaller code.
    static func nearestStation(to point: GeoPoint, in stations: [Station], radiusKm: Double) -> Int? {
        var best: Int?
        var bestDistance = Double.infinity
        for (i, station) in stations.enumerated() {
            let d = GreatCircle.distanceKm(point, station.position)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        guard let best, bestDistance <= radiusKm else { return nil }
        return best
    }

    private static func cityByProject(_ data: Datasets) -> [ExactString: String] {
        var result: [ExactString: String] = [:]
        for project in data.projects {
            if let city = data.regions.city(containing: project.county) { result[ExactString(project.id)] = city.code }
        }
        return result
    }

    private struct CityTotals {
        var devices = 0
        var meanSum = 0.0
        var meanCount = 0
        var comparedDays = 0
        var exceedanceDays = 0
    }
}
