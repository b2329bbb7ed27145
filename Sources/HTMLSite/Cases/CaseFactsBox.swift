import Document
import Model

/// The facts box of a case page: what the datasets say about its project
/// (项目编号 … 最近一次数据验证等次), or, for a case without a project,
/// its place, category and year. Every value escaped.
enum CaseFactsBox {
    /// `<aside>` with a heading and a `<dl>`.
    static func html(_ study: CaseStudy) -> String {
        let items = study.factRows.map {
            "<div><dt>\(HTMLEscaping.escape($0.label))</dt><dd>\(HTMLEscaping.escape($0.value))</dd></div>"
        }
        let title = study.facts == nil ? "基本信息" : "项目信息"
        return "<aside class=\"case-facts\" aria-labelledby=\"case-facts-title\"><h2 id=\"case-facts-title\">\(title)</h2>"
            + "<dl>\(items.joined())</dl></aside>"
    }
}
