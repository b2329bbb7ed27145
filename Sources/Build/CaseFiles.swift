import Document
import Foundation
import Model

/// Finds the case files: `cases/SLUG.md` or `cases/SLUG/index.md`, and the
/// collection's preface `cases/_preface.md`. `README.md`, names starting with
/// `_` or `.`, and folders without a Markdown file (shared pictures) are not cases.
enum CaseFiles {
    static let folder = "cases"
    static let prefaceName = "_preface.md"

    static func sources(content: URL, diagnostics: inout Diagnostics) -> [CaseSource] {
        let directory = content.appendingPathComponent(folder)
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else { return [] }
        var sources: [CaseSource] = []
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
            var isDirectory: ObjCBool = false
            let url = directory.appendingPathComponent(name)
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let index = url.appendingPathComponent("index.md")
                guard fm.fileExists(atPath: index.path) else {
                    let markdown = (try? fm.contentsOfDirectory(atPath: url.path))?.filter { $0.hasSuffix(".md") } ?? []
                    if !markdown.isEmpty {
                        diagnostics.append(.warning("文件夹 \(folder)/\(name)/ 中没有 index.md，不作为案例", file: "\(folder)/\(name)/",
                                                    hint: "一个案例一个文件夹时，把正文命名为 index.md"))
                    }
                    continue
                }
                if let text = read(index, path: "\(folder)/\(name)/index.md", diagnostics: &diagnostics) {
                    sources.append(CaseSource(slug: name, path: "\(folder)/\(name)/index.md", text: text, contentRoot: content))
                }
            } else if name.hasSuffix(".md"), name.lowercased() != "readme.md" {
                if let text = read(url, path: "\(folder)/\(name)", diagnostics: &diagnostics) {
                    sources.append(CaseSource(slug: String(name.dropLast(3)), path: "\(folder)/\(name)", text: text,
                                              contentRoot: content))
                }
            }
        }
        return sources
    }

    /// `cases/_preface.md` as chapter 0 of the collection, when it exists.
    static func preface(content: URL, diagnostics: inout Diagnostics) -> ChapterSource? {
        let url = content.appendingPathComponent(folder).appendingPathComponent(prefaceName)
        guard FileManager.default.fileExists(atPath: url.path),
              let text = read(url, path: "\(folder)/\(prefaceName)", diagnostics: &diagnostics) else { return nil }
        return ChapterSource(number: 0, slug: "preface", path: "\(folder)/\(prefaceName)", text: text, contentRoot: content)
    }

    private static func read(_ url: URL, path: String, diagnostics: inout Diagnostics) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(.error("无法读取案例文件", file: path))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(.error("案例文件不是 UTF-8 编码", file: path, line: 1, hint: "用记事本或 VS Code 另存为 UTF-8"))
            return nil
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}
