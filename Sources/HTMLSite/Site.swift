import Document
import Model
import Statistics

/// What every page generator of one build reads: the inputs, the navigation
/// and the one function that turns a template and a context into a page.
struct Site: Sendable {
    let config: SiteConfig
    let statistics: ProvinceStatistics
    let templates: TemplateSet
    /// Made on first use: a build whose pages come from the cache never reads a project.
    let directory: Lazy<ProjectDirectory>
    var projects: ProjectDirectory { directory.value }
    /// The publications that exist this year, in nav order.
    let publications: [Publication]
    let pdfs: [PublicationKind: String]
    /// Pages from content/pages, linked in the footer.
    let pages: [Chapter]
    /// Sizes of the files under `data/` this build writes, by path.
    let downloads: [String: Int]
    /// The datasets, for charts that draw beyond the statistics (dust scatter and heatmap).
    var source: Lazy<Datasets>? = nil
    var datasets: Datasets? { source?.value }
    /// The case collection, when content/cases/ holds cases.
    var cases: CaseCollection? = nil
    /// The gallery's charts, resolved by the caller; nil resolves them from `datasets`.
    var gallery: [ChartData]? = nil

    /// This site with the case collection whole (`document`), for the parts that show the cases' text.
    func with(_ document: Lazy<CaseCollection>?) -> Site {
        guard let document else { return self }
        var site = self
        site.cases = document.value
        return site
    }

    /// The publication of `kind`, when it exists this year.
    func publication(_ kind: PublicationKind) -> Publication? { publications.first { $0.kind == kind } }

    /// Site-root-relative path of a publication's table of contents.
    static func publicationPath(_ publication: Publication) -> String {
        "\(publication.kind.rawValue)/\(publication.year)/index.html"
    }

    /// Whether the build writes `path` under data/ (links only go to what exists).
    func hasDownload(_ path: String) -> Bool { downloads[path] != nil }

    /// Renders a page of the site. `trail` holds the breadcrumbs between the
    /// portal and this page (title, site-root-relative path); the page itself
    /// closes the trail. The portal (`index.html`) has no breadcrumbs.
    func page(_ template: String, path: String, title: String, section: NavSection?,
              trail: [(title: String, path: String)] = [], context: [String: Any]) throws -> OutputFile {
        let root = SitePath.root(of: path)
        var full = context
        full["root"] = root
        full["heading"] = title
        if full["pageTitle"] == nil {
            full["pageTitle"] = path == "index.html" ? config.title : "\(title) - \(config.title)"
        }
        full["site"] = ["title": config.title, "office": config.office, "year": String(config.year)]
        full["nav"] = NavSection.items(for: self, current: section, root: root)
        full["footerLinks"] = footerLinks(root: root)
        if path != "index.html" {
            var crumbs: [[String: Any]] = [["title": "首页", "href": root + "index.html", "current": false]]
            for step in trail { crumbs.append(["title": step.title, "href": root + step.path, "current": false]) }
            crumbs.append(["title": title, "href": "", "current": true])
            full["breadcrumbs"] = crumbs
            full["hasBreadcrumbs"] = true
        }
        guard let html = templates.render(template, full) else { throw TemplateMissing(name: template) }
        return OutputFile(path: path, text: html)
    }

    private func footerLinks(root: String) -> [[String: Any]] {
        var links = pages.map { ["label": $0.title, "href": root + "\($0.slug).html"] }
        links.append(["label": "图表库", "href": root + "charts/index.html"])
        links.append(["label": "站内搜索", "href": root + "search/index.html"])
        return links
    }
}

/// The sections of the main navigation, in order.
enum NavSection: CaseIterable {
    case home, annual, supervision, cases, rankings, lists, regions, data, methodology

    /// The nav entries of a page: the publications only when they exist.
    static func items(for site: Site, current: NavSection?, root: String) -> [[String: Any]] {
        var items: [[String: Any]] = []
        for section in allCases {
            guard let (label, path) = section.target(site) else { continue }
            items.append(["label": label, "href": root + path, "current": section == current])
        }
        return items
    }

    private func target(_ site: Site) -> (String, String)? {
        func publication(_ kind: PublicationKind, _ label: String) -> (String, String)? {
            site.publication(kind).map { (label, Site.publicationPath($0)) }
        }
        switch self {
        case .home: return ("首页", "index.html")
        case .annual: return publication(.annual, "年度报告")
        case .supervision: return publication(.supervision, "监督报告")
        case .cases:
            if let cases = site.cases { return ("案例集", CasePaths.index(year: cases.year)) }
            return publication(.cases, "案例集")
        case .rankings: return ("排名", "rankings/cities.html")
        case .lists: return ("名单", "lists/index.html")
        case .regions: return ("地区", "regions/index.html")
        case .data: return ("数据下载", "data/index.html")
        case .methodology: return ("方法说明", "methodology.html")
        }
    }
}

/// Relative links between pages, so the site works from file:// and on any sub-path.
enum SitePath {
    /// The prefix from a page to the site root: `""`, `"../"`, `"../../"`.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// A site-root-relative `target` as seen from the page at `page`.
    static func href(_ target: String, from page: String) -> String { root(of: page) + target }
}
