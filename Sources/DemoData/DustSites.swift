import Model

/// A dust device with how it behaves over the period.
struct DemoDevice {
    var device: DustDevice
    /// Index into the stations whose air the site breathes (the nearest).
    var station: Int
    /// Typical excess of the site over the station, µg/m³.
    var baseExcess: Double
    /// Share of days with heavy site dust (excess well over 50).
    var exceedanceShare: Double
    /// A stuck sensor: the hours (0-based in the period) repeating one value.
    var flatline: Range<Int>?
}

/// Places 国控点 in each city's urban districts and dust devices on smart sites.
struct DustSiteSynthesizer {
    let options: DemoDataOptions
    let regions: RegionTable

    /// Two to four stations per city, codes `1141A`, `1142A`, … by city code.
    func stations() -> [Station] {
        var rng = SplitMix64(seed: options.seed, stream: "stations")
        var result: [Station] = []
        for city in regions.cities {
            let profile = CityProfiles.profile(for: city.code)
            let districts = regions.counties(of: city.code).filter(Geography.isUrbanDistrict)
            let hosts = districts.isEmpty ? regions.counties(of: city.code) : districts
            guard !hosts.isEmpty else { continue }
            let count = min(profile.stationNames.count, rng.int(in: 2...4))
            for i in 0..<count {
                let host = hosts[i % hosts.count]
                let point = Geography.jitter(Geography.countyPoint(host), maxKm: 1.5, rng: &rng)
                result.append(Station(code: "\(1141 + result.count)A",
                                      name: "\(city.name)\(profile.stationNames[i])站",
                                      region: host.code, position: rounded(point)))
            }
        }
        return result
    }

    /// Devices on smart sites active in the report year (or on any active
    /// site when there are too few), several per site only when needed.
    func devices(projects: [DemoProject], stations: [Station]) -> [DemoDevice] {
        let total = options.resolvedDustDevices
        guard total > 0, !projects.isEmpty else { return [] }
        var rng = SplitMix64(seed: options.seed, stream: "devices")
        let yearEnd = Day.endOfYear(options.year)
        var eligible = projects.filter { $0.isActive(in: options.year) && $0.isSmart(by: yearEnd) }
        if eligible.isEmpty { eligible = projects.filter { $0.isActive(in: options.year) } }
        if eligible.isEmpty { eligible = projects }
        let order = rng.shuffled(eligible)
        var chosen: [(DemoProject, Int)] = []
        for n in 0..<total { chosen.append((order[n % order.count], n / order.count)) }
        chosen.sort { ($0.0.project.id, $0.1) < ($1.0.project.id, $1.1) }

        var perCounty: [String: Int] = [:]
        var result: [DemoDevice] = []
        for (item, _) in chosen {
            let county = item.project.county
            let seq = (perCounty[county] ?? 0) + 1
            perCounty[county] = seq
            let countyRegion = regions[county] ?? item.city
            let point = rounded(Geography.jitter(Geography.countyPoint(countyRegion), maxKm: 4, rng: &rng))
            var nearest = 0
            var best = Double.infinity
            for (index, station) in stations.enumerated() {
                let d = Geography.distanceKm(point, station.position)
                if d < best { best = d; nearest = index }
            }
            let dirty = rng.chance(0.15)
            result.append(DemoDevice(
                device: DustDevice(id: "YC-\(county)-\(Apportion.padded(seq, 4))", project: item.project.id, position: point),
                station: nearest, baseExcess: rng.uniform(6, 25),
                exceedanceShare: dirty ? rng.uniform(0.12, 0.25) : rng.uniform(0.01, 0.06), flatline: nil))
        }
        result.sort { $0.device.id < $1.device.id }
        markFlatlines(&result, &rng)
        return result
    }

    /// A couple of stuck sensors (one more per thousand devices), each for 30–72 hours.
    private func markFlatlines(_ devices: inout [DemoDevice], _ rng: inout SplitMix64) {
        let hours = options.dustDays * 24
        guard devices.count >= 2, hours >= 24 else { return }
        let count = min(devices.count, max(2, devices.count / 1_000))
        for index in rng.shuffled(Array(devices.indices)).prefix(count) {
            let length = min(hours, rng.int(in: 30...72))
            let start = rng.int(in: 0...(hours - length))
            devices[index].flatline = start..<(start + length)
        }
    }

    /// Six decimals, as exports write positions.
    private func rounded(_ point: GeoPoint) -> GeoPoint {
        GeoPoint(lon: (point.lon * 1e6).rounded() / 1e6, lat: (point.lat * 1e6).rounded() / 1e6)
    }
}
