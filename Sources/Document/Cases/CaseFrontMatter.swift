import Foundation
import Model
import Yams

/// The YAML between the `---` lines at the top of a case file, read into
/// plain fields with the line each was written on. Checks types only;
/// ``CaseBuilder`` checks meaning (a known project, an existing picture).
struct CaseFrontMatter {
    /// A picture named in the front matter: `cover: photos/a.jpg` or
    /// `{file: photos/a.jpg, alt: …, caption: …}`.
    struct Picture {
        var file: String
        var alt: String?
        var caption: String?
        var line: Int
    }

    static let keys = ["title", "project", "region", "category", "year", "tags", "summary", "cover", "photos", "order"]

    var title: String?
    var project: String?
    var region: String?
    var category: String?
    var year: Int?
    var tags: [String] = []
    var summary: String?
    var cover: Picture?
    var photos: [Picture] = []
    var order: Int?
    /// The line of each key, 1-based in the file.
    var lines: [String: Int] = [:]
    /// Number of lines the front matter takes, fences included (the body starts after them).
    var lineCount = 0

    /// Splits `text` into front matter and body and reads the fields;
    /// problems go to `diagnostics` against `file`.
    static func read(_ text: String, file: String, diagnostics: inout Diagnostics) -> CaseFrontMatter? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring, closing: Bool) -> Bool {
            let trimmed = line.trimmingCharacters(in: [" ", "\t", "\r", "\u{FEFF}"])
            return trimmed == "---" || (closing && trimmed == "...")
        }
        guard let first = lines.first, isFence(first, closing: false) else {
            diagnostics.append(.error("案例文件应以 --- 开头的 YAML 信息（标题、项目编号、年度、标签、摘要）开始", file: file, line: 1,
                                      hint: "第一行写 ---，接着写 title: …、year: …、tags: […]、summary: …，再以 --- 结束"))
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], closing: true) }) else {
            diagnostics.append(.error("案例文件开头的 YAML 信息没有以 --- 结束", file: file, line: 1,
                                      hint: "在最后一个字段之后单独写一行 ---"))
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        var matter = CaseFrontMatter()
        matter.lineCount = close + 1
        var reader = Reader(file: file, firstLine: 2)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            // A problem found at the end of the YAML (an unclosed bracket) points at its last line.
            var line = 2
            if case .scanner(_, _, let mark, _) = error { line = min(mark.line, close - 1) + 1 }
            if case .parser(_, _, let mark, _) = error { line = min(mark.line, close - 1) + 1 }
            diagnostics.append(.error("案例文件开头的 YAML 无法解析：\(Self.describe(error))", file: file, line: line,
                                      hint: "每行写「键: 值」，冒号后加空格；标签写成 [AI视频识别, 塔吊监测]"))
            return nil
        } catch {
            diagnostics.append(.error("案例文件开头的 YAML 无法解析：\(error)", file: file, line: 2))
            return nil
        }
        guard let root, let mapping = root.mapping else {
            diagnostics.append(.error("案例文件开头的 YAML 应为「键: 值」形式的字段", file: file, line: 2,
                                      hint: "例如 title: AI 视频识别守护校园建设现场"))
            return nil
        }
        for (key, _) in mapping {
            let name = key.string ?? ""
            matter.lines[name] = reader.line(of: key)
            if !keys.contains(name) {
                diagnostics.append(.warning("忽略无法识别的字段「\(name)」", file: file, line: reader.line(of: key),
                                            hint: "可用的字段：\(keys.joined(separator: "、"))"))
            }
        }
        matter.title = reader.text(root, "title")
        matter.project = reader.text(root, "project")
        matter.region = reader.text(root, "region")
        matter.category = reader.text(root, "category")
        matter.year = reader.integer(root, "year", in: 1990...2100)
        matter.tags = reader.texts(root, "tags")
        matter.summary = reader.text(root, "summary")
        matter.order = reader.integer(root, "order", in: -100_000...100_000)
        if let node = root["cover"] { matter.cover = reader.picture(node, key: "cover") }
        if let node = root["photos"] {
            if let items = node.sequence {
                matter.photos = items.compactMap { reader.picture($0, key: "photos") }
            } else {
                reader.fail(node, "photos 应为图片列表，每项写 file（路径）和 alt（替代文字）")
            }
        }
        diagnostics.append(contentsOf: reader.diagnostics)
        return matter
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): problem
        default: "\(error)"
        }
    }

    /// Typed access to the mapping's values, errors carrying the file's line.
    private struct Reader {
        let file: String
        /// The file line of the YAML's first line.
        let firstLine: Int
        var diagnostics = Diagnostics()

        func line(of node: Node) -> Int { (node.mark?.line ?? 1) - 1 + firstLine }

        mutating func fail(_ node: Node, _ message: String, hint: String? = nil) {
            diagnostics.append(.error(message, file: file, line: line(of: node), hint: hint))
        }

        mutating func text(_ root: Node, _ key: String) -> String? {
            guard let node = root[key] else { return nil }
            guard let value = node.scalar?.string else {
                fail(node, "\(key) 应为一段文字")
                return nil
            }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }

        mutating func texts(_ root: Node, _ key: String) -> [String] {
            guard let node = root[key] else { return [] }
            if let scalar = node.scalar?.string {
                // `tags: AI视频识别、塔吊监测` — one line, separated as people write lists.
                return scalar.split(whereSeparator: { "、,，;；".contains($0) })
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            guard let items = node.sequence else {
                fail(node, "\(key) 应为列表，如 [AI视频识别, 塔吊监测]")
                return []
            }
            var result: [String] = []
            for item in items {
                guard let value = item.scalar?.string else {
                    fail(item, "\(key) 的每一项应为一段文字")
                    continue
                }
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty && !result.contains(trimmed) { result.append(trimmed) }
            }
            return result
        }

        mutating func integer(_ root: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
            guard let node = root[key] else { return nil }
            guard let text = node.scalar?.string, let value = Int(text.trimmingCharacters(in: .whitespaces)),
                  range.contains(value) else {
                fail(node, "\(key) 的值「\(node.scalar?.string ?? "")」应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数")
                return nil
            }
            return value
        }

        mutating func picture(_ node: Node, key: String) -> Picture? {
            if let path = node.scalar?.string {
                return Picture(file: path.trimmingCharacters(in: .whitespaces), alt: nil, caption: nil, line: line(of: node))
            }
            guard let mapping = node.mapping else {
                fail(node, "\(key) 应为图片路径，或写 file（路径）、alt（替代文字）、caption（说明）")
                return nil
            }
            for (name, _) in mapping where !["file", "alt", "caption"].contains(name.string ?? "") {
                diagnostics.append(.warning("忽略图片中无法识别的字段「\(name.string ?? "")」", file: file, line: line(of: name),
                                            hint: "图片可写的字段：file、alt、caption"))
            }
            guard let file = text(node, "file") else {
                fail(node, "\(key) 中的图片缺少 file（图片路径）")
                return nil
            }
            return Picture(file: file, alt: text(node, "alt"), caption: text(node, "caption"), line: line(of: node))
        }
    }
}
