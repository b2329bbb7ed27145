import Model

/// Reads `provider_metrics` (服务商运营质量（月度）, DATA.md §2). Rates are
/// percentages 0–100 in the file and fractions in the model.
enum ProviderMetricsReader {
    static let provider = Column("服务商名称", "provider", required: true)
    static let project = Column("项目编号", "project", required: true)
    static let month = Column("月份", "month", required: true)
    static let onlineRate = Column("设备在线率", "online_rate", required: true)
    static let timelyRate = Column("数据及时率", "timely_rate", required: true)
    static let completeRate = Column("数据完整率", "complete_rate", required: true)
    static let columns = [provider, project, month, onlineRate, timelyRate, completeRate]

    static func read(_ table: RawTable, providers: Set<String>?, projectIDs: Set<String>,
                     diagnostics: inout Diagnostics) -> [ProviderMetric] {
        let mapping = ColumnMapping(header: table.header, columns: columns, file: table.file, diagnostics: &diagnostics)
        if providers == nil {
            diagnostics.append(.error("服务商运营质量数据需要服务商名单：缺少 data/providers.csv 或 data/providers.xlsx",
                                      file: table.file, hint: "服务商名称必须在服务商名单 (providers) 中登记"))
        }
        var result: [ProviderMetric] = []
        for record in table.rows {
            var row = RowContext(file: table.file, record: record, mapping: mapping)
            let name = row.text(provider)
            if let name, let providers, !providers.contains(name) {
                row.fail(provider, value: name, "在服务商名单 (providers) 中不存在")
            }
            let projectValue = row.text(project)
            if let projectValue, !projectIDs.contains(projectValue) {
                row.fail(project, value: projectValue, "在项目清单 (projects) 中不存在")
            }
            let monthValue = row.choice(month, FieldParsing.yearMonth, expected: "2025-03 形式的年月")
            let online = row.number(onlineRate, in: 0...100, percent: true)
            let timely = row.number(timelyRate, in: 0...100, percent: true)
            let complete = row.number(completeRate, in: 0...100, percent: true)
            for error in row.errors { diagnostics.append(error) }
            guard !row.hasErrors, let name, let projectValue, let monthValue,
                  let online, let timely, let complete else { continue }
            result.append(ProviderMetric(provider: name, project: projectValue, month: monthValue,
                                         onlineRate: online / 100, timelyRate: timely / 100, completeRate: complete / 100))
        }
        return result
    }
}
