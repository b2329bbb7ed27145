@testable import DataIO
import Foundation
import Model
import Testing
import TestSupport

/// The readings cache hands back exactly what reading the file gave — the
/// grid and the problems — and nothing once the file or the device list changes.
@Suite struct ReadingsCacheTests {
    let content: URL
    let cacheFolder: URL

    init() throws {
        content = try Fixtures.contentFolder()
        cacheFolder = content.appendingPathComponent(".cache")
        try Fixtures.write("设备编号,项目编号,经度,纬度\nD1,P01,118.78,32.04\nD2,P02,118.79,32.05\n",
                           to: content.appendingPathComponent("data/dust_devices.csv"))
        try Fixtures.write("设备编号,时间,PM10,PM2.5\nD1,2025-01-01 00:00,42.5,20\nD1,2025-01-01 01:00,,\n"
                           + "D2,2025-01-01 00:00,12a,1\nD9,2025-01-01 00:00,10,5\nD2,2025-03-07 14:00,88.25,30\n",
                           to: content.appendingPathComponent("data/dust_readings.csv"))
    }

    private func load(cached: Bool) -> (Datasets, [String]) {
        var loader = ContentLoader(root: content)
        if cached {
            var cache = ReadingsCache(folder: cacheFolder, salt: "test")
            cache.minimumSize = 0
            loader.readingsCache = cache
        }
        var diagnostics = Diagnostics()
        let data = loader.loadDatasets(year: 2025, diagnostics: &diagnostics)
        return (data, diagnostics.items.map { "\($0.location) \($0.message)" })
    }

    /// Grids equal value for value, NaN (no reading) included — `==` on Doubles says NaN ≠ NaN.
    private func same(_ a: HourlyPM10?, _ b: HourlyPM10?) -> Bool {
        guard let a, let b, a.year == b.year, Set(a.series.keys) == Set(b.series.keys) else { return false }
        return a.series.allSatisfy { id, values in
            values.map(\.bitPattern) == b.series[id]?.map(\.bitPattern)
        }
    }

    private func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).filter { $0.hasPrefix(ReadingsCache.prefix) }
    }

    @Test func aCachedReadGivesTheSameGridAndProblemsAsReadingTheFile() throws {
        let (plain, plainProblems) = load(cached: false)
        #expect(plainProblems.contains { $0.hasPrefix("data/dust_readings.csv:4") })
        let (first, firstProblems) = load(cached: true)
        #expect(try entries().count == 1)
        let (second, secondProblems) = load(cached: true)
        #expect(plain.dustReadings?.series.keys.sorted() == ["D1", "D2"])
        #expect(same(first.dustReadings, plain.dustReadings) && same(second.dustReadings, plain.dustReadings))
        #expect(firstProblems == plainProblems && secondProblems == plainProblems)
        let series = try #require(second.dustReadings?.series["D2"])
        #expect(series[HourlyPM10(year: 2025).hourIndex(of: Timestamp(day: Day(year: 2025, month: 3, day: 7)!, hour: 14))!] == 88.25)
    }

    @Test func anEditedFileIsReadAgainAndReplacesTheEntry() throws {
        _ = load(cached: true)
        let before = try entries()
        let file = content.appendingPathComponent("data/dust_readings.csv")
        try Fixtures.write("设备编号,时间,PM10,PM2.5\nD1,2025-01-01 00:00,50,20\n", to: file)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: file.path)
        let (data, problems) = load(cached: true)
        #expect(problems.filter { $0.contains("dust_readings") }.isEmpty)
        #expect(data.dustReadings?.series["D1"]?[0] == 50)
        let after = try entries()
        #expect(after.count == 1 && after != before)
    }

    @Test func aDamagedEntryIsIgnored() throws {
        _ = load(cached: true)
        for name in try entries() {
            let url = cacheFolder.appendingPathComponent(name)
            let bytes = try Data(contentsOf: url)
            try bytes.prefix(bytes.count - 9).write(to: url)
        }
        let (plain, _) = load(cached: false)
        #expect(same(load(cached: true).0.dustReadings, plain.dustReadings))
    }
}
