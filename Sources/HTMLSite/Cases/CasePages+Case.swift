import Document
import Model

extension CasePages {
    /// `cases/YEAR/SLUG.html`: title, summary, tags, cover and facts box, the body,
    /// the photo gallery, and links to the previous and next case in book order.
    func casePage(_ index: Int) throws -> [OutputFile] {
        let study = collection.cases[index]
        let e = HTMLEscaping.escape
        let renderer = renderer()
        var context: [String: Any] = [
            "kicker": e("案例 \(study.number) · \(study.region.label)"),
            "summary": e(study.summary), "tags": cards.tags(study.tags),
            "cover": cover(study, renderer: renderer), "facts": CaseFactsBox.html(study),
            "body": renderer.render(study.blocks), "gallery": gallery(study, renderer: renderer),
            "index": "index.html", "pageTitle": "\(study.title) - \(collection.title)",
        ]
        if index > 0 {
            let previous = collection.cases[index - 1]
            context["previous"] = ["href": e(paths.casePage(previous)), "title": e(previous.title)]
        }
        if index + 1 < collection.cases.count {
            let next = collection.cases[index + 1]
            context["next"] = ["href": e(paths.casePage(next)), "title": e(next.title)]
        }
        if let pdf = pdfHref { context["pdf"] = e(pdf) }
        let page = try site.page("case", path: paths.folder + paths.casePage(study), title: study.title,
                                 section: .cases, trail: trail, context: context)
        return [page] + figureFiles(of: renderer)
    }

    /// The cover at the top of the page, loaded eagerly; empty without one.
    private func cover(_ study: CaseStudy, renderer: BlockRenderer) -> String {
        guard let cover = study.cover else { return "" }
        return CasePictureHTML.figure(cover, variants: pictures[cover], folder: "images/", slot: .cover, eager: true,
                                      className: "case-cover", inline: renderer.inline)
    }

    /// The photos as a list of figures with their captions; empty without photos.
    private func gallery(_ study: CaseStudy, renderer: BlockRenderer) -> String {
        let items = study.photos.map {
            CasePictureHTML.figure($0, variants: pictures[$0], folder: "images/", slot: .gallery, className: "case-photo",
                                   inline: renderer.inline)
        }.filter { !$0.isEmpty }
        guard !items.isEmpty else { return "" }
        return "<section class=\"case-gallery\" aria-labelledby=\"case-gallery-title\"><h2 id=\"case-gallery-title\">现场照片</h2>"
            + "<ul class=\"case-gallery-grid\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul></section>"
    }
}
