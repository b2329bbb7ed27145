@preconcurrency import CCairo

/// Justification for Chinese text with Latin words in it.
///
/// Pango 1.50's own justification spreads a line's spare space between every
/// pair of clusters, letters of Latin words and digits of numbers included
/// ("B I M", "2 0 2 5"). Here the spare space goes only into the gaps next to
/// a CJK character or after a space, never inside a Latin word or number,
/// never after an opening or before a closing bracket or comma. The glyph
/// advances of the already broken lines are widened in place, exactly what
/// Pango does internally, so line breaks and line heights do not change.
enum CJKJustifier {
    /// Justifies every line of `layout` that does not end a paragraph or a
    /// forced line break. A line whose gaps would each have to grow by more
    /// than `maximumGap` (a long unbreakable word pushed to the next line)
    /// stays ragged rather than visibly gappy. All lengths in Pango units.
    static func justify(_ layout: OpaquePointer, width: Int32, indent: Int32, maximumGap: Int32) {
        guard let text = pango_layout_get_text(layout) else { return }
        var node = pango_layout_get_lines_readonly(layout)
        while let current = node {
            defer { node = current.pointee.next }
            guard let next = current.pointee.next,
                  let line = current.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self),
                  let following = next.pointee.data?.assumingMemoryBound(to: PangoLayoutLine.self),
                  following.pointee.is_paragraph_start == 0,
                  !endsWithLineSeparator(line, text: text) else { continue }
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            let available = width - (line.pointee.is_paragraph_start != 0 ? indent : 0)
            spread(available - logical.width, over: line, text: text, maximumGap: maximumGap)
        }
    }

    private struct Cluster {
        var glyphs: UnsafeMutablePointer<PangoGlyphString>
        var lastGlyph: Int
        var first: Unicode.Scalar
        var last: Unicode.Scalar
    }

    private static func spread(_ spare: Int32, over line: UnsafeMutablePointer<PangoLayoutLine>,
                               text: UnsafePointer<CChar>, maximumGap: Int32) {
        guard spare > 0 else { return }
        var clusters = self.clusters(of: line, text: text)
        while let last = clusters.last, last.last.properties.isWhitespace { clusters.removeLast() }
        guard clusters.count > 1 else { return }
        var gaps: [Int] = []
        for index in 0..<(clusters.count - 1) where expandable(clusters[index], clusters[index + 1]) {
            gaps.append(index)
        }
        guard !gaps.isEmpty else { return }
        let each = spare / Int32(gaps.count)
        guard each <= maximumGap else { return }
        let remainder = Int(spare % Int32(gaps.count))
        for (order, index) in gaps.enumerated() {
            let cluster = clusters[index]
            let extra = each + (order < remainder ? 1 : 0)
            cluster.glyphs.pointee.glyphs[cluster.lastGlyph].geometry.width += extra
        }
    }

    private static func clusters(of line: UnsafeMutablePointer<PangoLayoutLine>,
                                 text: UnsafePointer<CChar>) -> [Cluster] {
        var result: [Cluster] = []
        var run = line.pointee.runs
        while let node = run {
            run = node.pointee.next
            guard let item = node.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
                  let glyphs = item.pointee.glyphs else { continue }
            var iter = PangoGlyphItemIter()
            var more = pango_glyph_item_iter_init_start(&iter, item, text) != 0
            while more {
                // Right-to-left clusters run backwards; Chinese reports have none, leave them be.
                if iter.start_glyph < iter.end_glyph, iter.start_index < iter.end_index {
                    let bytes = UnsafeRawPointer(text + Int(iter.start_index))
                        .assumingMemoryBound(to: UInt8.self)
                    let string = String(decoding: UnsafeBufferPointer(start: bytes,
                                                                      count: Int(iter.end_index - iter.start_index)),
                                        as: UTF8.self)
                    if let first = string.unicodeScalars.first, let last = string.unicodeScalars.last {
                        result.append(Cluster(glyphs: glyphs, lastGlyph: Int(iter.end_glyph) - 1,
                                              first: first, last: last))
                    }
                }
                more = pango_glyph_item_iter_next_cluster(&iter) != 0
            }
        }
        return result
    }

    private static func expandable(_ left: Cluster, _ right: Cluster) -> Bool {
        if opening.contains(left.last) || closing.contains(right.first) { return false }
        return isCJK(left.last) || isCJK(right.first) || left.last.properties.isWhitespace
    }

    private static func endsWithLineSeparator(_ line: UnsafeMutablePointer<PangoLayoutLine>,
                                              text: UnsafePointer<CChar>) -> Bool {
        // U+2028 is E2 80 A8 in UTF-8.
        let end = Int(line.pointee.start_index + line.pointee.length)
        guard line.pointee.length >= 3 else { return false }
        let bytes = UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self)
        return bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0xA8
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    private static let opening = Set("（《〈「『【〔〖“‘([".unicodeScalars)
    private static let closing = Set("，。、；：？！）》〉」』】〕〗”’…—),.;:?!]".unicodeScalars)
}
