import Document
import Model

/// The grid of case cards shared by the collection page and the listing
/// pages: thumbnail, title linking to the case, place and year, summary and
/// tags. Each card carries `data-city`, `data-category` and `data-tags`
/// (the tag pages' names, ASCII) for the filter script.
struct CaseCards {
    let paths: CasePaths
    let pictures: CasePictures

    /// The picture a card shows: the cover, else the first photo, else the first picture of the body.
    static func thumbnail(of study: CaseStudy) -> ImageBlock? {
        study.cover ?? study.photos.first ?? study.blocks.images.first
    }

    /// `<li>` cards of `cases`, in order; the first card's picture loads eagerly (it is above the fold).
    /// `headingLevel` is the level of the card titles (3 under the page's h2, 2 right under the h1).
    func html(_ cases: [CaseStudy], headingLevel: Int) -> String {
        cases.enumerated().map { index, study in card(study, headingLevel: headingLevel, eager: index == 0) }
            .joined(separator: "\n")
    }

    private func card(_ study: CaseStudy, headingLevel: Int, eager: Bool) -> String {
        let e = HTMLEscaping.escape
        let tagKeys = study.tags.map { String(paths.tagPage($0).dropLast(".html".count)) }
        var html = "<li class=\"case-card\" data-city=\"\(e(study.region.cityCode))\""
        html += " data-category=\"\(study.category.map(CasePaths.slug(of:)) ?? "")\""
        html += " data-tags=\"\(e(tagKeys.joined(separator: " ")))\">"
        let h = "h\(min(max(headingLevel, 2), 6))"
        html += "<\(h) class=\"case-card-title\"><a href=\"\(e(paths.casePage(study)))\">\(e(study.title))</a></\(h)>"
        if let image = Self.thumbnail(of: study) {
            let img = CasePictureHTML.img(image, variants: pictures[image], folder: "images/", slot: .card,
                                          eager: eager, className: "case-card-image")
            html += img.isEmpty ? "<div class=\"case-card-image case-card-blank\"></div>" : img
        } else {
            html += "<div class=\"case-card-image case-card-blank\"></div>"
        }
        var meta = [study.region.cityName]
        if let county = study.region.countyName { meta.append(county) }
        if let category = study.category { meta.append(category.rawValue) }
        meta.append("\(study.year) 年")
        html += "<p class=\"case-card-meta\">\(meta.map(e).joined(separator: " · "))</p>"
        html += "<p class=\"case-card-summary\">\(e(study.summary))</p>"
        html += tags(study.tags)
        return html + "</li>"
    }

    /// The tags of a case as links to their listing pages.
    func tags(_ tags: [String]) -> String {
        guard !tags.isEmpty else { return "" }
        let items = tags.map {
            "<li><a href=\"\(HTMLEscaping.escape(paths.tagPage($0)))\">\(HTMLEscaping.escape($0))</a></li>"
        }
        return "<ul class=\"case-tags\" aria-label=\"技术标签\">\(items.joined())</ul>"
    }
}
