import Foundation
import Model
import Testing
import DemoData

/// Devices, stations and their hourly readings.
@Suite struct DustTests {
    @Test func devicesAndStationsArePlacedInJiangsu() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        let devices = try run.table("dust_devices.csv")
        let projects = Set(try run.table("projects.csv").column("项目编号"))
        #expect(Set(devices.column("设备编号")).count == devices.rows.count)
        #expect(devices.column("项目编号").allSatisfy(projects.contains))
        let stations = try run.table("stations.csv")
        #expect(Set(stations.column("站点编码")).count == stations.rows.count)
        #expect(stations.column("站点编码").allSatisfy { matches($0, #"\d{4}A"#) })
        #expect(stations.column("站点名称").allSatisfy { $0.hasSuffix("站") && $0.contains("市") })
        var perCity: [String: Int] = [:]
        for region in stations.column("区划代码") {
            perCity[try #require(RegionTable.jiangsu.city(containing: region)).code, default: 0] += 1
        }
        #expect(perCity.count == 13)
        #expect(perCity.values.allSatisfy { (2...4).contains($0) })
        for table in [devices, stations] {
            for (lon, lat) in zip(table.column("经度"), table.column("纬度")) {
                #expect(matches(lon, #"1\d\d\.\d{6}"#) && matches(lat, #"3\d\.\d{6}"#))
                #expect((116.2...122.0).contains(Double(lon)!) && (30.6...35.2).contains(Double(lat)!))
            }
        }
    }

    @Test func readingsCoverTheLastDaysHourlyWithGapsAndAFlatline() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        let readings = try run.table("dust_readings.csv")
        let devices = try run.table("dust_devices.csv").column("设备编号")
        let expectedHours = devices.count * 30 * 24
        #expect(readings.rows.count <= expectedHours)
        var missing = expectedHours - readings.rows.count
        var flatline: Set<String> = []
        var run24 = (device: "", value: "", length: 0)
        var ratioSum = 0.0, ratioCount = 0
        for row in readings.rows {
            #expect(devices.contains(row[0]))
            #expect(matches(row[1], #"2025-12-\d\d \d\d:00"#) && row[1] >= "2025-12-02 00:00")
            if row[2].isEmpty {
                missing += 1
                run24 = (row[0], "", 0)
                continue
            }
            #expect(matches(row[2], #"\d+\.\d"#) && matches(row[3], #"\d+\.\d"#))
            let pm10 = Double(row[2])!, pm25 = Double(row[3])!
            ratioSum += pm25 / pm10
            ratioCount += 1
            run24 = run24.device == row[0] && run24.value == row[2] ? (row[0], row[2], run24.length + 1) : (row[0], row[2], 1)
            if run24.length >= 24 { flatline.insert(row[0]) }
        }
        let missingShare = Double(missing) / Double(expectedHours)
        #expect(missingShare > 0.003 && missingShare < 0.06, "missing \(missingShare)")
        #expect((2...3).contains(flatline.count), "flatline devices \(flatline.sorted())")
        let ratio = ratioSum / Double(ratioCount)
        #expect(ratio > 0.45 && ratio < 0.7, "PM2.5/PM10 \(ratio)")
    }

    @Test func devicesReadAboveTheirStationWithSomeExceedanceDays() throws {
        let run = try GeneratedProvince(DemoDataOptions(projects: 300, seed: 11, dustDevices: 20, dustDays: 60))
        defer { run.remove() }
        func dailyMeans(_ name: String) throws -> [String: Double] {
            var sums: [String: (Double, Int)] = [:]
            for row in try run.table(name).rows where !row[2].isEmpty {
                let key = row[0] + " " + row[1].prefix(10)
                let old = sums[key] ?? (0, 0)
                sums[key] = (old.0 + Double(row[2])!, old.1 + 1)
            }
            return sums.filter { $0.value.1 >= 20 }.mapValues { $0.0 / Double($0.1) }
        }
        let devices = try dailyMeans("dust_readings.csv")
        let stations = try dailyMeans("station_readings.csv")
        let stationTable = try run.table("stations.csv")
        let positions = stationTable.rows.map { (code: $0[0], lon: Double($0[3])!, lat: Double($0[4])!) }
        var compared = 0, exceeded = 0, excessSum = 0.0
        for device in try run.table("dust_devices.csv").rows {
            let lon = Double(device[2])!, lat = Double(device[3])!
            func distance(_ p: (code: String, lon: Double, lat: Double)) -> Double {
                let dx = (p.lon - lon) * cos(lat * Double.pi / 180), dy = p.lat - lat
                return dx * dx + dy * dy
            }
            let nearest = try #require(positions.min { distance($0) < distance($1) })
            for (key, mean) in devices where key.hasPrefix(device[0] + " ") {
                guard let station = stations[nearest.code + " " + key.dropFirst(device[0].count + 1)] else { continue }
                compared += 1
                excessSum += mean - station
                if mean - station > 50 { exceeded += 1 }
            }
        }
        #expect(compared > 500)
        let rate = Double(exceeded) / Double(compared)
        #expect(rate > 0.01 && rate < 0.2, "exceedance rate \(rate)")
        #expect(excessSum / Double(compared) > 5)
        let stationMean = stations.values.reduce(0, +) / Double(stations.count)
        #expect(stationMean > 40 && stationMean < 160, "station mean \(stationMean) in Nov–Dec")
    }
}
