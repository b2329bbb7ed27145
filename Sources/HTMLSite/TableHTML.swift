import Document

/// A document table as an accessible, horizontally scrollable HTML table.
enum TableHTML {
    static func render(_ table: Table, inline: ([Inline]) -> String) -> String {
        func align(_ column: Int) -> String {
            guard column < table.alignments.count else { return "" }
            switch table.alignments[column] {
            case .left: return ""
            case .center: return " class=\"center\""
            case .right: return " class=\"num\""
            }
        }
        var html = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\""
        // The anchor of a numbered table (`tab-2-1`), the target of `[@tab:…]` references.
        if let anchor = table.anchor { html += " id=\"\(HTMLEscaping.escape(anchor))\"" }
        let caption = table.number.map { "\($0) " + table.caption.plainText } ?? table.caption.plainText
        html += caption.isEmpty ? " aria-label=\"表格\">" : " aria-label=\"\(HTMLEscaping.escape(caption))\">"
        html += "<table>"
        if !caption.isEmpty { html += "<caption>\(HTMLEscaping.escape(caption))</caption>" }
        if !table.header.isEmpty {
            html += "<thead><tr>"
            for (i, cell) in table.header.enumerated() { html += "<th scope=\"col\"\(align(i))>\(inline(cell))</th>" }
            html += "</tr></thead>"
        }
        html += "<tbody>"
        for row in table.rows {
            html += "<tr>"
            for (i, cell) in row.enumerated() { html += "<td\(align(i))>\(inline(cell))</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }
}
