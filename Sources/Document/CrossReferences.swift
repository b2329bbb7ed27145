import Model

/// A numbered figure or table that `[@fig:id]` / `[@tab:id]` can point at.
struct ReferenceTarget {
    enum Kind: String {
        case figure = "fig"
        case table = "tab"

        /// "图" / "表", as in messages.
        var noun: String { self == .figure ? "图" : "表" }
    }

    var kind: Kind
    var id: String
    /// "图 2-1".
    var number: String
    /// "fig-2-1".
    var anchor: String
    /// The chapter holding it: its slug for links, its source for messages.
    var slug: String
    var file: String
    /// Line of the block's `id:`.
    var line: Int
    /// The block had an error (already reported): references to it stay text without a second error.
    var isBroken = false

    /// "fig:coverage": ids are unique per kind within a publication.
    var key: String { "\(kind.rawValue):\(id)" }
}

/// A `[@kind:id]` found in a chapter's text, kept as a placeholder link
/// until every chapter of the publication is numbered.
struct PendingReference {
    var kind: ReferenceTarget.Kind
    var id: String
    var line: Int

    var key: String { "\(kind.rawValue):\(id)" }
    /// As written: "[@fig:coverage]".
    var written: String { "[@\(key)]" }
}

/// A chapter as converted, with what its references need.
struct ConvertedChapter {
    var chapter: Chapter
    var targets: [ReferenceTarget]
    var references: [PendingReference]
}

/// Numbers first, references second: figures and tables are numbered per
/// chapter while converting; references are resolved once all targets of
/// the publication are known, into links reading "图 2-1".
enum CrossReferences {
    /// Destination of a placeholder link; never reaches a renderer.
    private static let placeholder = "\u{1}ref:"

    static func placeholderLink(_ index: Int, written: String) -> Inline {
        .link(destination: placeholder + String(index), content: [.text(written)])
    }

    /// Targets by key; a repeated id is an error at the second place naming the first.
    static func index(_ targets: [ReferenceTarget], diagnostics: inout Diagnostics) -> [String: ReferenceTarget] {
        var index: [String: ReferenceTarget] = [:]
        for target in targets {
            if let first = index[target.key] {
                diagnostics.append(.error(
                    "\(target.kind.noun)的标识「\(target.id)」重复：已用于 \(first.file):\(first.line)\(first.isBroken ? "" : "（\(first.number)）")",
                    file: target.file, line: target.line, value: "id: \(target.id)",
                    hint: "同一出版物中每个\(target.kind.noun)的标识必须不同，请改用另一个标识"))
            } else {
                index[target.key] = target
            }
        }
        return index
    }

    /// The chapter with its placeholders replaced by links (or, for unknown ids, by the text as written).
    static func resolve(_ converted: ConvertedChapter, targets: [String: ReferenceTarget],
                        diagnostics: inout Diagnostics) -> Chapter {
        let chapter = converted.chapter
        let replacements = converted.references.map { reference -> Inline in
            guard let target = targets[reference.key], !target.isBroken else {
                if targets[reference.key] == nil {
                    diagnostics.append(unknown(reference, file: chapter.source, targets: targets))
                }
                return .text(reference.written)
            }
            let destination = target.file == chapter.source ? "#\(target.anchor)" : "\(target.slug).html#\(target.anchor)"
            return .link(destination: destination, content: [.text(target.number)])
        }
        guard !replacements.isEmpty else { return chapter }
        var resolved = chapter
        resolved.blocks = chapter.blocks.map { replace(in: $0, replacements) }
        return resolved
    }

    private static func unknown(_ reference: PendingReference, file: String,
                                targets: [String: ReferenceTarget]) -> Diagnostic {
        let target = Array(reference.key)
        let closest = targets.keys.filter { targets[$0]?.isBroken == false }
            .map { ($0, editDistance(target, Array($0))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(3).map { "[@\($0.0)]" }
        let hint = closest.isEmpty
            ? "先在图表块或表格块中写「id: \(reference.id)」，再用 \(reference.written) 引用"
            : "是否想写：\(closest.joined(separator: "、"))"
        return .error("引用的\(reference.kind.noun)「\(reference.id)」不存在", file: file, line: reference.line,
                      value: reference.written, hint: hint)
    }

    private static func replace(in block: Block, _ replacements: [Inline]) -> Block {
        func inlines(_ content: [Inline]) -> [Inline] { replace(in: content, replacements) }
        func blocks(_ content: [Block]) -> [Block] { content.map { replace(in: $0, replacements) } }
        switch block {
        case .heading(var heading):
            heading.content = inlines(heading.content)
            return .heading(heading)
        case .paragraph(let content): return .paragraph(inlines(content))
        case .list(var list):
            list.items = list.items.map(blocks)
            return .list(list)
        case .quote(let content): return .quote(blocks(content))
        case .note(let content): return .note(blocks(content))
        case .table(var table):
            table.caption = inlines(table.caption)
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            return .table(table)
        case .image(var image):
            image.caption = image.caption.map(inlines)
            return .image(image)
        case .code, .figure, .thematicBreak: return block
        }
    }

    private static func replace(in content: [Inline], _ replacements: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in content {
            let replaced: Inline
            switch inline {
            case .link(let destination, let inner) where destination.hasPrefix(placeholder):
                let index = Int(destination.dropFirst(placeholder.count)) ?? -1
                replaced = replacements.indices.contains(index) ? replacements[index] : .text(inner.plainText)
            case .link(let destination, let inner): replaced = .link(destination: destination, content: replace(in: inner, replacements))
            case .emphasis(let inner): replaced = .emphasis(replace(in: inner, replacements))
            case .strong(let inner): replaced = .strong(replace(in: inner, replacements))
            case .strikethrough(let inner): replaced = .strikethrough(replace(in: inner, replacements))
            default: replaced = inline
            }
            if case .text(let next) = replaced, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(replaced)
            }
        }
        return result
    }
}
