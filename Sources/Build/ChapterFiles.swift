import Document
import Foundation
import Model

/// Finds a publication's chapter files: `reports/KIND/NN-slug.md`.
enum ChapterFiles {
    static func sources(of kind: PublicationKind, content: URL, diagnostics: inout Diagnostics) -> [ChapterSource] {
        let folder = "reports/\(kind.rawValue)"
        let directory = content.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var sources: [ChapterSource] = []
        for name in names.sorted() where name.hasSuffix(".md") {
            let path = "\(folder)/\(name)"
            guard let (number, slug) = ChapterSource.parseFileName(name) else {
                diagnostics.append(.warning("章节文件名应以编号开头（如 01-概述.md），已跳过", file: path))
                continue
            }
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("无法以 UTF-8 读取章节文件", file: path))
                continue
            }
            sources.append(ChapterSource(number: number, slug: slug, path: path, text: text, contentRoot: content))
        }
        return sources
    }
}

extension ChapterFiles {
    /// File names a content page cannot take: the site writes these pages itself.
    static let reservedPages: Set<String> = ["index", "404", "methodology", "sitemap"]

    /// The site's other pages: `pages/NAME.md`, each with number 0 and its file name as slug
    /// (`about.md` → `about.html`).
    static func pages(content: URL, diagnostics: inout Diagnostics) -> [ChapterSource] {
        let directory = content.appendingPathComponent("pages")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var sources: [ChapterSource] = []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            let path = "pages/\(name)"
            let slug = String(name.dropLast(3))
            if reservedPages.contains(slug.lowercased()) || slug.contains("/") || slug.isEmpty {
                diagnostics.append(.warning("页面文件名「\(name)」与网站自动生成的页面重名，已跳过", file: path,
                                            hint: "换一个文件名，如 about.md"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path),
                  let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error("无法以 UTF-8 读取页面文件", file: path))
                continue
            }
            sources.append(ChapterSource(number: 0, slug: slug, path: path, text: text, contentRoot: content))
        }
        return sources
    }
}
