import Document
import Model

extension CasePages {
    /// `cases/YEAR/index.html`: the preface (or a sentence about the collection), the ways to
    /// narrow it (listing links; with JavaScript, a filter form) and the grid of every case.
    func collectionPage() throws -> [OutputFile] {
        let renderer = renderer()
        var context: [String: Any] = [
            "lead": HTMLEscaping.escape("\(collection.office) · 共 \(collection.cases.count) 个案例"),
            "intro": intro(renderer), "browse": filters.browse(), "filters": filters.controls(),
            "cards": cards.html(collection.cases, headingLevel: 3), "count": String(collection.cases.count),
        ]
        if let pdf = pdfHref { context["pdf"] = HTMLEscaping.escape(pdf) }
        let page = try site.page("cases", path: paths.index, title: collection.title, section: .cases, context: context)
        return [page] + figureFiles(of: renderer)
    }

    /// The preface's blocks under its title, or one sentence when there is no preface.
    private func intro(_ renderer: BlockRenderer) -> String {
        if let preface = collection.preface, !preface.blocks.isEmpty {
            return "<h2>\(HTMLEscaping.escape(preface.title))</h2>\n" + renderer.render(preface.blocks)
        }
        let cities = collection.byCity.count
        let tags = collection.byTag.count
        var sentence = "本案例集收录 \(collection.cases.count) 个省级绿色智慧工地典型案例，分布在 \(cities) 个设区市"
        sentence += tags > 0 ? "，涉及 \(tags) 项技术。" : "。"
        sentence += "可按设区市、工程类别和技术标签浏览。"
        return "<p>\(HTMLEscaping.escape(sentence))</p>"
    }
}
