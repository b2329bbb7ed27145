import Document
import Model

/// The facts box of a case page: what the datasets say about its project
/// (项目编号 … 最近一次数据验证等次), or, for a case without a project,
/// its place, category and year. Every value escaped.
enum CaseFactsBox {
    /// The rows as (label, value), in order.
    static func rows(_ study: CaseStudy) -> [(label: String, value: String)] {
        guard let facts = study.facts else {
            var rows = [("所在地区", study.region.label)]
            if let category = study.category { rows.append(("工程类别", category.rawValue)) }
            rows.append(("年度", "\(study.year) 年"))
            return rows
        }
        return [
            ("项目编号", facts.projectID),
            ("项目名称", facts.projectName),
            ("所在地区", study.region.label),
            ("工程类别", facts.category.rawValue),
            ("施工单位", facts.contractor),
            ("集成服务商", facts.provider.flatMap { $0.isEmpty ? nil : $0 } ?? "未填报"),
            ("最近一次数据验证等次", grade(facts)),
        ]
    }

    /// `优良（2025年6月12日验证）`, or `暂无验证记录`.
    static func grade(_ facts: CaseFacts) -> String {
        guard let grade = facts.latestGrade else { return "暂无验证记录" }
        guard let day = facts.latestVerifiedOn else { return grade.rawValue }
        return "\(grade.rawValue)（\(day.year)年\(day.month)月\(day.day)日验证）"
    }

    /// `<aside>` with a heading and a `<dl>`.
    static func html(_ study: CaseStudy) -> String {
        let items = rows(study).map {
            "<div><dt>\(HTMLEscaping.escape($0.label))</dt><dd>\(HTMLEscaping.escape($0.value))</dd></div>"
        }
        let title = study.facts == nil ? "基本信息" : "项目信息"
        return "<aside class=\"case-facts\" aria-labelledby=\"case-facts-title\"><h2 id=\"case-facts-title\">\(title)</h2>"
            + "<dl>\(items.joined())</dl></aside>"
    }
}
