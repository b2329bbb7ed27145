import Model
import Statistics
import Testing

/// Dust analysis for Y = 2025 (8,760 hours; hour h is day h / 24), radius 5 km, threshold 50 µg/m³.
/// Stations: S1 (118.8, 32.0); S-A (120.0, 30.984375) and S-B (120.0, 31.015625), equally far from D3.
/// Devices (D1, D2, D4 on a 南京 project, D3 on a 无锡 project):
/// - D1 at S1 (0 km → matched). Day 0: 20 hours alternating 90/110 → mean 100; day 1: 19 hours → no
///   mean; day 2: 24 hours 80/100 → 90; day 3: 24 hours 20/40 → 30.
///   S1: day 0 24 × 40 → 40; day 1 24 × 10; day 2 20 × 40 → 40; day 3 19 hours → no mean.
///   Compared: day 0 (100 − 40 = 60 > 50: exceedance), day 2 (90 − 40 = 50, not > 50) → 2 days, 1 exceedance.
/// - D2 0.0450° north of S1 (5.004 km: just outside) → unmatched. Hours 240…263 all 33 → a flat run of
///   24 → flatline; day 10 mean 33.
/// - D3 at (120.0, 31.0): S-A and S-B both 1.737 km away → the smaller code S-A. Hours 0…22 = 5, hour 23 = 6
///   (a run of 23: not flat) → day 0 mean 121/24; hours 48…59 and 61…72 = 7 with hour 60 missing (the gap
///   breaks the run) → day 2 has 23 hours → mean 7. S-A has day 0 (24 × 0) only → 1 compared day, no
///   exceedance (S-B would also have compared day 2).
/// - D4 0.0449° north of S1 (4.993 km: just inside) → matched; no readings.
/// Totals: devices 4, matched 3, compared 3, exceedance 1, flatline [D2].
/// 南京: 3 devices; mean_pm10 = (100 + 90 + 30 + 33) / 4 = 63.25; exceedance rate 1/2.
/// 无锡: 1 device; mean_pm10 = (121/24 + 7) / 2 = 289/48; exceedance rate 0/1 = 0.
enum DustFixture {
    static let hours = 8760

    static func series(_ values: [(hours: ClosedRange<Int>, value: (Int) -> Double)]) -> [Double] {
        var s = [Double](repeating: .nan, count: hours)
        for (range, value) in values { for h in range { s[h] = value(h) } }
        return s
    }
    static func alternating(_ a: Double, _ b: Double) -> (Int) -> Double { { $0 % 2 == 0 ? a : b } }
    static func constant(_ v: Double) -> (Int) -> Double { { _ in v } }

    static let devices = [
        DustDevice(id: "D1", project: "DP1", position: GeoPoint(lon: 118.8, lat: 32.0)),
        DustDevice(id: "D2", project: "DP1", position: GeoPoint(lon: 118.8, lat: 32.045)),
        DustDevice(id: "D3", project: "DP2", position: GeoPoint(lon: 120.0, lat: 31.0)),
        DustDevice(id: "D4", project: "DP1", position: GeoPoint(lon: 118.8, lat: 32.0449)),
    ]
    static let stations = [
        Station(code: "S-B", name: "乙站", region: "320205", position: GeoPoint(lon: 120.0, lat: 31.015625)),
        Station(code: "S1", name: "玄武湖", region: "320102", position: GeoPoint(lon: 118.8, lat: 32.0)),
        Station(code: "S-A", name: "甲站", region: "320205", position: GeoPoint(lon: 120.0, lat: 30.984375)),
    ]
    static let deviceReadings = HourlyPM10(year: 2025, series: [
        "D1": series([(0...19, alternating(90, 110)), (24...42, constant(50)),
                      (48...71, alternating(80, 100)), (72...95, alternating(20, 40))]),
        "D2": series([(240...263, constant(33))]),
        "D3": series([(0...22, constant(5)), (23...23, constant(6)), (48...59, constant(7)), (61...72, constant(7))]),
    ])
    static let stationReadings = HourlyPM10(year: 2025, series: [
        "S1": series([(0...23, constant(40)), (24...47, constant(10)), (48...67, constant(40)), (72...90, constant(10))]),
        "S-A": series([(0...23, constant(0))]),
        "S-B": series([(0...23, constant(0)), (48...71, constant(0))]),
    ])
    static let projects = [Build.project("DP1", county: "320102"), Build.project("DP2", county: "320205")]
    static let data = Datasets(regions: .jiangsu, projects: projects, dustDevices: devices,
                               dustReadings: deviceReadings, stations: stations, stationReadings: stationReadings)
}

