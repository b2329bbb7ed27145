import Foundation
import Model
import Testing
@testable import DemoData

/// Files, headers, determinism and the summary.
@Suite struct GeneratorTests {
    /// DATA.md §2's Chinese headers, written out here independently of the generator.
    static let expectedHeaders: [String: [String]] = [
        "projects.csv": ["项目编号", "项目名称", "区划代码", "工程类别", "政府投资", "规模以上", "合同价(万元)",
                         "建设单位", "施工单位", "集成服务商", "开工日期", "竣工日期", "施工进度", "智慧工地",
                         "智慧工地建成日期", "接入监管平台", "接入日期", "超危大工程", "超危大线上管控",
                         "标化考评线上", "线上开单", "建安码", "申报星级", "项目负责人", "联系电话"],
        "verifications.csv": ["验证编号", "项目编号", "申请日期", "验证日期", "验证单位", "得分", "等次", "复核等次",
                              "分项:人员管理", "分项:机械设备", "分项:危大工程", "分项:扬尘监测"],
        "platforms.csv": ["区划代码", "平台状态", "建成日期"],
        "providers.csv": ["服务商名称", "统一社会信用代码"],
        "provider_metrics.csv": ["服务商名称", "项目编号", "月份", "设备在线率", "数据及时率", "数据完整率"],
        "dust_devices.csv": ["设备编号", "项目编号", "经度", "纬度"],
        "dust_readings.csv": ["设备编号", "时间", "PM10", "PM2.5"],
        "stations.csv": ["站点编码", "站点名称", "区划代码", "经度", "纬度"],
        "station_readings.csv": ["站点编码", "时间", "PM10", "PM2.5"],
    ]

    static let fileNames = ["projects.csv", "verifications.csv", "platforms.csv", "providers.csv",
                            "provider_metrics.csv", "dust_devices.csv", "dust_readings.csv",
                            "stations.csv", "station_readings.csv"]

    @Test func writesEveryFileWithBOMHeaderAndLF() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        #expect(run.summary.files.map(\.name) == Self.fileNames)
        #expect(DemoDataGenerator.fileNames == Self.fileNames)
        for name in Self.fileNames {
            let data = try run.bytes(name)
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name) has no BOM")
            #expect(!data.contains(0x0D), "\(name) has CR line ends")
            #expect(data.last == 0x0A, "\(name) does not end with a line end")
            #expect(try run.table(name).header == Self.expectedHeaders[name], "\(name) header")
        }
    }

    @Test func summaryCountsMatchTheFiles() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        for file in run.summary.files {
            let table = try run.table(file.name)
            #expect(table.rows.count == file.rows, "\(file.name) rows")
            #expect(table.rows.allSatisfy { $0.count == table.header.count }, "\(file.name) ragged row")
            let size = try FileManager.default.attributesOfItem(
                atPath: run.directory.appendingPathComponent(file.name).path)[.size] as? Int
            #expect(size == file.bytes, "\(file.name) bytes")
        }
        #expect(run.summary.rows(in: "projects.csv") == 400)
        #expect(run.summary.rows(in: "dust_devices.csv") == 12)
        #expect(run.summary.rows(in: "stations.csv").map { (26...52).contains($0) } == true)
        #expect(run.summary.rows(in: "nothing.csv") == nil)
        // The shipped example must stay small.
        #expect(run.summary.totalBytes < 2_000_000)
    }

    @Test func sameSeedGivesIdenticalBytes() throws {
        let options = DemoDataOptions(projects: 300, seed: 42, dustDevices: 5, dustDays: 10)
        let first = try GeneratedProvince(options, label: "a")
        let second = try GeneratedProvince(options, label: "b")
        defer { first.remove(); second.remove() }
        #expect(first.summary == second.summary)
        for name in Self.fileNames {
            #expect(try first.bytes(name) == second.bytes(name), "\(name) differs between runs")
        }
    }

    @Test func differentSeedGivesDifferentData() throws {
        let first = try GeneratedProvince(DemoDataOptions(projects: 300, seed: 1, dustDevices: 5, dustDays: 10))
        let second = try GeneratedProvince(DemoDataOptions(projects: 300, seed: 2, dustDevices: 5, dustDays: 10))
        defer { first.remove(); second.remove() }
        for name in ["projects.csv", "verifications.csv", "dust_readings.csv", "station_readings.csv"] {
            #expect(try first.bytes(name) != second.bytes(name), "\(name) ignores the seed")
        }
    }

    @Test func countiesExistAndEveryCityHasProjects() throws {
        let run = try GeneratedProvince(DemoDataOptions(projects: 300, seed: 3, dustDevices: 0, dustDays: 0))
        defer { run.remove() }
        let table = RegionTable.jiangsu
        let counties = try run.table("projects.csv").column("区划代码")
        #expect(counties.allSatisfy { table[$0]?.level == .county })
        let cities = Set(counties.compactMap { table.city(containing: $0)?.code })
        #expect(cities == Set(table.cities.map(\.code)))
        #expect(cities.count == 13)
        // Enough projects for one per county: all 95 appear.
        #expect(Set(counties).count == 95)
    }

    @Test func bigCitiesGetMoreProjectsThanSmallOnes() throws {
        let run = try GeneratedProvince(DemoDataOptions(projects: 2_000, seed: 5, dustDevices: 0, dustDays: 0))
        defer { run.remove() }
        var perCity: [String: Int] = [:]
        for county in try run.table("projects.csv").column("区划代码") {
            perCity[RegionTable.jiangsu.city(containing: county)!.name, default: 0] += 1
        }
        for big in ["苏州市", "南京市", "无锡市"] {
            for small in ["宿迁市", "连云港市"] {
                #expect(perCity[big]! > perCity[small]!, "\(big) vs \(small)")
            }
        }
    }

    @Test func invalidOptionsThrowBeforeWriting() throws {
        let directory = try makeTemporaryDirectory("invalid")
        defer { try? FileManager.default.removeItem(at: directory) }
        for options in [DemoDataOptions(projects: 0), DemoDataOptions(year: 1990),
                        DemoDataOptions(dustDevices: -1), DemoDataOptions(dustDays: -3)] {
            #expect(throws: DemoDataError.self) { try DemoDataGenerator(options: options).write(to: directory) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func defaultDeviceCountIsAboutFifteenPercentCapped() {
        #expect(DemoDataOptions(projects: 400).resolvedDustDevices == 60)
        #expect(DemoDataOptions(projects: 20_000).resolvedDustDevices == 3_000)
        #expect(DemoDataOptions(projects: 100_000).resolvedDustDevices == 3_000)
        #expect(DemoDataOptions(projects: 400, dustDevices: 12).resolvedDustDevices == 12)
    }

    @Test func writerQuotesOnlyWhenNeeded() throws {
        let directory = try makeTemporaryDirectory("writer")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("t.csv").path
        let writer = try ByteWriter(path: path, header: ["a", "b"])
        try writer.row(["plain 中文", "with,comma"])
        try writer.row(["say \"hi\"", "line\nbreak"])
        try writer.reserve(64)
        writer.putTenths(0); writer.put(0x2C); writer.putTenths(7); writer.put(0x2C)
        writer.putTenths(1234); writer.put(0x2C); writer.putInt(1_000_000); writer.put(0x2C); writer.putTenths(-15)
        try writer.endRow()
        _ = try writer.close()
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(text == "\u{FEFF}a,b\nplain 中文,\"with,comma\"\n\"say \"\"hi\"\"\",\"line\nbreak\"\n0.0,0.7,123.4,1000000,-1.5\n")
        #expect(writer.rows == 3)
    }
}
