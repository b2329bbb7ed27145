@testable import DataIO
import Foundation
import Model
import Testing

/// Every error kind, with the exact message, file, line, column and value.
@Suite struct HourlyReadingsErrorTests {
    private let header = "设备编号,时间,PM10,PM2.5\n"

    private func errors(_ rows: String, known: Set<String> = ["D1", "D2", "D3"]) throws -> [Diagnostic] {
        try DustFiles.read(header + rows, known: known).diagnostics.errors
    }

    private func expectOne(_ rows: String, line: Int, column: String, value: String?, message: String) throws {
        let found = try errors(rows)
        #expect(found.map(\.message) == [message])
        #expect(found.first?.file == "data/dust_readings.csv")
        #expect(found.first?.line == line)
        #expect(found.first?.column == column)
        #expect(found.first?.value == value)
    }

    @Test func badTime() throws {
        try expectOne("D1,2025-01-01 00:00,1,1\nD1,2025-13-01 10:00,1,1\n", line: 3, column: "时间",
                      value: "2025-13-01 10:00",
                      message: "列「时间」(time) 的值 \"2025-13-01 10:00\" 不是有效时间（应为 2025-03-07 14:00 或 2025-03-07 14:00:00）")
        for bad in ["2025-03-07", "2025-03-07 24:00", "2025-03-07 14:60", "2025-3/7 14:00", "2025-03-07T14:00",
                    "25-03-07 14:00", "2025-03-07 14:00:00:00", "2025年3月7 日 14:00"] {
            #expect(try errors("D1,\(bad),1,1\n").map(\.value) == [bad])
        }
    }

    @Test func badNumber() throws {
        try expectOne("D1,2025-01-01 00:00,12a,1\n", line: 2, column: "PM10", value: "12a",
                      message: "列「PM10」(pm10) 的值 \"12a\" 不是有效数字（应为普通小数，如 1234.5）")
        for bad in ["1e5", "1,5", "1.2.3", ".", "+", "0x10", "inf", "nan"] {
            let quoted = bad.contains(",") ? "\"\(bad)\"" : bad
            #expect(try errors("D1,2025-01-01 00:00,1,\(quoted)\n").map(\.value) == [bad])
        }
    }

    @Test func negativeValue() throws {
        try expectOne("D1,2025-01-01 00:00,1,-0.5\n", line: 2, column: "PM2.5", value: "-0.5",
                      message: "列「PM2.5」(pm25) 的值 \"-0.5\" 超出范围（应不小于 0）")
    }

    @Test func fullWidthDigits() throws {
        try expectOne("D1,2025-01-01 00:00,８５.３,1\n", line: 2, column: "PM10", value: "８５.３",
                      message: "列「PM10」(pm10) 的值 \"８５.３\" 含全角数字（应为半角数字，如 12.5）")
    }

