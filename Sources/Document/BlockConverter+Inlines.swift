import Model

/// Inline runs: cmark's inline nodes, then `{{ name }}` values, `[@fig:id]`
/// references and soft breaks resolved in the merged text.
extension BlockConverter {
    /// Marks a soft line break until neighbouring text decides between "" (CJK) and " ".
    static let softBreak = "\u{1}"

    mutating func inlines(of node: MarkdownNode) -> [Inline] {
        var line = node.startLine
        return resolve(merged(rawInlines(of: node)), line: &line, inLink: false)
    }

    /// An image's alt text: its inline content as plain text, values
    /// resolved, `[@fig:id]` left as written (alt text holds no links).
    mutating func altText(of image: MarkdownNode) -> String {
        var line = image.startLine
        return resolve(merged(rawInlines(of: image)), line: &line, inLink: true).plainText
    }

    /// An image's title as caption inlines: values and references resolved.
    mutating func captionInlines(_ title: String, line: Int) -> [Inline] {
        var line = line
        return resolve([.text(title)], line: &line, inLink: false)
    }

    private mutating func rawInlines(of node: MarkdownNode) -> [Inline] {
        var result: [Inline] = []
        for child in node.children {
            switch child.kind {
            case .text: result.append(.text(child.literal))
            case .softBreak: result.append(.text(Self.softBreak))
            case .lineBreak: result.append(.lineBreak)
            case .code: result.append(.code(child.literal))
            case .htmlInline: result.append(.text(child.literal))
            case .emphasis: result.append(.emphasis(merged(rawInlines(of: child))))
            case .strong: result.append(.strong(merged(rawInlines(of: child))))
            case .strikethrough: result.append(.strikethrough(merged(rawInlines(of: child))))
            case .link:
                let content = merged(rawInlines(of: child))
                if LinkPolicy.isAllowed(child.url) && leavesContent(child.url) {
                    diagnostics.append(.error(
                        "链接路径超出了 content/ 目录，不允许使用", file: file, line: child.startLine, value: child.url,
                        hint: "站内链接写相对于本文件的路径（如 ../pages/about.html），不能越过 content/ 目录"))
                    result.append(contentsOf: content)
                } else if LinkPolicy.isAllowed(child.url) {
                    result.append(.link(destination: child.url, content: content))
                } else {
                    diagnostics.append(.warning(
                        "链接地址不被允许，只显示文字", file: file, line: child.startLine, value: child.url,
                        hint: "链接只能是 http(s)://、mailto: 或站内相对路径"))
                    result.append(contentsOf: content)
                }
            case .image:
                diagnostics.append(.warning("图片须单独成段；写在文字中的图片只显示其替代文字", file: file,
                                            line: child.startLine, value: child.url,
                                            hint: "把 ![替代文字](路径) 单独写成一段，前后各空一行"))
                result.append(contentsOf: merged(rawInlines(of: child)))
            default:
                result.append(contentsOf: rawInlines(of: child))
            }
        }
        return result
    }

