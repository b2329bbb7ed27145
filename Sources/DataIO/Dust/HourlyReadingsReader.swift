import Foundation
import Model

/// Reads `dust_readings` or `station_readings` (DATA.md §2) straight into the
/// report year's hourly grid, streaming: memory is the grid (sources × hours)
/// plus one read buffer, whatever the file's size.
///
/// Every row is validated, also rows outside the report year; rows whose time
/// is in the year go into ``HourlyPM10`` at their hour (PM10, `.nan` when
/// empty). PM2.5 is validated but not kept. Errors name the file, the 1-based
/// line (header = 1), the column as written and the value, in the wording of
/// the other readers. The common row is parsed from bytes by hand (about
/// 0.5 GB/s on one core); the rest through ``FieldParsing`` and ``RowContext``.
/// A file with duplicate hours is read twice, the second time only to find
/// the line of each first reading.
public enum HourlyReadingsReader {
    /// Which readings file, and so which column names the source and which list it must be in.
    public enum Kind: Sendable {
        /// `dust_readings`: 设备编号 (device), ids from `dust_devices`.
        case devices
        /// `station_readings`: 站点编码 (station), codes from `stations`.
        case stations
    }

    static let time = Column("时间", "time", required: true)
    static let pm10 = Column("PM10", "pm10")
    static let pm25 = Column("PM2.5", "pm25")

    /// Reads and validates the file at `url` into the hourly PM10 grid of `year`.
    ///
    /// - Parameters:
    ///   - file: the path relative to the content root, for messages (`data/dust_readings.csv`).
    ///   - knownSources: the device ids (or station codes) of the reference list;
    ///     any other id is an error, reported once, at its first line.
    /// - Returns: the grid with every known source that has a reading in `year`,
    ///   also when some rows had errors; nil when the file cannot be read at all
    ///   (missing, not UTF-8 or GB18030, empty, or without a required column).
    public static func read(_ url: URL, file: String, kind: Kind, year: Int, knownSources: Set<String>,
                            diagnostics: inout Diagnostics) -> HourlyPM10? {
        read(url, file: file, kind: kind, year: year, knownSources: knownSources, chunkSize: 4 << 20,
             diagnostics: &diagnostics)
    }

    /// As the public `read`, with the size of the read buffer (tests use tiny ones to split records).
    static func read(_ url: URL, file: String, kind: Kind, year: Int, knownSources: Set<String>, chunkSize: Int,
                     diagnostics: inout Diagnostics) -> HourlyPM10? {
        func newPass() -> ReadingsPass {
            ReadingsPass(file: file, kind: kind, year: year, knownSources: knownSources, limit: diagnostics.limit)
        }
        var pass = newPass()
        func run(_ encoding: ChunkedText.Encoding) -> ChunkedText.Failure? {
            ChunkedText.stream(url.path, as: encoding, chunkSize: chunkSize) { pass.consume($0, $1, $2, atEnd: $3) }
        }
        var encoding = ChunkedText.Encoding.utf8
        var failure = run(encoding)
        if case .notUTF8? = failure {  // valid UTF-8 is UTF-8, anything else GB18030
            encoding = .gb18030
            pass = newPass()
            failure = run(encoding)
        }
        switch failure {
        case nil: break
        case .unreadable?:
            diagnostics.append(.error("无法读取文件", file: file))
            return nil
        case .notUTF8?, .undecodable?:
            diagnostics.append(.error("文件编码无法识别（应为 UTF-8 或 GB18030/GBK）", file: file))
            return nil
        }
        guard pass.mapping != nil else {
            pass.finish(into: &diagnostics)
            return nil
        }
        let grid = pass.grid.result()
        if !pass.errors.duplicateCells.isEmpty {
            pass.beginTracing()
            _ = run(encoding)
        }
        pass.finish(into: &diagnostics)
        return grid
    }
}

extension HourlyReadingsReader.Kind {
    var sourceColumn: Column {
        switch self {
        case .devices: Column("设备编号", "device", required: true)
        case .stations: Column("站点编码", "station", required: true)
        }
    }

    var columns: [Column] {
        [sourceColumn, HourlyReadingsReader.time, HourlyReadingsReader.pm10, HourlyReadingsReader.pm25]
    }

    var unknownMessage: String {
        switch self {
        case .devices: "在扬尘设备清单 (dust_devices) 中不存在"
        case .stations: "在国控点清单 (stations) 中不存在"
        }
    }

    var unknownHint: String {
        switch self {
        case .devices: "先在 dust_devices 中登记该设备；同一编号只在它第一次出现的行报告"
        case .stations: "先在 stations 中登记该站点；同一编码只在它第一次出现的行报告"
        }
    }

    /// 设备 or 站点, for messages.
    var noun: String {
        switch self {
        case .devices: "设备"
        case .stations: "站点"
        }
    }
}
