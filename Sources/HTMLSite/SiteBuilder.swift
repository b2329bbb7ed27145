import Charts
import Document
import Model
import Statistics

/// Assembles the public site: portal, publications with their chapters and
/// figures, and the chart gallery. Returns files; writing them is Build's job.
public struct SiteBuilder {
    public let config: SiteConfig
    public let statistics: ProvinceStatistics
    public let templates: TemplateSet

    public init(config: SiteConfig, statistics: ProvinceStatistics, templates: TemplateSet) {
        self.config = config
        self.statistics = statistics
        self.templates = templates
    }

    /// Every page and asset of the site; `pdfs` maps a publication to its PDF's path, when there is one.
    /// The portal lists every publication; only those `render` accepts get their pages built.
    public func build(publications: [Publication], pdfs: [PublicationKind: String],
                      render: (PublicationKind) -> Bool = { _ in true }) throws -> [OutputFile] {
        var files = templates.assets
        files.append(try page("index", path: "index.html", context: portalContext(publications, pdfs: pdfs)))
        for publication in publications where render(publication.kind) {
            files += try publicationFiles(publication, pdf: pdfs[publication.kind])
        }
        files += try ChartGallery(builder: self).files()
        return files
    }

    func page(_ template: String, path: String, context: [String: Any]) throws -> OutputFile {
        let depth = path.split(separator: "/").count - 1
        var full = context
        full["root"] = String(repeating: "../", count: depth)
        full["site"] = ["title": config.title, "office": config.office, "year": String(config.year)]
        guard let html = templates.render(template, full) else {
            throw TemplateMissing(name: template)
        }
        return OutputFile(path: path, text: html)
    }

    private func portalContext(_ publications: [Publication], pdfs: [PublicationKind: String]) -> [String: Any] {
        let p = statistics.province
        let headline: [[String: Any]] = [
            ["label": "规模以上政府投资工程智慧工地覆盖率", "value": Formatting.format(p.smartCoverage, as: .percent)],
            ["label": "智慧工地接入监管平台率", "value": Formatting.format(p.connectionRate, as: .percent)],
            ["label": "县级智慧监管平台覆盖率", "value": Formatting.format(p.platformCoverage, as: .percent)],
            ["label": "在建项目", "value": Formatting.format(Double(p.activeProjects), as: .integer)],
        ]
        let cities: [[String: Any]] = statistics.cities.map { city in
            ["name": city.name, "code": city.code,
             "active": Formatting.format(Double(city.activeProjects), as: .integer),
             "scope": Formatting.format(Double(city.scopeProjects), as: .integer),
             "smart": Formatting.format(Double(city.smartScopeProjects), as: .integer),
             "coverage": Formatting.format(city.smartCoverage, as: .percent)]
        }
        let pubs: [[String: Any]] = publications.map { pub in
            var entry: [String: Any] = ["title": pub.title, "href": "\(pub.kind.rawValue)/\(pub.year)/index.html"]
            if let pdf = pdfs[pub.kind] { entry["pdf"] = pdf }
            return entry
        }
        return ["pageTitle": config.title, "headline": headline, "cities": cities, "publications": pubs,
                "year": String(config.year)]
    }

    private func publicationFiles(_ publication: Publication, pdf: String?) throws -> [OutputFile] {
        let folder = "\(publication.kind.rawValue)/\(publication.year)"
        var files: [OutputFile] = []
        let chapters: [[String: Any]] = publication.chapters.map {
            ["title": $0.title, "number": String($0.number), "href": "\($0.slug).html"]
        }
        var indexContext: [String: Any] = ["pageTitle": publication.title, "publication": publication.title,
                                           "chapters": chapters]
        if let pdf { indexContext["pdf"] = "../../\(pdf)" }
        files.append(try page("publication", path: "\(folder)/index.html", context: indexContext))

        for (i, chapter) in publication.chapters.enumerated() {
            let renderer = BlockRenderer(figureFolder: "figures/")
            var context: [String: Any] = [
                "pageTitle": "\(chapter.title) - \(publication.title)", "publication": publication.title,
                "chapterTitle": chapter.title, "chapterNumber": String(chapter.number),
                "body": renderer.render(chapter.blocks),
            ]
            if i > 0 { context["previous"] = ["href": "\(publication.chapters[i - 1].slug).html", "title": publication.chapters[i - 1].title] }
            if i + 1 < publication.chapters.count {
                context["next"] = ["href": "\(publication.chapters[i + 1].slug).html", "title": publication.chapters[i + 1].title]
            }
            files.append(try page("chapter", path: "\(folder)/\(chapter.slug).html", context: context))
            for figure in renderer.figureFiles {
                files.append(OutputFile(path: "\(folder)/figures/\(figure.name)", bytes: figure.svg))
            }
        }
        return files
    }
}

/// A page asked for a template that `templates/` does not have.
public struct TemplateMissing: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "templates/\(name).mustache 不存在" }
}
