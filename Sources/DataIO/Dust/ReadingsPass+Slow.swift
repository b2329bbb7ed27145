import Model

/// The rare paths of ``ReadingsPass``: the header, quoted records and rows
/// that break (or may break) a rule, read as Strings through ``RowContext``.
extension ReadingsPass {
    /// Reads the first non-empty record as the header, moving `p` past it;
    /// false while it is incomplete (`p` then stays after any empty lines skipped).
    mutating func readHeader(_ bytes: UnsafePointer<UInt8>, _ p: inout Int, _ end: Int, atEnd: Bool) -> Bool {
        while true {
            if p >= end && atEnd {
                headerDone = true
                headerDiagnostics.append(.error("文件为空：第 1 行应为表头", file: file, line: 1))
                return true
            }
            guard let record = CSVRecord.parse(bytes, p, end, atEnd: atEnd) else { return false }
            p = record.next
            line += record.lines
            if record.isEmpty { continue }
            headerDone = true
            if mapping != nil { return true }  // a rescan: already mapped
            let found = ColumnMapping(header: record.fields, columns: kind.columns, file: file,
                                      diagnostics: &headerDiagnostics)
            guard let source = found.index[kind.sourceColumn.key],
                  let time = found.index[HourlyReadingsReader.time.key] else { return true }
            mapping = found
            columns = (source, time, found.index[HourlyReadingsReader.pm10.key] ?? -1,
                       found.index[HourlyReadingsReader.pm25.key] ?? -1)
            return true
        }
    }

    /// Reads one record with the full CSV rules; nil while it is incomplete.
    mutating func slowRecord(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, atEnd: Bool) -> Int? {
        guard let record = CSVRecord.parse(bytes, start, end, atEnd: atEnd) else { return nil }
        if !record.isEmpty { slowRow(record.fields) }
        line += record.lines
        return record.next
    }

    /// Validates one row exactly as the other readers do, then stores it.
    mutating func slowRow(_ fields: [String]) {
        guard let mapping else { return }
        let sourceColumn = kind.sourceColumn
        var row = RowContext(file: file, record: CSVParser.Record(line: line, fields: fields), mapping: mapping)
        var slot = -1
        if let id = row.text(sourceColumn) {
            if let known = grid.slot(for: id) {
                slot = known
            } else if grid.reportedUnknown.insert(id).inserted {
                row.fail(sourceColumn, value: id, kind.unknownMessage, hint: kind.unknownHint)
            }
        }
        var hour: Int?
        let time = row.text(HourlyReadingsReader.time)
        if let time {
            if let stamp = FieldParsing.timestamp(time) {
                hour = grid.empty.hourIndex(of: stamp)
            } else {
                row.fail(HourlyReadingsReader.time, value: time, "不是有效时间（\(FieldParsing.timestampExpectation)）")
            }
        }
        let value = row.number(HourlyReadingsReader.pm10)
        _ = row.number(HourlyReadingsReader.pm25)
        if mode == .read {
            for error in row.errors { errors.append(error) }
        }
        if slot >= 0, let hour { store(slot, hour, value ?? .nan) { time ?? "" } }
    }

    /// Prepares a second pass that finds the first line of each duplicated hour.
    mutating func beginTracing() {
        mode = .traceDuplicates
        headerDone = false
        line = 1
        grid.markOnly(errors.duplicateCells)
    }

    /// Moves the header's and rows' diagnostics to `diagnostics`, naming for
    /// each duplicate the line of the first reading.
    mutating func finish(into diagnostics: inout Diagnostics) {
        let label = "列「\(mapping?.written[HourlyReadingsReader.time.key] ?? "时间")」(time)"
        errors.completeDuplicates { cell, first, time in
            let name = grid.names[cell / grid.hours]
            let place = first.map { "与第 \($0) 行" } ?? "与前面某行"
            return "\(label) 的值 \"\(time)\" \(place)的时间重复（\(kind.noun) \"\(name)\" 每小时只能有一条读数）"
        }
        diagnostics.append(contentsOf: headerDiagnostics)
        for error in errors.kept { diagnostics.append(error) }
        if errors.suppressed > 0 {
            var overflow = Diagnostics(limit: 0)  // counts without keeping
            for _ in 0..<errors.suppressed { overflow.append(.error("")) }
            diagnostics.append(contentsOf: overflow)
        }
    }
}

/// The row errors of a pass: the first `limit` kept in file order, the rest
/// counted; duplicate-hour errors wait for the line of the first reading.
struct RowErrors {
    let limit: Int
    private(set) var kept: [Diagnostic] = []
    private(set) var suppressed = 0
    /// Duplicates kept: index in `kept`, grid cell, time as written.
    private var duplicates: [(index: Int, cell: Int, time: String)] = []
    /// Grid cell → line of its first reading (filled by the tracing pass).
    private var firstLines: [Int: Int] = [:]

    init(limit: Int) { self.limit = limit }

    var duplicateCells: [Int] { duplicates.map(\.cell) }

    /// Kept errors have reached the limit: further ones are only counted.
    var isFull: Bool { kept.count >= limit }

    mutating func append(_ error: Diagnostic) {
        if kept.count < limit { kept.append(error) } else { suppressed += 1 }
    }

    /// Counts an error beyond the limit without making it.
    mutating func count() { suppressed += 1 }

    /// A second reading for a grid cell; the message is written by `completeDuplicates`.
    mutating func duplicate(_ error: Diagnostic, cell: Int, time: String) {
        if kept.count < limit { duplicates.append((kept.count, cell, time)) }
        append(error)
    }

    /// In the tracing pass: a line holding a reading for a duplicated cell.
    mutating func traced(_ cell: Int, line: Int) {
        if firstLines[cell] == nil { firstLines[cell] = line }
    }

    mutating func completeDuplicates(_ message: (_ cell: Int, _ firstLine: Int?, _ time: String) -> String) {
        for item in duplicates { kept[item.index].message = message(item.cell, firstLines[item.cell], item.time) }
    }
}
