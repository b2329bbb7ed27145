import Model

/// Reads `platforms` (智慧监管平台, DATA.md §2).
enum PlatformsReader {
    static let region = Column("区划代码", "region", required: true)
    static let status = Column("平台状态", "status", required: true)
    static let since = Column("建成日期", "since")
    static let columns = [region, status, since]

    static func read(_ table: RawTable, regions: RegionTable, diagnostics: inout Diagnostics) -> [Platform] {
        let mapping = ColumnMapping(header: table.header, columns: columns, file: table.file, diagnostics: &diagnostics)
        var result: [Platform] = []
        for record in table.rows {
            var row = RowContext(file: table.file, record: record, mapping: mapping)
            let code = row.text(region)
            if let code, let level = regions[code]?.level, level == .province {
                row.fail(region, value: code, "是省级代码（应为县级或设区市区划代码）")
            } else if let code, regions[code] == nil {
                row.fail(region, value: code, "不是已知的区划代码", hint: "区划代码为 6 位数字，见 regions-jiangsu.csv")
            }
            let statusValue = row.choice(status, PlatformStatus.init(rawValue:),
                                         expected: PlatformStatus.allCases.map(\.rawValue).joined(separator: "、"))
            let sinceValue = row.day(since)
            if let statusValue, statusValue.isRunning, sinceValue == nil, row.raw(since) == nil {
                row.fail(since, value: nil, "不能为空（平台状态为「\(statusValue.rawValue)」时必须填写建成日期）")
            }
            for error in row.errors { diagnostics.append(error) }
            guard !row.hasErrors, let code, let statusValue else { continue }
            result.append(Platform(region: code, status: statusValue, since: sinceValue))
        }
        return result
    }
}
