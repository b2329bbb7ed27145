import Model

/// One data row being read: typed accessors that record an error naming the
/// file, line, column header as written, value and expectation.
struct RowContext {
    let file: String
    let line: Int
    private let fields: [String]
    private let mapping: ColumnMapping
    private(set) var errors: [Diagnostic] = []

    init(file: String, record: CSVParser.Record, mapping: ColumnMapping) {
        self.file = file
        self.line = record.line
        self.fields = record.fields
        self.mapping = mapping
    }

    var hasErrors: Bool { !errors.isEmpty }

    /// The cell's trimmed text, or nil when the column is absent or the cell empty.
    func raw(_ column: Column) -> String? {
        guard let index = mapping.index[column.key], index < fields.count else { return nil }
        let text = FieldParsing.trim(fields[index])
        return text.isEmpty ? nil : text
    }

    /// The label of a column as the file writes it: `列「开工日期」(start_date)`.
    func label(_ column: Column) -> String {
        "列「\(mapping.written[column.key] ?? column.header)」(\(column.key))"
    }

    /// The column's header as written in the file.
    func writtenHeader(_ column: Column) -> String { mapping.written[column.key] ?? column.header }

    mutating func fail(_ column: Column, value: String?, _ message: String, hint: String? = nil) {
        let text = value.map { "\(label(column)) 的值 \"\($0)\" \(message)" } ?? "\(label(column)) \(message)"
        errors.append(.error(text, file: file, line: line, column: mapping.written[column.key] ?? column.header,
                             value: value, hint: hint))
    }

    /// Text; an empty required cell is an error.
    mutating func text(_ column: Column) -> String? {
        guard let value = raw(column) else {
            if column.required { fail(column, value: nil, "不能为空") }
            return nil
        }
        return value
    }

    mutating func bool(_ column: Column) -> Bool? {
        guard let value = text(column) else { return column.required ? nil : false }
        guard let parsed = FieldParsing.bool(value) else {
            fail(column, value: value, "不是有效的是/否值（\(FieldParsing.boolExpectation)）")
            return nil
        }
        return parsed
    }

    mutating func day(_ column: Column) -> Day? {
        guard let value = text(column) else { return nil }
        guard let parsed = FieldParsing.day(value) else {
            fail(column, value: value, "不是有效日期（\(FieldParsing.dateExpectation)）")
            return nil
        }
        return parsed
    }

    mutating func number(_ column: Column, in range: ClosedRange<Double> = 0...Double.greatestFiniteMagnitude,
                         percent: Bool = false) -> Double? {
        guard let value = text(column) else { return nil }
        guard let parsed = percent ? FieldParsing.percent(value) : FieldParsing.number(value) else {
            if FieldParsing.hasFullWidthDigits(value) {
                fail(column, value: value, "含全角数字（应为半角数字，如 12.5）")
            } else {
                fail(column, value: value, "不是有效数字（\(percent ? "应为 0–100 的百分数，如 97.5 或 97.5%" : FieldParsing.numberExpectation)）")
            }
            return nil
        }
        guard range.contains(parsed) else {
            let bounds = range.upperBound == .greatestFiniteMagnitude
                ? "应不小于 \(Formatting.decimal(range.lowerBound, places: 0))"
                : "应在 \(Formatting.decimal(range.lowerBound, places: 0)) 到 \(Formatting.decimal(range.upperBound, places: 0)) 之间"
            fail(column, value: value, "超出范围（\(bounds)）")
            return nil
        }
        return parsed
    }

    /// One of a fixed set of words, e.g. 工程类别.
    mutating func choice<T>(_ column: Column, _ parse: (String) -> T?, expected: String) -> T? {
        guard let value = text(column) else { return nil }
        guard let parsed = parse(value) else {
            fail(column, value: value, "无法识别（应为 \(expected)）")
            return nil
        }
        return parsed
    }
}