    @Test func emptyRequiredCells() throws {
        let found = try errors("D1,,1,1\n \u{3000},2025-01-01 00:00,1,1\nD2\n")
        #expect(found.map(\.description) == [
            "data/dust_readings.csv:2: 列「时间」(time) 不能为空",
            "data/dust_readings.csv:3: 列「设备编号」(device) 不能为空",
            "data/dust_readings.csv:4: 列「时间」(time) 不能为空",
        ])
        #expect(found.map(\.value) == [nil, nil, nil])
        #expect(found.map(\.column) == ["时间", "设备编号", "时间"])
    }

    @Test func unknownDeviceIsReportedOnceAtItsFirstLine() throws {
        let found = try errors("X9,2025-01-01 00:00,1,1\nD1,2025-01-01 00:00,1,1\nX9,2025-01-01 01:00,1,1\nX9,bad,1,1\n")
        #expect(found.map(\.description) == [
            "data/dust_readings.csv:2: 列「设备编号」(device) 的值 \"X9\" 在扬尘设备清单 (dust_devices) 中不存在\n"
                + "  提示 (hint): 先在 dust_devices 中登记该设备；同一编号只在它第一次出现的行报告",
            "data/dust_readings.csv:5: 列「时间」(time) 的值 \"bad\" 不是有效时间（应为 2025-03-07 14:00 或 2025-03-07 14:00:00）",
        ])
        #expect(found.first?.column == "设备编号" && found.first?.value == "X9")
    }

    @Test func secondReadingForTheSameHourNamesBothLines() throws {
        let rows = "D1,2025-03-07 14:00,1,1\nD2,2025-03-07 14:00,2,1\nD1,2025-03-07 15:00,3,1\nD1,2025-03-07 14:30,4,1\n"
            + "D1,\"2025/3/7 14:00\",5,1\n"
        let (grid, diagnostics) = try DustFiles.read(header + rows)
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_readings.csv:5: 列「时间」(time) 的值 \"2025-03-07 14:30\" 与第 2 行的时间重复（设备 \"D1\" 每小时只能有一条读数）",
            "data/dust_readings.csv:6: 列「时间」(time) 的值 \"2025/3/7 14:00\" 与第 2 行的时间重复（设备 \"D1\" 每小时只能有一条读数）",
        ])
        #expect(diagnostics.errors.map(\.column) == ["时间", "时间"])
        #expect(diagnostics.errors.map(\.value) == ["2025-03-07 14:30", "2025/3/7 14:00"])
        let hour = DustFiles.hour(3, 7, 14)
        #expect(DustFiles.values(grid?.series["D1"]) == [hour: 1, hour + 1: 3])  // the first reading stays
    }

    @Test func missingRequiredColumnStopsTheFile() throws {
        let (grid, diagnostics) = try DustFiles.read("device,PM10,PM2.5,备注\nD1,1,1,x\n")
        #expect(grid == nil)
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_readings.csv:1: 缺少必填列「时间」(time)\n  提示 (hint): 表头第一行应包含「时间」或「time」",
        ])
        #expect(diagnostics.warnings.map(\.message) == ["忽略无法识别的列：「备注」"])
    }

    @Test func columnsAreNamedAsWrittenInTheFile() throws {
        let (_, diagnostics) = try DustFiles.read("Device,TIME,pm10\nD1,2025-01-01 00:00,-1\n")
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_readings.csv:2: 列「pm10」(pm10) 的值 \"-1\" 超出范围（应不小于 0）",
        ])
        #expect(diagnostics.errors.first?.column == "pm10")
    }

    @Test func emptyUnreadableAndUndecodableFiles() throws {
        #expect(try DustFiles.read("\n\r\n").diagnostics.errors.map(\.description)
            == ["data/dust_readings.csv:1: 文件为空：第 1 行应为表头"])
        let (grid, diagnostics) = try DustFiles.read([0x44, 0x31, 0xFF, 0x0A])  // neither UTF-8 nor GB18030
        #expect(grid == nil)
        #expect(diagnostics.errors.map(\.description) == ["data/dust_readings.csv: 文件编码无法识别（应为 UTF-8 或 GB18030/GBK）"])
        var missing = Diagnostics()
        #expect(HourlyReadingsReader.read(URL(fileURLWithPath: "/nonexistent/x.csv"), file: "data/x.csv", kind: .devices,
                                          year: 2025, knownSources: [], diagnostics: &missing) == nil)
        #expect(missing.errors.map(\.description) == ["data/x.csv: 无法读取文件"])
    }

    @Test func errorsAreCollectedUpToTheLimitThenCounted() throws {
        let rows = (1...10).map { "D1,2025-01-01 00:00,bad\($0),1\n" }.joined()
        let (_, diagnostics) = try DustFiles.read(header + rows, limit: 3)
        #expect(diagnostics.errors.map(\.line) == [2, 3, 3])  // line 3: bad number, then duplicate
        #expect(diagnostics.totalErrorCount == 19)  // ten bad numbers, nine duplicate hours
    }
}