    /// Joins adjacent text runs so `{{ … }}` and `[@fig:…]` split by cmark are found whole.
    private func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    /// Replaces soft breaks, values and references in text runs; `line` follows
    /// the line breaks. Inside a link, references stay text (links do not nest).
    private mutating func resolve(_ inlines: [Inline], line: inout Int, inLink: Bool) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text): result.append(contentsOf: resolveText(text, line: &line, inLink: inLink))
            case .emphasis(let c): result.append(.emphasis(resolve(c, line: &line, inLink: inLink)))
            case .strong(let c): result.append(.strong(resolve(c, line: &line, inLink: inLink)))
            case .strikethrough(let c): result.append(.strikethrough(resolve(c, line: &line, inLink: inLink)))
            case .link(let d, let c): result.append(.link(destination: d, content: resolve(c, line: &line, inLink: true)))
            case .lineBreak:
                line += 1
                result.append(inline)
            default: result.append(inline)
            }
        }
        return result
    }

    private mutating func resolveText(_ text: String, line: inout Int, inLink: Bool) -> [Inline] {
        let softBreak = Character(Self.softBreak)
        var result: [Inline] = []
        var rest = Substring(text)
        while let token = InlineToken.next(in: rest, references: !inLink) {
            let before = rest[..<token.range.lowerBound]
            line += before.count { $0 == softBreak }
            if !before.isEmpty { result.append(.text(String(before))) }
            switch token.kind {
            case .value(let name): result.append(value(name, line: line))
            case .reference(let kind, let id): result.append(reference(kind, id: id, line: line))
            }
            line += rest[token.range].count { $0 == softBreak }
            rest = rest[token.range.upperBound...]
        }
        line += rest.count { $0 == softBreak }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result.map(joinSoftBreaks)
    }

    private mutating func value(_ name: String, line: Int) -> Inline {
        if let value = values[name] { return .value(name: name, text: value.formatted) }
        let suggestions = values.suggestions(for: name)
        diagnostics.append(.error(
            "未知的数据名称「\(name)」", file: file, line: line, value: "{{ \(name) }}",
            hint: suggestions.isEmpty ? nil : "是否想写：\(suggestions.joined(separator: "、"))"))
        return .text("{{ \(name) }}")
    }

    private mutating func reference(_ kind: String, id: String, line: Int) -> Inline {
        guard let known = ReferenceTarget.Kind(rawValue: kind) else {
            diagnostics.append(.error(
                "引用类型「\(kind)」无法识别", file: file, line: line, value: "[@\(kind):\(id)]",
                hint: "引用图写 [@fig:标识]，引用表写 [@tab:标识]"))
            return .text("[@\(kind):\(id)]")
        }
        let pending = PendingReference(kind: known, id: id, line: line)
        references.append(pending)
        return CrossReferences.placeholderLink(references.count - 1, written: pending.written)
    }

    private func joinSoftBreaks(_ inline: Inline) -> Inline {
        guard case .text(let text) = inline, text.contains(Character(Self.softBreak)) else { return inline }
        var out = ""
        let characters = Array(text)
        for (i, ch) in characters.enumerated() {
            guard ch == Character(Self.softBreak) else { out.append(ch); continue }
            let before = i > 0 ? characters[i - 1] : nil
            let after = i + 1 < characters.count ? characters[i + 1] : nil
            if let before, let after, before.isWide && after.isWide { continue }
            out.append(" ")
        }
        return .text(out)
    }

    /// Whether a relative link's path, resolved against the file's folder,
    /// climbs out of the content folder (`../../etc/passwd`).
    private func leavesContent(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        guard !lower.hasPrefix("http://"), !lower.hasPrefix("https://"), !lower.hasPrefix("mailto:") else { return false }
        let path = destination.prefix { $0 != "?" && $0 != "#" }
        guard path.contains("..") else { return false }
        do {
            _ = try images.contentPath(of: String(path))
            return false
        } catch {
            return true
        }
    }
}

/// A `{{ name }}` or `[@kind:id]` in a text run.
struct InlineToken {
    enum Kind: Equatable {
        case value(String)
        case reference(kind: String, id: String)
    }

    let range: Range<Substring.Index>
    let kind: Kind

    /// The first token in `text`; references only when `references` is true.
    static func next(in text: Substring, references: Bool) -> InlineToken? {
        var value: InlineToken?
        if let open = text.range(of: "{{"), let close = text[open.upperBound...].range(of: "}}") {
            let name = String(text[open.upperBound..<close.lowerBound]).trimmingWhitespace
            value = InlineToken(range: open.lowerBound..<close.upperBound, kind: .value(name))
        }
        guard references, let reference = nextReference(in: text) else { return value }
        guard let value else { return reference }
        return reference.range.lowerBound < value.range.lowerBound ? reference : value
    }

    /// `[@kind:id]`: kind ASCII letters, id letters, digits, `-` and `_`.
    private static func nextReference(in text: Substring) -> InlineToken? {
        var rest = text
        while let open = rest.range(of: "[@") {
            let after = rest[open.upperBound...]
            let kind = after.prefix { $0.isASCII && $0.isLetter }
            let tail = after[kind.endIndex...]
            if !kind.isEmpty, tail.first == ":" {
                let idPart = tail.dropFirst()
                let id = idPart.prefix(while: BlockSpec.isIDCharacter)
                if !id.isEmpty, id.endIndex < text.endIndex, text[id.endIndex] == "]" {
                    return InlineToken(range: open.lowerBound..<text.index(after: id.endIndex),
                                       kind: .reference(kind: String(kind), id: String(id)))
                }
            }
            rest = rest[open.upperBound...]
        }
        return nil
    }
}

extension Character {
    /// CJK ideographs and full-width punctuation: no space between them at a line join.
    var isWide: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x2FA1F: return true
        default: return false
        }
    }
}
