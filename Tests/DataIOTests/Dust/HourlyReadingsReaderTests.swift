@testable import DataIO
import Foundation
import Model
import Testing

/// What lands in the grid: hours, years, spellings, CSV and encoding rules.
@Suite struct HourlyReadingsReaderTests {
    @Test func readingsLandAtTheirHourAndOtherYearsAreValidatedButLeftOut() throws {
        let csv = """
        设备编号,时间,PM10,PM2.5
        D1,2025-01-01 00:00,10.5,5
        D1,2025-03-07 14:00,85.3,46.9
        D1,2025-12-31 23:00,7,3
        D1,2024-12-31 23:00,99,1
        D1,2026-01-01 00:00,98,1
        D2,2024-02-30 10:00,1,1
        D3,2026-06-01 10:00,5,1

        """
        let (grid, diagnostics) = try DustFiles.read(csv)
        let result = try #require(grid)
        #expect(result.year == 2025 && result.hoursInYear == 8760)
        #expect(DustFiles.values(result.series["D1"]) == [0: 10.5, 65 * 24 + 14: 85.3, 8759: 7])
        #expect(result.series.keys.sorted() == ["D1"])  // D3 has readings, none in 2025
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_readings.csv:7: 列「时间」(time) 的值 \"2024-02-30 10:00\" 不是有效时间（应为 2025-03-07 14:00 或 2025-03-07 14:00:00）",
        ])
    }

    @Test func emptyPM10IsMissingAndLeapYearsHave8784Hours() throws {
        let csv = "设备编号,时间,PM10,PM2.5\nD1,2024-02-29 01:00,,12\nD1,2024-02-29 02:00, ,\nD2,2024-12-31 23:00,4,\n"
        let (grid, diagnostics) = try DustFiles.read(csv, year: 2024)
        let result = try #require(grid)
        #expect(diagnostics.items.isEmpty)
        #expect(result.hoursInYear == 8784)
        let d1 = try #require(result.series["D1"])
        #expect(d1.count == 8784 && d1.allSatisfy(\.isNaN))  // present: it has hours, but no value
        #expect(DustFiles.values(result.series["D2"]) == [8783: 4])
    }

    @Test func everyDateSpellingAndSecondsGiveTheSameHour() throws {
        let csv = """
        设备编号,时间,PM10,PM2.5
        D1,2025/3/7 14:00,1,1
        D2,2025.3.7 14:59:59,2,1
        D3,2025年3月7日 14:00,3,1
        D4,2025-03-07   14:00:00,4,1
        D5,2025年03月07日 14:5,5,1
        D6,\u{3000}2025-3-7 14:00 ,6,1

        """
        let known: Set = ["D1", "D2", "D3", "D4", "D5", "D6"]
        let (grid, diagnostics) = try DustFiles.read(csv, known: known)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let hour = DustFiles.hour(3, 7, 14)
        for (i, id) in known.sorted().enumerated() {
            #expect(DustFiles.values(grid?.series[id]) == [hour: Double(i + 1)])
        }
    }

    @Test func quotedFieldsCRLFEmptyLinesAndNoFinalNewline() throws {
        let csv = "设备编号,备注,时间,PM10,PM2.5\r\n"
            + "\"D1\",\"a, \"\"quoted\"\"\r\nnote\",2025-01-01 00:00,1.5,1\r\n"  // lines 2–3
            + "\r\n"  // line 4, empty
            + "D1,,\"2025-01-01 01:00\",\"2.5\",\r\n"  // line 5
            + "\"D \"\"2\"\"\",,2025-01-01 02:00,3,1\r\n"  // line 6: id D "2"
            + "D2,x,2025-01-01 03:00,bad,1"  // line 7, no line break
        let (grid, diagnostics) = try DustFiles.read(csv, known: ["D1", "D2", "D \"2\""])
        #expect(DustFiles.values(grid?.series["D1"]) == [0: 1.5, 1: 2.5])
        #expect(DustFiles.values(grid?.series["D \"2\""]) == [2: 3])
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_readings.csv:7: 列「PM10」(pm10) 的值 \"bad\" 不是有效数字（应为普通小数，如 1234.5）",
        ])
        #expect(diagnostics.warnings.map(\.message) == ["忽略无法识别的列：「备注」"])
    }

    @Test func bomAndEnglishKeysInAnotherOrder() throws {
        let csv = "\u{FEFF}PM25, Time ,\u{3000}DEVICE,pm10,note\n3,2025-01-02 00:00,D1,40,x\n"
        let (grid, diagnostics) = try DustFiles.read(csv)
        #expect(DustFiles.values(grid?.series["D1"]) == [24: 40])
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings.map(\.message) == ["忽略无法识别的列：「note」"])
    }

    @Test func gb18030FileWithChineseDeviceIDs() throws {
        let text = "设备编号,时间,PM10,PM2.5\n扬尘-玄武-01,2025-01-01 05:00,50.5,20\n　扬尘-玄武-01,2025年1月1日 06:00,51,20\n"
            + "扬尘-秦淮,2025-01-01 05:00,,\n"
        let bytes = DustFiles.gb18030(text)
        #expect(String(validating: bytes, as: UTF8.self) == nil)  // really not UTF-8
        let known: Set = ["扬尘-玄武-01"]
        for chunkSize in [4 << 20, 64, 100] {
            let (grid, diagnostics) = try DustFiles.read(bytes, known: known, chunkSize: chunkSize)
            #expect(DustFiles.values(grid?.series["扬尘-玄武-01"]) == [5: 50.5, 6: 51])
            #expect(diagnostics.errors.map(\.message) == [
                "列「设备编号」(device) 的值 \"扬尘-秦淮\" 在扬尘设备清单 (dust_devices) 中不存在",
            ])
            #expect(diagnostics.errors.map(\.line) == [4])
            #expect(diagnostics.errors.map(\.value) == ["扬尘-秦淮"])
        }
    }

    @Test func stationReadingsUseStationCodes() throws {
        let csv = "站点编码,时间,PM10,PM2.5\n320100051,2025-01-01 00:00,60,30\n999,2025-01-01 00:00,60,30\n"
        let (grid, diagnostics) = try DustFiles.read(csv, kind: .stations, known: ["320100051"])
        #expect(DustFiles.values(grid?.series["320100051"]) == [0: 60])
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_readings.csv:3: 列「站点编码」(station) 的值 \"999\" 在国控点清单 (stations) 中不存在\n"
                + "  提示 (hint): 先在 stations 中登记该站点；同一编码只在它第一次出现的行报告",
        ])
        #expect(diagnostics.errors.first?.column == "站点编码")
    }

    /// Rows of interleaved sources (time-major) and every chunk size give the same result.
    @Test func tinyChunksAndInterleavedRowsGiveTheSameResult() throws {
        var csv = "\n\r\n设备编号,时间,PM10,PM2.5\r\n"  // the header on line 3
        for hour in 0..<30 {
            for id in ["D1", "D2", "D3"] {
                let value = hour % 7 == 0 ? "" : "\(hour).\(id.last!)"
                csv += id == "D2" ? "\"\(id)\",\"2025-01-02 \(hour % 24):00\",\(value),1\r\n"
                    : "\(id),2025-01-\(hour < 24 ? "02" : "03") \(hour % 24):00,\(value),1\r\n"
            }
        }
        csv += "D9,2025-01-05 00:00,x,1"
        let (reference, referenceDiagnostics) = try DustFiles.read(csv)
        #expect(referenceDiagnostics.errors.count == 8)  // D2 repeats six hours; D9 unknown, "x"
        #expect(referenceDiagnostics.errors.last?.line == 3 + 90 + 1)
        for chunkSize in [16, 64, 65, 97, 256] {
            let (grid, diagnostics) = try DustFiles.read(csv, chunkSize: chunkSize)
            #expect(grid?.series.keys.sorted() == reference?.series.keys.sorted())
            for (id, series) in reference?.series ?? [:] {
                #expect(DustFiles.values(grid?.series[id]) == DustFiles.values(series))
            }
            #expect(diagnostics.items == referenceDiagnostics.items)
        }
    }
}
