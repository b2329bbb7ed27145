extension CaseStudy {
    /// The facts box as (label, value) rows, the same on the web page and in
    /// the PDF. With a project: its number, name, place, category, contractor,
    /// provider and the latest verification's final grade with its date;
    /// without one: place, category when known, and year.
    public var factRows: [(label: String, value: String)] {
        guard let facts else {
            var rows = [("所在地区", region.label)]
            if let category { rows.append(("工程类别", category.rawValue)) }
            rows.append(("年度", "\(year)年"))
            return rows
        }
        return [
            ("项目编号", facts.projectID),
            ("项目名称", facts.projectName),
            ("所在地区", region.label),
            ("工程类别", facts.category.rawValue),
            ("施工单位", facts.contractor),
            ("集成服务商", facts.provider.flatMap { $0.isEmpty ? nil : $0 } ?? "未填报"),
            (Self.latestGradeLabel, facts.latestGradeText),
        ]
    }

    /// The longest label of the facts box.
    public static let latestGradeLabel = "最近一次数据验证等次"
}

extension CaseFacts {
    /// `优良（2025年6月12日验证）`, or `暂无验证记录`.
    public var latestGradeText: String {
        guard let latestGrade else { return "暂无验证记录" }
        guard let day = latestVerifiedOn else { return latestGrade.rawValue }
        return "\(latestGrade.rawValue)（\(day.year)年\(day.month)月\(day.day)日验证）"
    }
}
