import Model

/// How a file's header row maps onto a dataset's columns: each column may be
/// named by its Chinese header or its English key (case-insensitive), in any order.
struct ColumnMapping {
    /// Column key → field index.
    var index: [String: Int] = [:]
    /// Column key → header as written in the file.
    var written: [String: String] = [:]
    /// Headers that are `分项:NAME` item-score columns, with their index.
    var itemColumns: [(name: String, header: String, index: Int)] = []

    /// Maps `header`; reports unknown columns (one warning), duplicated and missing required columns.
    init(header: [String], columns: [Column], file: String, allowItemScores: Bool = false,
         diagnostics: inout Diagnostics) {
        var unknown: [String] = []
        for (i, cell) in header.enumerated() {
            let name = FieldParsing.trim(cell)
            if allowItemScores, let item = ColumnMapping.itemName(name) {
                itemColumns.append((item, name, i))
                continue
            }
            guard let column = columns.first(where: { $0.header == name || $0.key == name.lowercased() }) else {
                if !name.isEmpty { unknown.append(name) }
                continue
            }
            if let first = written[column.key] {
                diagnostics.append(.error(
                    "列「\(name)」与列「\(first)」是同一列 (\(column.key))，只能出现一次", file: file, line: 1, column: name))
                continue
            }
            index[column.key] = i
            written[column.key] = name
        }
        if !unknown.isEmpty {
            diagnostics.append(.warning(
                "忽略无法识别的列：\(unknown.map { "「\($0)」" }.joined(separator: "、"))", file: file, line: 1,
                hint: "可用的列：\(columns.map(\.header).joined(separator: "、"))"))
        }
        for column in columns where column.required && index[column.key] == nil {
            diagnostics.append(.error(
                "缺少必填列「\(column.header)」(\(column.key))", file: file, line: 1,
                hint: "表头第一行应包含「\(column.header)」或「\(column.key)」"))
        }
    }

    /// `分项:人员管理` or `分项：人员管理` → `人员管理`.
    static func itemName(_ header: String) -> String? {
        for prefix in ["分项:", "分项："] where header.hasPrefix(prefix) {
            let name = FieldParsing.trim(String(header.dropFirst(prefix.count)))
            return name.isEmpty ? nil : name
        }
        return nil
    }
}
