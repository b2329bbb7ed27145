import Charts
import Document
import Model

/// A figure on a page: the chart's SVG with generated alt text, its
/// numbered caption, and the numbers behind it as a table.
enum FigureHTML {
    static let width = 720.0
    static let height = 440.0

    static func fileName(_ figure: Figure) -> String { "\(figure.anchor).svg" }

    /// The figure's HTML and its SVG file, from one layout (so the size attributes match the file).
    static func render(_ figure: Figure, folder: String) -> (html: String, svg: [UInt8]) {
        let layout = ChartLayoutEngine.layout(figure.data, width: width, height: height)
        let data = figure.data
        let alt = ChartDescription.altText(data)
        // The data table sits beside the figure: a figcaption must be the figure's first or last child.
        var html = "<div class=\"chart-block\" id=\"\(figure.anchor)\"><figure class=\"chart\">"
        html += "<img src=\"\(folder)\(fileName(figure))\" alt=\"\(HTMLEscaping.escape(alt))\" "
        html += "width=\"\(Int(layout.width.rounded()))\" height=\"\(Int(layout.height.rounded()))\" loading=\"lazy\">"
        html += "<figcaption>\(HTMLEscaping.escape(figure.caption))</figcaption></figure>"
        html += "<details><summary>查看图表数据</summary>"
        html += "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLEscaping.escape(figure.caption))数据\">"
        html += "<table><caption>\(HTMLEscaping.escape(figure.caption))数据</caption>"
        let table = data.dataTable()
        html += "<thead><tr>"
        for (i, title) in table.header.enumerated() {
            html += "<th scope=\"col\"\(i == 0 ? "" : " class=\"num\"")>\(HTMLEscaping.escape(title))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>"
            for (i, cell) in row.enumerated() {
                html += i == 0 ? "<th scope=\"row\">\(HTMLEscaping.escape(cell))</th>"
                    : "<td class=\"num\">\(HTMLEscaping.escape(cell))</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table></div>"
        html += "<p class=\"source\">\(HTMLEscaping.escape(data.spec.source))</p></details></div>"
        return (html, ChartRenderer.svg(layout))
    }
}
