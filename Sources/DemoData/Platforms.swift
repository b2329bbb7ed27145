import Model

/// 智慧监管平台: one row per county, plus a 共享版 row for each city that
/// hosts the shared platform of some of its counties.
struct PlatformSynthesizer {
    let options: DemoDataOptions
    let regions: RegionTable

    func make() -> [Platform] {
        var rng = SplitMix64(seed: options.seed, stream: "platforms")
        let year = options.year
        let earliest = Day(year: year - 4, month: 6, day: 1)!.ordinal
        let latest = Day(year: year, month: 11, day: 30)!.ordinal
        var rows: [Platform] = []
        var quota = Quota()
        for city in regions.cities {
            let profile = CityProfiles.profile(for: city.code)
            var sharedSince: [Day] = []
            for county in regions.counties(of: city.code) {
                if quota.take(city.code, profile.platformRate, &rng) {
                    // Platforms spread over the years, most after the 2022 notice.
                    let since = Day(ordinal: max(rng.int(in: earliest...latest), rng.int(in: earliest...latest)))
                    if rng.chance(0.12) {
                        rows.append(Platform(region: county.code, status: .shared, since: since))
                        sharedSince.append(since)
                    } else {
                        rows.append(Platform(region: county.code, status: .built, since: since))
                    }
                } else if rng.chance(0.35) {
                    // Finished after the year end: reported, but not counted for this year.
                    let since = Day(year: year + 1, month: rng.int(in: 1...3), day: rng.int(in: 1...28))!
                    rows.append(Platform(region: county.code, status: .built, since: since))
                } else {
                    rows.append(Platform(region: county.code, status: rng.chance(0.6) ? .underConstruction : .none))
                }
            }
            if let first = sharedSince.min() {
                rows.append(Platform(region: city.code, status: .shared, since: first.adding(days: -rng.int(in: 30...200))))
            }
        }
        rows.sort { $0.region < $1.region }
        return rows
    }
}
