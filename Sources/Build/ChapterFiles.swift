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
            sources.append(ChapterSource(number: number, slug: slug, path: path, text: text))
        }
        return sources
    }
}
