import Document
import Model

extension CasePages {
    /// One listing page per city (`city-320100.html`), category (`category-building.html`) and tag
    /// (`tag-3f2a9c1b.html`): the same cards as the collection page, only the matching cases.
    func listingPages() throws -> [OutputFile] {
        var files: [OutputFile] = []
        for (city, cases) in collection.byCity {
            files.append(try listing(file: paths.cityPage(city.cityCode), heading: "\(city.cityName)的案例（\(cases.count)）",
                                     about: "位于\(city.cityName)的智慧工地案例。", cases: cases))
        }
        for (category, cases) in collection.byCategory {
            files.append(try listing(file: paths.categoryPage(category),
                                     heading: "\(category.rawValue)类的案例（\(cases.count)）",
                                     about: "工程类别为\(category.rawValue)的智慧工地案例。", cases: cases))
        }
        for (tag, cases) in collection.byTag {
            files.append(try listing(file: paths.tagPage(tag), heading: "技术标签「\(tag)」的案例（\(cases.count)）",
                                     about: "应用了「\(tag)」的智慧工地案例。", cases: cases))
        }
        return files
    }

    private func listing(file: String, heading: String, about: String, cases: [CaseStudy]) throws -> OutputFile {
        let context: [String: Any] = [
            "about": HTMLEscaping.escape(about), "cards": cards.html(cases, headingLevel: 2),
            "browse": filters.browse(current: file), "total": String(collection.cases.count),
            "pageTitle": "\(heading) - \(collection.title)",
        ]
        return try site.page("case-listing", path: paths.folder + file, title: heading, section: .cases, trail: trail,
                             context: context)
    }
}
