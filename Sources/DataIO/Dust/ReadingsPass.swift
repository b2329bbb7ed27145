import Foundation
import Model

/// One pass over the decoded bytes of a readings file: splits the records,
/// validates every row and fills the grid, keeping O(1) state per row.
///
/// The common row (unquoted, ASCII edges, plain values) is read straight from
/// the bytes; anything else goes through ``CSVRecord`` and ``RowContext``
/// (`slowRow`), which words every error exactly as the other readers do.
struct ReadingsPass {
    enum Mode { case read, traceDuplicates }

    let file: String
    let kind: HourlyReadingsReader.Kind
    var mode = Mode.read
    var grid: SourceGrid
    var mapping: ColumnMapping?
    var headerDiagnostics = Diagnostics()
    /// The header row has been read (or the file found empty).
    var headerDone = false
    /// Field index of source, time, PM10, PM2.5 (-1: no such column).
    var columns = (source: -1, time: -1, pm10: -1, pm25: -1)
    /// 1-based physical line where the next record starts.
    var line = 1
    var idTable = ByteKeyTable()
    var errors = RowErrors(limit: 200)

    /// Previous row's raw id and date bytes in the current buffer (-1: none).
    private struct Cache {
        var idStart = -1, idLength = 0, slot = 0
        var dateStart = -1, dateLength = 0, hourBase = 0
    }

    init(file: String, kind: HourlyReadingsReader.Kind, year: Int, knownSources: Set<String>, limit: Int) {
        self.file = file
        self.kind = kind
        grid = SourceGrid(year: year, known: knownSources)
        errors = RowErrors(limit: limit)
    }

    /// Reads the records in `[start, end)`; returns where an incomplete record starts.
    mutating func consume(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, atEnd: Bool) -> Int {
        var p = start
        if !headerDone {
            guard readHeader(bytes, &p, end, atEnd: atEnd) else { return p }
        }
        guard mapping != nil else { return end }
        let (sourceColumn, timeColumn, pm10Column, pm25Column) = columns
        var cache = Cache()
        while p < end {
            let recordStart = p
            var fieldIndex = 0
            var fieldStart = p
            var source = (0, 0), time = (0, 0), pm10 = (0, 0), pm25 = (0, 0)
            var state = 0  // 0: a whole unquoted record, 1: quoted, 2: incomplete, 3: an empty line
            while true {
                let byte: UInt8
                if p &+ 8 <= end {
                    // Eight bytes at a time to the first byte below 0x2D (`,` `"` LF CR space …):
                    // the lowest flagged byte of this bit trick is exact.
                    let word = UInt64(littleEndian: UnsafeRawPointer(bytes + p).loadUnaligned(as: UInt64.self))
                    let below = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
                    if below == 0 { p &+= 8; continue }
                    p &+= below.trailingZeroBitCount &>> 3
                    byte = bytes[p]
                } else if p < end {
                    byte = bytes[p]
                    if byte > 0x2C { p &+= 1; continue }  // neither , nor " nor a line break
                } else if atEnd {
                    byte = 0x0A  // the last line has no line break
                } else {
                    state = 2
                    break
                }
                if byte == 0x2C || byte == 0x0A {
                    var fieldEnd = p
                    if byte == 0x0A && p < end && fieldEnd > fieldStart && bytes[fieldEnd - 1] == 0x0D { fieldEnd -= 1 }
                    if fieldIndex == sourceColumn { source = (fieldStart, fieldEnd) }
                    else if fieldIndex == timeColumn { time = (fieldStart, fieldEnd) }
                    else if fieldIndex == pm10Column { pm10 = (fieldStart, fieldEnd) }
                    else if fieldIndex == pm25Column { pm25 = (fieldStart, fieldEnd) }
                    fieldIndex &+= 1
                    p = min(p &+ 1, end)
                    fieldStart = p
                    if byte == 0x0A {
                        if fieldIndex == 1 && fieldEnd == recordStart { state = 3 }
                        break
                    }
                } else if byte == 0x22 && p == fieldStart {
                    state = 1
                    break
                } else {
                    p &+= 1
                }
            }
            switch state {
            case 0:
                if fastRow(bytes, source, time, pm10, pm25, &cache) {
                    line &+= 1
                    continue
                }
            case 2: return recordStart
            case 3:
                line &+= 1
                continue
            default: break
            }
            guard let next = slowRecord(bytes, recordStart, end, atEnd: atEnd) else { return recordStart }
            p = next
        }
        return end
    }

