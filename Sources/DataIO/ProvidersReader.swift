import Model

/// Reads `providers` (集成服务商, DATA.md §2).
enum ProvidersReader {
    static let name = Column("服务商名称", "name", required: true)
    static let creditCode = Column("统一社会信用代码", "credit_code", required: true)
    static let columns = [name, creditCode]

    static func read(_ table: RawTable, diagnostics: inout Diagnostics) -> [Provider] {
        let mapping = ColumnMapping(header: table.header, columns: columns, file: table.file, diagnostics: &diagnostics)
        var result: [Provider] = []
        var seen: [String: Int] = [:]
        for record in table.rows {
            var row = RowContext(file: table.file, record: record, mapping: mapping)
            let nameValue = row.text(name)
            if let nameValue, let first = seen[nameValue] {
                row.fail(name, value: nameValue, "重复（已在第 \(first) 行出现）", hint: "服务商名称必须唯一")
            }
            let code = row.text(creditCode)
            if let code, !CreditCode.isValid(code) {
                row.fail(creditCode, value: code, "不是有效的统一社会信用代码（应为 18 位，末位校验码符合 GB 32100-2015）")
            }
            for error in row.errors { diagnostics.append(error) }
            guard !row.hasErrors, let nameValue, let code else { continue }
            seen[nameValue] = record.line
            result.append(Provider(name: nameValue, creditCode: code))
        }
        return result
    }
}
