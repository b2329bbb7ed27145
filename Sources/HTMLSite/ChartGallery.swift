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
        let charts = site.gallery
            ?? FigureData.galleryData(statistics: site.statistics, datasets: site.datasets, dust: site.config.dust)
        for (i, (name, data)) in zip(ChartSpec.standardNames, charts).enumerated() {
            let figure = Figure(anchor: name, number: "图 \(i + 1)", data: data)
            let (html, svg) = FigureHTML.render(figure, folder: "")
            files.append(OutputFile(path: "charts/\(FigureHTML.fileName(figure))", bytes: svg))
            let heading = "\(data.spec.title)（\(name)，\(data.spec.kind.rawValue)）"
            entries.append("<section><h2>\(HTMLEscaping.escape(heading))</h2>\(html)</section>")
        }
        files.append(try site.page("gallery", path: "charts/index.html", title: "图表库", section: nil,
                                   context: ["body": entries.joined(separator: "\n")]))
        return files
    }
}
