import Document
import Model

/// The ways to narrow the collection: links to the listing pages (by city,
/// category and tag, with counts; these work without JavaScript) and the
/// form the filter script reveals on the collection page.
struct CaseFilters {
    let collection: CaseCollection
    let paths: CasePaths

    /// The listing links. `current` is the file name of the listing page showing them, marked `aria-current`.
    func browse(current: String? = nil, headingLevel: Int = 3) -> String {
        let e = HTMLEscaping.escape
        let h = "h\(headingLevel)"
        func group(_ title: String, _ links: [(label: String, href: String, count: Int)]) -> String {
            guard !links.isEmpty else { return "" }
            let items = links.map { link in
                let mark = link.href == current ? " aria-current=\"page\"" : ""
                return "<li><a href=\"\(e(link.href))\"\(mark)>\(e(link.label))<span class=\"case-count\">（\(link.count)）</span></a></li>"
            }
            return "<div class=\"case-browse-group\"><\(h)>\(title)</\(h)><ul class=\"case-chips\">\(items.joined())</ul></div>"
        }
        return group("按设区市", collection.byCity.map { ($0.city.cityName, paths.cityPage($0.city.cityCode), $0.cases.count) })
            + group("按工程类别", collection.byCategory.map { ($0.category.rawValue, paths.categoryPage($0.category), $0.cases.count) })
            + group("按技术标签", collection.byTag.map { ($0.tag, paths.tagPage($0.tag), $0.cases.count) })
    }

    /// The controls of the filter form: city and category selects, tag checkboxes, a reset button.
    func controls() -> String {
        let e = HTMLEscaping.escape
        var html = "<div class=\"case-filter-row\">"
        html += "<div class=\"case-filter-field\"><label for=\"case-filter-city\">设区市</label>"
        html += "<select id=\"case-filter-city\" name=\"city\"><option value=\"\">全部设区市</option>"
        for (city, cases) in collection.byCity {
            html += "<option value=\"\(e(city.cityCode))\">\(e(city.cityName))（\(cases.count)）</option>"
        }
        html += "</select></div>"
        let categories = collection.byCategory
        if !categories.isEmpty {
            html += "<div class=\"case-filter-field\"><label for=\"case-filter-category\">工程类别</label>"
            html += "<select id=\"case-filter-category\" name=\"category\"><option value=\"\">全部类别</option>"
            for (category, cases) in categories {
                html += "<option value=\"\(CasePaths.slug(of: category))\">\(e(category.rawValue))（\(cases.count)）</option>"
            }
            html += "</select></div>"
        }
        html += "</div>"
        let tags = collection.byTag
        if !tags.isEmpty {
            html += "<fieldset class=\"case-filter-tags\"><legend>技术标签（显示同时具有所选标签的案例）</legend><ul>"
            for (index, entry) in tags.enumerated() {
                let key = String(paths.tagPage(entry.tag).dropLast(".html".count))
                html += "<li><input type=\"checkbox\" id=\"case-filter-tag-\(index + 1)\" name=\"tag\" value=\"\(e(key))\">"
                html += "<label for=\"case-filter-tag-\(index + 1)\">\(e(entry.tag))（\(entry.cases.count)）</label></li>"
            }
            html += "</ul></fieldset>"
        }
        return html + "<p class=\"case-filter-actions\"><button type=\"reset\">清除筛选</button></p>"
    }
}
