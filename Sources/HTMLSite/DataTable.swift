import Model

/// A table of figures built in Swift and handed to a template as finished
/// HTML (faster than Mustache reflection on big tables). Every text is
/// escaped here; links are built here from escaped parts.
struct DataTable {
    struct Column {
        let title: String
        /// Right-aligned, tabular digits.
        var numeric = false
    }

    enum Cell {
        case text(String)
        case link(String, href: String)

        func write(to out: inout HTMLBytes) {
            switch self {
            case .text(let text):
                out.escaped(text)
            case .link(let text, let href):
                out.raw("<a href=\"")
                out.escaped(href)
                out.raw("\">")
                out.escaped(text)
                out.raw("</a>")
            }
        }
    }

    var caption: String
    var columns: [Column]
    var rows: [[Cell]]
    /// The column whose cells name their row (`<th scope="row">`).
    var rowHeader = 0
    /// An `id` per row (parallel to `rows`), for links to a row; empty = none.
    var rowAnchors: [String] = []
    /// A class for the `<table>` (`wide`: keeps a readable width and scrolls on phones).
    var tableClass: String?

    /// The table inside a focusable scroll box, so wide tables scroll on phones
    /// without scrolling the page.
    var html: String {
        var out = HTMLBytes()
        out.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"")
        out.escaped(caption)
        out.raw("\">")
        if let tableClass {
            out.raw("<table class=\"")
            out.raw(tableClass)
            out.raw("\">")
        } else {
            out.raw("<table>")
        }
        out.raw("<caption>")
        out.escaped(caption)
        out.raw("</caption><thead><tr>")
        for column in columns {
            out.raw(column.numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
            out.escaped(column.title)
            out.raw("</th>")
        }
        out.raw("</tr></thead><tbody>")
        for (r, row) in rows.enumerated() {
            if r < rowAnchors.count {
                out.raw("<tr id=\"")
                out.escaped(rowAnchors[r])
                out.raw("\">")
            } else {
                out.raw("<tr>")
            }
            for (i, cell) in row.enumerated() {
                let numeric = i < columns.count && columns[i].numeric
                if i == rowHeader {
                    out.raw(numeric ? "<th scope=\"row\" class=\"num\">" : "<th scope=\"row\">")
                    cell.write(to: &out)
                    out.raw("</th>")
                } else {
                    out.raw(numeric ? "<td class=\"num\">" : "<td>")
                    cell.write(to: &out)
                    out.raw("</td>")
                }
            }
            out.raw("</tr>\n")
        }
        out.raw("</tbody></table></div>")
        return out.text
    }
}

/// Printed forms of figures, shared by every page.
enum Printed {
    static func percent(_ value: Double?) -> String { Formatting.format(value, as: .percent) }
    static func count(_ value: Int?) -> String { Formatting.format(value.map(Double.init), as: .integer) }
    /// Scores on pages and in rankings: two decimals, so near ties stay visible.
    static func score(_ value: Double?) -> String {
        guard let value, value.isFinite else { return Formatting.missing }
        return Formatting.decimal(value, places: 2)
    }
    static func rank(_ value: Int?) -> String { value.map(String.init) ?? Formatting.missing }
    /// A weight or parameter as written in site.yml (`0.3`, `5`), without trailing zeros.
    static func parameter(_ value: Double) -> String {
        var text = Formatting.decimal(value, places: 4)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
