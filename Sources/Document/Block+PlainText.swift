extension Array where Element == Block {
    /// All the text of these blocks, one block per line (for scans and search).
    public var plainText: String {
        map { block -> String in
            switch block {
            case .heading(let h): return h.content.plainText
            case .paragraph(let p): return p.plainText
            case .list(let list): return list.items.map(\.plainText).joined(separator: "\n")
            case .quote(let blocks), .note(let blocks): return blocks.plainText
            case .code(_, let text): return text
            case .table(let t):
                return ([t.caption] + t.header + t.rows.flatMap { $0 }).map(\.plainText).joined(separator: "\n")
            case .figure(let f): return f.caption
            case .image(let image): return image.alt + "\n" + (image.caption?.plainText ?? "")
            case .thematicBreak: return ""
            }
        }.joined(separator: "\n")
    }
}
