@testable import DataIO
import Foundation
import Model

/// Writes readings files to a temporary folder and reads them back.
enum DustFiles {
    static let path = "data/dust_readings.csv"

    /// Reads `bytes` as a readings file; `chunkSize` splits records across reads.
    static func read(_ bytes: [UInt8], kind: HourlyReadingsReader.Kind = .devices, year: Int = 2025,
                     known: Set<String> = ["D1", "D2", "D3"], chunkSize: Int = 4 << 20,
                     limit: Int = 200) throws -> (grid: HourlyPM10?, diagnostics: Diagnostics) {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dust-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var diagnostics = Diagnostics(limit: limit)
        let grid = HourlyReadingsReader.read(url, file: path, kind: kind, year: year, knownSources: known,
                                             chunkSize: chunkSize, diagnostics: &diagnostics)
        return (grid, diagnostics)
    }

    static func read(_ text: String, kind: HourlyReadingsReader.Kind = .devices, year: Int = 2025,
                     known: Set<String> = ["D1", "D2", "D3"], chunkSize: Int = 4 << 20,
                     limit: Int = 200) throws -> (grid: HourlyPM10?, diagnostics: Diagnostics) {
        try read(Array(text.utf8), kind: kind, year: year, known: known, chunkSize: chunkSize, limit: limit)
    }

    /// UTF-8 → GB18030 through glibc's iconv.
    static func gb18030(_ text: String) -> [UInt8] {
        let converter = iconv_open("GB18030", "UTF-8")
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        var outLeft = output.count
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var inLeft = inBuffer.count
                _ = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
            }
        }
        return output.dropLast(outLeft).map { UInt8(bitPattern: $0) }
    }

    /// Grid hour of `2025-MM-DD HH:00`.
    static func hour(_ month: Int, _ day: Int, _ hour: Int, year: Int = 2025) -> Int {
        HourlyPM10(year: year).hourIndex(of: Timestamp(day: Day(year: year, month: month, day: day)!, hour: hour))!
    }

    /// The hours of a series that hold a value (not NaN), with the value.
    static func values(_ series: [Double]?) -> [Int: Double] {
        var result: [Int: Double] = [:]
        for (hour, value) in (series ?? []).enumerated() where !value.isNaN { result[hour] = value }
        return result
    }
}
