import Model

/// Reads `projects` (项目清单, DATA.md §2). The personal columns are mapped
/// only so they are not reported as unknown; their values are never kept.
enum ProjectsReader {
    static let id = Column("项目编号", "id", required: true)
    static let name = Column("项目名称", "name", required: true)
    static let county = Column("区划代码", "county", required: true)
    static let category = Column("工程类别", "category", required: true)
    static let governmentFunded = Column("政府投资", "government_funded", required: true)
    static let aboveScale = Column("规模以上", "above_scale", required: true)
    static let contractValue = Column("合同价(万元)", "contract_value")
    static let owner = Column("建设单位", "owner")
    static let contractor = Column("施工单位", "contractor", required: true)
    static let provider = Column("集成服务商", "provider")
    static let startDate = Column("开工日期", "start_date", required: true)
    static let completionDate = Column("竣工日期", "completion_date")
    static let progress = Column("施工进度", "progress")
    static let smartSite = Column("智慧工地", "smart_site", required: true)
    static let smartSince = Column("智慧工地建成日期", "smart_since")
    static let connected = Column("接入监管平台", "connected")
    static let connectedSince = Column("接入日期", "connected_since")
    static let superDangerous = Column("超危大工程", "super_dangerous")
    static let superDangerousControlled = Column("超危大线上管控", "super_dangerous_controlled")
    static let standardEvaluation = Column("标化考评线上", "standard_evaluation_online")
    static let onlineOrders = Column("线上开单", "online_orders")
    static let jiananCode = Column("建安码", "jianan_code")
    static let starApplied = Column("申报星级", "star_applied")
    static let manager = Column("项目负责人", "manager")
    static let phone = Column("联系电话", "phone")

    static let columns = [
        id, name, county, category, governmentFunded, aboveScale, contractValue, owner, contractor, provider,
        startDate, completionDate, progress, smartSite, smartSince, connected, connectedSince, superDangerous,
        superDangerousControlled, standardEvaluation, onlineOrders, jiananCode, starApplied, manager, phone,
    ]

    static func read(_ table: RawTable, regions: RegionTable, providers: Set<String>?,
                     diagnostics: inout Diagnostics) -> [Project] {
        let mapping = ColumnMapping(header: table.header, columns: columns, file: table.file, diagnostics: &diagnostics)
        // Rows are read on all cores; duplicates and problems are then taken in file order.
        let rows = Concurrently.chunks(of: table.rows.count) { range in
            range.map { index in
                var row = RowContext(file: table.file, record: table.rows[index], mapping: mapping)
                let project = readRow(&row, regions: regions, providers: providers)
                return (row, project)
            }
        }
        var projects: [Project] = []
        var seen: [String: Int] = [:]
        for (context, project) in rows {
            var row = context
            if let project, let firstLine = seen[project.id] {
                row.fail(id, value: project.id, "重复（已在第 \(firstLine) 行出现）", hint: "项目编号必须唯一")
            }
            for error in row.errors { diagnostics.append(error) }
            if let project, !row.hasErrors {
                seen[project.id] = row.line
                projects.append(project)
            }
        }
        return projects
    }

    private static func readRow(_ row: inout RowContext, regions: RegionTable, providers: Set<String>?) -> Project? {
        let idValue = row.text(id)
        let nameValue = row.text(name)
        var countyValue = row.text(county)
        if let code = countyValue, regions[code]?.level != .county {
            let problem = regions[code] == nil ? "不是已知的区划代码" : "不是县级区划代码（项目须落在县级行政区）"
            row.fail(county, value: code, problem, hint: "区划代码为 6 位数字，见 regions-jiangsu.csv")
            countyValue = nil
        }
        let categoryValue = row.choice(category, ProjectCategory.init(rawValue:),
                                       expected: ProjectCategory.allCases.map(\.rawValue).joined(separator: "、"))
        let funded = row.bool(governmentFunded)
        let above = row.bool(aboveScale)
        let value = row.number(contractValue)
        let contractorValue = row.text(contractor)
        if let name = row.raw(provider), let providers, !providers.contains(name) {
            row.fail(provider, value: name, "在服务商名单 (providers) 中不存在")
        }
        let start = row.day(startDate)
        let completion = row.day(completionDate)
        if let start, let completion, completion < start {
            row.fail(completionDate, value: row.raw(completionDate), "早于开工日期 \(start)（竣工日期不能早于开工日期）")
        }
        let progressValue = row.number(progress, in: 0...100, percent: true) ?? 0
        let smart = row.bool(smartSite)
        let since = row.day(smartSince)
        if smart == true && since == nil && row.raw(smartSince) == nil {
            row.fail(smartSince, value: nil, "不能为空（智慧工地为「是」时必须填写建成日期）")
        }
        let isConnected = row.bool(connected) ?? false
        let connectedOn = row.day(connectedSince)
        if isConnected && connectedOn == nil && row.raw(connectedSince) == nil {
            row.fail(connectedSince, value: nil, "不能为空（接入监管平台为「是」时必须填写接入日期）")
        }
        let star = row.number(starApplied, in: 0...3)
        if let star, star != star.rounded() {
            row.fail(starApplied, value: row.raw(starApplied), "不是有效星级（应为 0、1、2 或 3）")
        }
        let flags = (row.bool(superDangerous), row.bool(superDangerousControlled), row.bool(standardEvaluation),
                     row.bool(onlineOrders), row.bool(jiananCode))

        guard let idValue, let nameValue, let countyValue, let categoryValue, let funded, let above,
              let contractorValue, let start, let smart, !row.hasErrors else { return nil }
        return Project(
            id: idValue, name: nameValue, county: countyValue, category: categoryValue,
            governmentFunded: funded, aboveScale: above, contractValue: value, owner: row.raw(owner),
            contractor: contractorValue, provider: row.raw(provider), startDate: start,
            completionDate: completion, progress: progressValue, smartSite: smart, smartSince: since,
            connected: isConnected, connectedSince: connectedOn, superDangerous: flags.0 ?? false,
            superDangerousControlled: flags.1 ?? false, standardEvaluationOnline: flags.2 ?? false,
            onlineOrders: flags.3 ?? false, jiananCode: flags.4 ?? false, starApplied: Int(star ?? 0))
    }
}