@Suite struct DustAnalysisTests {
    @Test func totals() throws {
        let dust = try #require(DustAnalysis.compute(DustFixture.data, year: 2025, config: DustConfig()))
        #expect(dust.devices == 4)
        #expect(dust.matchedDevices == 3)
        #expect(dust.comparedDays == 3)
        #expect(dust.exceedanceDays == 1)
        #expect(dust.flatlineDevices == ["D2"])
    }

    @Test func perCity() throws {
        let dust = try #require(DustAnalysis.compute(DustFixture.data, year: 2025, config: DustConfig()))
        #expect(dust.cities.map(\.code) == ["320100", "320200"])
        #expect(dust.cities.map(\.devices) == [3, 1])
        #expect(dust.cities[0].meanPM10 == 63.25)
        #expect(abs(try #require(dust.cities[1].meanPM10) - 289.0 / 48.0) < 1e-12)
        #expect(dust.cities.map(\.exceedanceRate) == [0.5, 0])
    }

    /// Threshold 49.9: day 2's difference of exactly 50 now exceeds → 2. Radius 5.01 km: D2 matches S1
    /// too (it has no day S1 also has) → matched 4, compared still 3.
    @Test func thresholdAndRadiusComeFromConfig() throws {
        let config = DustConfig(matchRadiusKm: 5.01, exceedanceUgm3: 49.9)
        let dust = try #require(DustAnalysis.compute(DustFixture.data, year: 2025, config: config))
        #expect(dust.exceedanceDays == 2)
        #expect(dust.matchedDevices == 4)
        #expect(dust.comparedDays == 3)
    }

    @Test func nullWithoutDevicesAndPartialWithoutReadings() throws {
        var data = DustFixture.data
        data.dustDevices = nil
        #expect(DustAnalysis.compute(data, year: 2025, config: DustConfig()) == nil)
        #expect(StatisticsCalculator.compute(data, config: Build.config()).dust == nil)

        data = DustFixture.data
        data.dustReadings = nil
        data.stationReadings = nil
        let dust = try #require(DustAnalysis.compute(data, year: 2025, config: DustConfig()))
        #expect(dust.devices == 4 && dust.matchedDevices == 3)
        #expect(dust.comparedDays == nil && dust.exceedanceDays == nil && dust.flatlineDevices == nil)
        #expect(dust.cities[0] == DustCityStatistics(code: "320100", name: "南京市", devices: 3, meanPM10: nil,
                                                     exceedanceRate: nil))
        data.stations = nil
        #expect(DustAnalysis.compute(data, year: 2025, config: DustConfig())?.matchedDevices == nil)
    }

    /// A grid of another year holds no reading of Y: no means, no flat runs, no compared days.
    @Test func readingsOfAnotherYearAreIgnored() throws {
        let dust = try #require(DustAnalysis.compute(DustFixture.data, year: 2026, config: DustConfig()))
        #expect(dust.flatlineDevices == [] && dust.comparedDays == 0)
        #expect(dust.cities.allSatisfy { $0.meanPM10 == nil && $0.exceedanceRate == nil })
    }

    @Test func dailyMeansNeedTwentyHours() {
        var s = [Double](repeating: .nan, count: 48)
        for h in 0..<19 { s[h] = 10 }          // day 0: 19 hours
        for h in 24..<44 { s[h] = Double(h) }  // day 1: 20 hours, 24…43 → mean 33.5
        let means = HourlySeries.dailyMeans(s, days: 3)
        #expect(means[0].isNaN)
        #expect(means[1] == 33.5)
        #expect(means[2].isNaN)  // past the end of the series
    }

    @Test func flatRunsNeedTwentyFourEqualConsecutiveHours() {
        var s = [Double](repeating: 1, count: 23) + [2]
        #expect(!HourlySeries.hasFlatRun(s, hours: s.count))
        s = [Double](repeating: 1, count: 24)
        #expect(HourlySeries.hasFlatRun(s, hours: s.count))
        #expect(!HourlySeries.hasFlatRun(s, hours: 23))
        s = [Double](repeating: 1, count: 12) + [.nan] + [Double](repeating: 1, count: 12)
        #expect(!HourlySeries.hasFlatRun(s, hours: s.count))
        s = [Double](repeating: .nan, count: 12) + [Double](repeating: 4, count: 24)  // across midnight
        #expect(HourlySeries.hasFlatRun(s, hours: s.count))
    }

    /// One degree of latitude is R·π/180 = 6371.0088 × 0.0174533 = 111.19508 km.
    @Test func haversine() {
        let d = GreatCircle.distanceKm(GeoPoint(lon: 118, lat: 32), GeoPoint(lon: 118, lat: 33))
        #expect(abs(d - 6371.0088 * Double.pi / 180) < 1e-9)
        #expect(GreatCircle.distanceKm(GeoPoint(lon: 118, lat: 32), GeoPoint(lon: 118, lat: 32)) == 0)
    }
}
