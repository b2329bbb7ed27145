import DataExport
import Document
import Foundation
import HTMLSite
import Model
import PDFBook

extension BuildPipeline {
    /// Starts making the rankings and lists as CSV and XLSX on another core (from the cache while the
    /// data is unchanged); ``makeDataFiles(_:)`` waits for them.
    static func startTableFiles(_ context: inout BuildContext) {
        guard let config = context.config, let statistics = context.statistics, let datasets = context.datasets
        else { return }
        let created = PublicationDate.resolve(config)
        let cache = context.cache, key = "tables \(context.inputsBase)"
        context.tableFiles = BackgroundJob {
            let render = { try DataDownloads.tableFiles(statistics: statistics, datasets: datasets.value, created: created) }
            return try cache?.files(key: key, render: render) ?? render()
        }
    }

    /// stats.json (with data_quality.warnings, the run's total, including warnings found after the
    /// statistics) and the tables started by ``startTableFiles(_:)``.
    static func makeDataFiles(_ context: inout BuildContext) throws {
        guard var statistics = context.statistics, let tables = context.tableFiles else { return }
        statistics.dataQuality.warnings = context.diagnostics.warnings.count
        context.statistics = statistics
        let stats = DataDownloads.statsFile(statistics)
        if let cache = context.cache {
            context.files += cache.files(key: "stats \(context.inputsBase) \(statistics.dataQuality.warnings)") { [stats] }
        } else {
            context.files.append(stats)
        }
        context.files += try tables.value()
    }

    /// The PDFs and the site, all at once: each PDF and each part of the site
    /// is independent of the others, and each comes from the cache while what
    /// it reads is unchanged.
    static func renderBooksAndSite(_ context: inout BuildContext) throws {
        releaseHourlyGrids(&context)
        guard let config = context.config, let statistics = context.statistics, let datasets = context.datasets
        else { return }
        let templates = TemplateSet(directory: context.options.resolvedTemplates, diagnostics: &context.diagnostics)
        if context.diagnostics.hasErrors { return }
        let options = context.options
        let books = pdfBooks(context)
        // The site links every PDF this build makes or the previous output keeps.
        for book in books where options.pdf && (book.render || FileManager.default.fileExists(
            atPath: options.output.appendingPathComponent(book.path).path)) {
            context.pdfPaths[book.kind] = book.path
        }
        var builder = SiteBuilder(config: config, statistics: statistics, source: datasets, templates: templates)
        builder.gallery = context.gallery
        let site = builder
        let publications = context.publications, pages = context.pages, cases = context.cases
        let pdfPaths = context.pdfPaths
        let downloads = context.files.filter { $0.path.hasPrefix("data/") }
        let pdfOptions = PDFOptions(creationDate: PublicationDate.resolve(config), config: config.pdf)

        // The PDFs and the site's parts are independent: they render side by side on all cores, results in
        // a fixed order. Each PDF is one job (a cairo PDF surface holds its whole book until it finishes,
        // so at most one per core at a time), the longest first.
        let inputs = BuildInputs(context, base: context.inputsBase)
        let cache = context.cache
        let order: [PublicationKind] = [.supervision, .cases, .annual]
        let rendered = books.filter { $0.render && options.pdf }
            .sorted { (order.firstIndex(of: $0.kind) ?? 3) < (order.firstIndex(of: $1.kind) ?? 3) }
        let pdfJobs: [@Sendable () throws -> [OutputFile]] = rendered.map { book in
            {
                let render: () throws -> [OutputFile] = { [OutputFile(path: book.path, bytes: try book.make(pdfOptions))] }
                guard let cache else { return try render() }
                return try cache.files(key: inputs.pdfKey(book.kind), render: render)
            }
        }
        // Each publication's pictures, beside its pages (from the cache when its chapters were not converted).
        let documents = context.documents, caseDocument = context.caseDocument
        let pictures: [@Sendable () throws -> [OutputFile]] = publications
            .filter { options.includes(part(of: $0.kind)) }
            .map { publication in
                let document = documents[publication.kind] ?? Lazy(value: publication)
                let render: @Sendable () -> [OutputFile] = { imageFiles(of: [document.value], pages: []) }
                guard let cache else { return render }
                return { cache.files(key: inputs.picturesKey(publication.kind), render: render) }
            }
        var memo: (@Sendable (SitePart) throws -> [OutputFile])?
        if let cache {
            memo = { part in try cache.files(key: inputs.key(of: part)) { try part.render() } }
        }
        let siteMemo = memo
        do {
            // The case collection's pages and downscaled pictures come with the site (never the originals).
            context.files += try site.build(
                publications: publications, documents: documents, pages: pages, pdfs: pdfPaths, downloads: downloads,
                cases: cases, caseDocument: caseDocument, parallel: options.parallel,
                render: { kind in options.includes(part(of: kind)) }, alongside: pdfJobs + pictures, memo: siteMemo)
            context.files += imageFiles(of: [], pages: pages)
        } catch let error as DiagnosticsError {
            // A case picture that cannot be decoded or encoded: reported with the run's other problems.
            context.diagnostics.append(contentsOf: error.diagnostics)
        }
    }

    /// A PDF this build may make: where it goes, whether `--only` asks for
    /// it, and how to render it.
    struct PDFBookJob: Sendable {
        let kind: PublicationKind
        let path: String
        let render: Bool
        let make: @Sendable (PDFOptions) throws -> [UInt8]
    }

    static func pdfBooks(_ context: BuildContext) -> [PDFBookJob] {
        var books = context.publications.map { publication in
            let document = context.documents[publication.kind] ?? Lazy(value: publication)
            return PDFBookJob(kind: publication.kind, path: pdfPath(of: publication),
                              render: context.options.includes(part(of: publication.kind))) {
                try PDFBookRenderer.render(document.value, options: $0)
            }
        }
        if let cases = context.cases {
            let document = context.caseDocument ?? Lazy(value: cases)
            books.append(PDFBookJob(kind: .cases, path: "cases/\(cases.year)/cases-\(cases.year).pdf",
                                    render: context.options.includes(.cases)) {
                try PDFBookRenderer.render(document.value, options: $0)
            })
        }
        return books
    }

}
