import Document
import Model

/// A publication's table of contents and chapter pages, with their figures.
struct PublicationPages {
    let site: Site
    let publication: Publication

    private var folder: String { "\(publication.kind.rawValue)/\(publication.year)" }

    private var section: NavSection {
        switch publication.kind {
        case .annual: .annual
        case .supervision: .supervision
        case .cases: .cases
        }
    }

    /// Site-root-relative paths of every page of the publication (also when not rendered this run).
    static func paths(of publication: Publication) -> [String] {
        let folder = "\(publication.kind.rawValue)/\(publication.year)"
        return ["\(folder)/index.html"] + publication.chapters.map { "\(folder)/\($0.slug).html" }
    }

    func files() throws -> [OutputFile] {
        var files: [OutputFile] = []
        let chapters: [[String: Any]] = publication.chapters.map {
            ["title": $0.title, "number": String($0.number), "href": "\($0.slug).html"]
        }
        var indexContext: [String: Any] = ["publication": publication.title, "chapters": chapters,
                                           "office": publication.office]
        if let pdf = site.pdfs[publication.kind] { indexContext["pdf"] = "../../\(pdf)" }
        files.append(try site.page("publication", path: "\(folder)/index.html", title: publication.title,
                                   section: section, context: indexContext))

        let trail = [(title: publication.title, path: "\(folder)/index.html")]
        for (i, chapter) in publication.chapters.enumerated() {
            let renderer = BlockRenderer(figureFolder: "figures/")
            var context: [String: Any] = [
                "publication": publication.title, "chapterNumber": String(chapter.number),
                "body": renderer.render(chapter.blocks), "toc": "index.html",
                "pageTitle": "\(chapter.title) - \(publication.title)",
            ]
            if i > 0 {
                let previous = publication.chapters[i - 1]
                context["previous"] = ["href": "\(previous.slug).html", "title": previous.title]
            }
            if i + 1 < publication.chapters.count {
                let next = publication.chapters[i + 1]
                context["next"] = ["href": "\(next.slug).html", "title": next.title]
            }
            if let pdf = site.pdfs[publication.kind] { context["pdf"] = "../../\(pdf)" }
            files.append(try site.page("chapter", path: "\(folder)/\(chapter.slug).html", title: chapter.title,
                                       section: section, trail: trail, context: context))
            for figure in renderer.figureFiles {
                files.append(OutputFile(path: "\(folder)/figures/\(figure.name)", bytes: figure.svg))
            }
        }
        return files
    }
}
