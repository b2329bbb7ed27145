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

        var html: String {
            switch self {
            case .text(let text): return HTMLEscaping.escape(text)
            case .link(let text, let href):
                return "<a href=\"\(HTMLEscaping.escape(href))\">\(HTMLEscaping.escape(text))</a>"
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
        var out = "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLEscaping.escape(caption))\">"
        out += tableClass.map { "<table class=\"\($0)\">" } ?? "<table>"
        out += "<caption>\(HTMLEscaping.escape(caption))</caption><thead><tr>"
        for column in columns {
            out += "<th scope=\"col\"\(column.numeric ? " class=\"num\"" : "")>\(HTMLEscaping.escape(column.title))</th>"
        }
        out += "</tr></thead><tbody>"
        for (r, row) in rows.enumerated() {
            out += r < rowAnchors.count ? "<tr id=\"\(HTMLEscaping.escape(rowAnchors[r]))\">" : "<tr>"
            for (i, cell) in row.enumerated() {
                let numeric = i < columns.count && columns[i].numeric ? " class=\"num\"" : ""
                out += i == rowHeader ? "<th scope=\"row\"\(numeric)>\(cell.html)</th>" : "<td\(numeric)>\(cell.html)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table></div>"
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
