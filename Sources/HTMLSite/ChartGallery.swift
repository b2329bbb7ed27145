import Charts
import Document
import Model

/// `charts/index.html`: every standard chart drawn from this year's
/// statistics, with its alt text and data — where charts are reviewed.
struct ChartGallery {
    let builder: SiteBuilder

    func files() throws -> [OutputFile] {
        var files: [OutputFile] = []
        var entries: [String] = []
        for (i, name) in ChartSpec.standardNames.enumerated() {
            guard let spec = ChartSpec.standard(name) else { continue }
            let data = FigureData.resolve(spec, statistics: builder.statistics)
            let figure = Figure(anchor: name, number: "图 \(i + 1)", data: data)
            let (html, svg) = FigureHTML.render(figure, folder: "")
            files.append(OutputFile(path: "charts/\(FigureHTML.fileName(figure))", bytes: svg))
            entries.append("<section><h2>\(HTMLEscaping.escape(name))</h2>\(html)</section>")
        }
        files.append(try builder.page("gallery", path: "charts/index.html", context: [
            "pageTitle": "图表库", "body": entries.joined(separator: "\n"),
        ]))
        return files
    }
}
