import Model
import Statistics

/// Walks cmark's tree and builds blocks, numbering figures and collecting
/// diagnostics with the chapter file's line numbers.
struct BlockConverter {
    let file: String
    let chapterNumber: Int
    let statistics: ProvinceStatistics
    let values: ValueTable
    var diagnostics = Diagnostics()
    private var figureCount = 0
    private var headingCount = 0

    init(file: String, chapterNumber: Int, statistics: ProvinceStatistics, values: ValueTable) {
        self.file = file
        self.chapterNumber = chapterNumber
        self.statistics = statistics
        self.values = values
    }

    mutating func blocks(of node: MarkdownNode) -> [Block] {
        node.children.compactMap { block($0) }
    }

    private mutating func block(_ node: MarkdownNode) -> Block? {
        switch node.kind {
        case .paragraph:
            return .paragraph(inlines(of: node))
        case .heading:
            headingCount += 1
            return .heading(Heading(level: node.headingLevel, content: inlines(of: node), anchor: "sec-\(headingCount)"))
        case .list:
            let items = node.children.map { blocks(of: $0) }
            return .list(ListBlock(ordered: node.isOrderedList, start: node.listStart, items: items))
        case .blockQuote:
            let inner = blocks(of: node)
            if case .paragraph(let first)? = inner.first, startsAsNote(first) { return .note(inner) }
            return .quote(inner)
        case .codeBlock:
            return codeBlock(node)
        case .htmlBlock:
            // Raw HTML is shown as text, never passed through.
            return .code(language: "html", text: node.literal)
        case .thematicBreak:
            return .thematicBreak
        case .table:
            return .table(table(node))
        default:
            return nil
        }
    }

    private func startsAsNote(_ inlines: [Inline]) -> Bool {
        let text = inlines.plainText
        return text.hasPrefix("注：") || text.hasPrefix("注:") || text.hasPrefix("Note:")
    }

    private mutating func codeBlock(_ node: MarkdownNode) -> Block {
        let info = node.fenceInfo.trimmingWhitespace
        guard info == "chart" else {
            return .code(language: info.isEmpty ? nil : info, text: node.literal)
        }
        do {
            let spec = try ChartBlock.spec(from: node.literal)
            figureCount += 1
            let number = "\(chapterNumber)-\(figureCount)"
            return .figure(Figure(anchor: "fig-\(number)", number: "图 \(number)",
                                  data: FigureData.resolve(spec, statistics: statistics)))
        } catch {
            diagnostics.append(.error(error.message, file: file, line: node.startLine + 1,
                                      value: node.literal.trimmingWhitespace, hint: error.hint))
            return .code(language: "chart", text: node.literal)
        }
    }

    private mutating func table(_ node: MarkdownNode) -> Table {
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in node.children where row.kind == .tableRow {
            let cells = row.children.map { inlines(of: $0) }
            if row.isHeaderRow { header = cells } else { rows.append(cells) }
        }
        return Table(alignments: node.tableAlignments, header: header, rows: rows)
    }

    // MARK: Inlines

    /// Marks a soft line break until neighbouring text decides between "" (CJK) and " ".
    private static let softBreak = "\u{1}"

    private mutating func inlines(of node: MarkdownNode) -> [Inline] {
        var line = node.startLine
        return resolve(merged(rawInlines(of: node)), line: &line)
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
                if LinkPolicy.isAllowed(child.url) {
                    result.append(.link(destination: child.url, content: content))
                } else {
                    diagnostics.append(.warning(
                        "链接地址不被允许，只显示文字", file: file, line: child.startLine, value: child.url,
                        hint: "链接只能是 http(s)://、mailto: 或站内相对路径"))
                    result.append(contentsOf: content)
                }
            case .image:
                diagnostics.append(.warning("章节中的图片暂不支持，只显示说明文字", file: file,
                                            line: child.startLine, value: child.url))
                result.append(contentsOf: merged(rawInlines(of: child)))
            default:
                result.append(contentsOf: rawInlines(of: child))
            }
        }
        return result
    }

    /// Joins adjacent text runs so `{{ … }}` split by cmark is found whole.
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

    /// Replaces soft breaks and `{{ name }}` in text runs; `line` follows the line breaks.
    private mutating func resolve(_ inlines: [Inline], line: inout Int) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text): result.append(contentsOf: resolveText(text, line: &line))
            case .emphasis(let c): result.append(.emphasis(resolve(c, line: &line)))
            case .strong(let c): result.append(.strong(resolve(c, line: &line)))
            case .strikethrough(let c): result.append(.strikethrough(resolve(c, line: &line)))
            case .link(let d, let c): result.append(.link(destination: d, content: resolve(c, line: &line)))
            case .lineBreak:
                line += 1
                result.append(inline)
            default: result.append(inline)
            }
        }
        return result
    }

    private mutating func resolveText(_ text: String, line: inout Int) -> [Inline] {
        let softBreak = Character(Self.softBreak)
        var result: [Inline] = []
        var plain = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let before = rest[..<open.lowerBound]
            line += before.count { $0 == softBreak }
            plain += before
            let name = String(rest[open.upperBound..<close.lowerBound]).trimmingWhitespace
            if !plain.isEmpty { result.append(.text(plain)) }
            plain = ""
            if let value = values[name] {
                result.append(.value(name: name, text: value.formatted))
            } else {
                let suggestions = values.suggestions(for: name)
                diagnostics.append(.error(
                    "未知的数据名称「\(name)」", file: file, line: line, value: "{{ \(name) }}",
                    hint: suggestions.isEmpty ? nil : "是否想写：\(suggestions.joined(separator: "、"))"))
                result.append(.text("{{ \(name) }}"))
            }
            rest = rest[close.upperBound...]
        }
        line += rest.count { $0 == softBreak }
        plain += rest
        if !plain.isEmpty { result.append(.text(plain)) }
        return result.map(joinSoftBreaks)
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
