import Foundation
import Document
import Model

/// Pages written from `content/pages/*.md` (about.md → about.html) and the 404 page.
struct ContentPages {
    let site: Site

    func files() throws -> [OutputFile] {
        try site.pages.map { page in
            let path = "\(page.slug).html"
            let renderer = BlockRenderer(figureFolder: "figures/\(page.slug)-")
            let body = renderer.render(page.blocks)
            var files = [try site.page("page", path: path, title: page.title, section: nil, context: ["body": body])]
            for figure in renderer.figureFiles {
                files.append(OutputFile(path: "figures/\(page.slug)-\(figure.name)", bytes: figure.svg))
            }
            return files
        }.flatMap { $0 }
    }

    /// `404.html`, for servers that show it for unknown paths. Its links are
    /// relative to the site root, where servers usually serve it from.
    func notFound() throws -> OutputFile {
        try site.page("404", path: "404.html", title: "页面未找到", section: nil, context: [:])
    }
}

/// `sitemap.xml` (sitemaps.org): absolute URLs only, so it is written only
/// when site.yml sets `base_url`.
enum Sitemap {
    /// The sitemap of `pages` (every `.html` path except 404.html), or nil without a base URL.
    static func file(baseURL: String, pages: [String]) -> OutputFile? {
        let base = baseURL.trimmingCharacters(in: .whitespaces)
        guard !base.isEmpty else { return nil }
        let prefix = base.hasSuffix("/") ? base : base + "/"
        let paths = Set(pages.filter { $0.hasSuffix(".html") && $0 != "404.html" }).sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            xml += "  <url><loc>\(HTMLEscaping.escape(prefix + encoded))</loc></url>\n"
        }
        return OutputFile(path: "sitemap.xml", text: xml + "</urlset>\n")
    }
}
