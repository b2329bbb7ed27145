import Charts
import Document
import Model

/// `charts/index.html`: every standard chart drawn from this year's
/// statistics, with its alt text and data — where charts are reviewed.
struct ChartGallery {
    let site: Site

    func files() throws -> [OutputFile] {
        var files: [OutputFile] = []
        var entries: [String] = []
        for (i, name) in ChartSpec.standardNames.enumerated() {
            guard let spec = ChartSpec.standard(name) else { continue }
            let data = FigureData.resolve(spec, statistics: site.statistics)
            let figure = Figure(anchor: name, number: "图 \(i + 1)", data: data)
            let (html, svg) = FigureHTML.render(figure, folder: "")
            files.append(OutputFile(path: "charts/\(FigureHTML.fileName(figure))", bytes: svg))
            entries.append("<section><h2>\(HTMLEscaping.escape(name))</h2>\(html)</section>")
        }
        files.append(try site.page("gallery", path: "charts/index.html", title: "图表库", section: nil,
                                   context: ["body": entries.joined(separator: "\n")]))
        return files
    }
}
