@preconcurrency import CCMark

/// A parsed cmark-gfm tree with the GFM extensions (table, strikethrough,
/// autolink, tasklist). Owns the root node; the only place cmark is called.
final class MarkdownTree {
    let root: OpaquePointer

    init(markdown: String) {
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        if bytes.isEmpty { cmark_parser_feed(parser, "", 0) }
        root = cmark_parser_finish(parser)
    }

    deinit { cmark_node_free(root) }
}

/// A borrowed view of one cmark node, valid while its ``MarkdownTree`` lives.
struct MarkdownNode {
    let pointer: OpaquePointer

    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, paragraph, heading, thematicBreak
        case table, tableRow, tableCell
        case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, link, image, strikethrough
        case other
    }

    var kind: Kind {
        let type = cmark_node_get_type(pointer)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST: return .list
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_HTML_INLINE: return .htmlInline
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link
        case CMARK_NODE_IMAGE: return .image
        default: break
        }
        // Extension types are runtime globals, not constants: compare by value.
        if type == CMARK_NODE_TABLE { return .table }
        if type == CMARK_NODE_TABLE_ROW { return .tableRow }
        if type == CMARK_NODE_TABLE_CELL { return .tableCell }
        if type == CMARK_NODE_STRIKETHROUGH { return .strikethrough }
        return .other
    }

    var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let node = child {
            result.append(MarkdownNode(pointer: node))
            child = cmark_node_next(node)
        }
        return result
    }

    var literal: String { cmark_node_get_literal(pointer).map { String(cString: $0) } ?? "" }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var url: String { cmark_node_get_url(pointer).map { String(cString: $0) } ?? "" }
    /// A link's or image's title (`![alt](path "title")`).
    var title: String { cmark_node_get_title(pointer).map { String(cString: $0) } ?? "" }
    var fenceInfo: String { cmark_node_get_fence_info(pointer).map { String(cString: $0) } ?? "" }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var isHeaderRow: Bool { cmark_gfm_extensions_get_table_row_is_header(pointer) != 0 }

    /// Column alignments of a table node.
    var tableAlignments: [Table.Alignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(pointer))
        guard let raw = cmark_gfm_extensions_get_table_alignments(pointer) else {
            return Array(repeating: .left, count: count)
        }
        return (0..<count).map { index in
            switch UInt8(raw[index]) {
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .left
            }
        }
    }
}