    /// Validates and stores a row read straight from the bytes; false, with
    /// nothing reported, when the row needs the slow path.
    @inline(__always)
    private mutating func fastRow(_ bytes: UnsafePointer<UInt8>, _ source: (Int, Int), _ time: (Int, Int),
                                  _ pm10: (Int, Int), _ pm25: (Int, Int), _ cache: inout Cache) -> Bool {
        // The source: same bytes as the previous row, else the table of raw ids.
        let idLength = source.1 - source.0
        let slot: Int
        if idLength == cache.idLength && cache.idStart >= 0
            && ByteParsing.equal(bytes + source.0, bytes + cache.idStart, idLength) {
            slot = cache.slot
        } else {
            guard let found = lookUp(bytes, source.0, idLength) else { return false }
            slot = found
            cache.idStart = source.0
            cache.idLength = idLength
            cache.slot = found
        }
        // The time: `DATE HH:MM[:SS]`, the date's grid hour remembered from the previous row.
        var t0 = time.0, t1 = time.1
        guard ByteParsing.trimASCII(bytes, &t0, &t1), t0 < t1 else { return false }
        var space = t0
        while space < t1 && bytes[space] != 0x20 { space &+= 1 }
        guard space < t1 else { return false }
        var clock = space
        while bytes[clock] == 0x20 { clock &+= 1 }
        let dateLength = space - t0
        let hourBase: Int
        if dateLength == cache.dateLength && cache.dateStart >= 0
            && ByteParsing.equal(bytes + t0, bytes + cache.dateStart, dateLength) {
            hourBase = cache.hourBase
        } else {
            guard let day = ByteParsing.day(bytes, t0, space) else { return false }
            hourBase = grid.hourBase(of: day)
            cache.dateStart = t0
            cache.dateLength = dateLength
            cache.hourBase = hourBase
        }
        guard let hour = ByteParsing.hour(bytes, clock, t1) else { return false }
        // PM10 (stored) and PM2.5 (validated): empty is missing.
        var value = Double.nan
        var a = pm10.0, b = pm10.1
        guard ByteParsing.trimASCII(bytes, &a, &b) else { return false }
        if a < b {
            guard let parsed = ByteParsing.decimal(bytes, a, b) else { return false }
            value = parsed
        }
        a = pm25.0
        b = pm25.1
        guard ByteParsing.trimASCII(bytes, &a, &b) else { return false }
        if a < b { guard ByteParsing.decimal(bytes, a, b) != nil else { return false } }

        if slot >= 0 && hourBase >= 0 {
            store(slot, hourBase + hour, value) {
                String(decoding: UnsafeBufferPointer(start: bytes + t0, count: t1 - t0), as: UTF8.self)
            }
        }
        return true
    }

    /// The slot of raw id bytes (-1: an unknown id already reported); nil when
    /// the slow path must look at the row (empty id, unknown id seen first).
    private mutating func lookUp(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        let hash = ByteKeyTable.hash(bytes + start, length)
        if let slot = idTable.find(bytes + start, length, hash: hash) { return slot }
        let name = FieldParsing.trim(String(decoding: UnsafeBufferPointer(start: bytes + start, count: length),
                                            as: UTF8.self))
        guard !name.isEmpty else { return nil }
        let slot: Int
        if let known = grid.slot(for: name) {
            slot = known
        } else if grid.reportedUnknown.contains(name) {
            slot = -1
        } else {
            return nil
        }
        idTable.insert(bytes + start, length, hash: hash, value: slot)
        return slot
    }

    /// Puts a reading into the grid, reporting a second reading for the same
    /// hour; in a rescan, records the first line of each traced hour instead.
    @inline(__always)
    mutating func store(_ slot: Int, _ hour: Int, _ value: Double, time: () -> String) {
        switch mode {
        case .read:
            if !grid.place(slot, hour, value) {
                guard !errors.isFull else { errors.count(); return }
                let text = time()
                let column = mapping?.written[HourlyReadingsReader.time.key]
                errors.duplicate(.error("", file: file, line: line, column: column, value: text),
                                 cell: slot * grid.hours + hour, time: text)
            }
        case .traceDuplicates:
            if grid.isMarked(slot, hour) { errors.traced(slot * grid.hours + hour, line: line) }
        }
    }
}
