import Charts
import Document
import Model
import Statistics

/// Assembles the public site: portal, publications with their chapters and
/// figures, region pages, rankings, lists, downloads, methodology, content
/// pages, search, 404 and sitemap. Returns files; writing them is Build's job.
public struct SiteBuilder: Sendable {
    public let config: SiteConfig
    public let statistics: ProvinceStatistics
    /// The datasets the statistics came from: the lists take project names,
    /// contractors and providers from here (the model holds no personal data).
    public var datasets: Datasets { source.value }
    /// The datasets, read when a part that needs them renders.
    public let source: Lazy<Datasets>
    public let templates: TemplateSet
    /// The standard charts of the gallery, when the caller resolved them already (so it can let
    /// go of the hourly dust grids before rendering); nil resolves them from `datasets`.
    public var gallery: [ChartData]?

    public init(config: SiteConfig, statistics: ProvinceStatistics, datasets: Datasets, templates: TemplateSet) {
        self.init(config: config, statistics: statistics, source: Lazy(value: datasets), templates: templates)
    }

    /// A builder that reads the datasets only if a part it renders needs them.
    public init(config: SiteConfig, statistics: ProvinceStatistics, source: Lazy<Datasets>, templates: TemplateSet) {
        self.config = config
        self.statistics = statistics
        self.source = source
        self.templates = templates
    }

    /// Every page and asset of the site.
    ///
    /// - Parameters:
    ///   - publications: the publications of the year; the portal and the nav link each of them.
    ///   - documents: the publications whole, when `publications` holds only their titles (a build that
    ///     takes unchanged publications from its cache converts one only if its pages are rendered).
    ///   - pages: chapters built from `content/pages/*.md`, written as `SLUG.html` and linked in the footer.
    ///   - pdfs: each publication's PDF path, when there is one.
    ///   - downloads: the files this build writes under `data/` (stats.json, CSV, XLSX): the data page
    ///     lists them with their sizes, and rankings and lists link only to those that exist.
    ///   - cases: the case collection, when there is one: its pages under `cases/YEAR/` with their
    ///     downscaled pictures, linked from the nav, the portal and the search. Its PDF is `pdfs[.cases]`.
    ///   - caseDocument: the collection whole, when `cases` holds only its titles, places and tags.
    ///   - parallel: render the groups of pages on all cores (the result is the same either way).
    ///   - alongside: the caller's own long jobs (the PDFs), run on the same cores as the site's parts,
    ///     interleaved with the longest parts at the start, so that no core is left with a long job alone
    ///     while the other idles. Their files come first in the result, in the order given.
    ///   - memo: called for each part of the site instead of rendering it, so a cache can hand back
    ///     what an earlier build rendered (``SitePart/reads`` says what the part depends on).
    ///   - render: which publications get their chapter pages built (`--only`); the rest of the site is always
    ///     built. `.cases` decides for the case collection.
    /// - Throws: `DiagnosticsError` when a case picture cannot be decoded or encoded (each named
    ///   with its case file), or an error when a template is missing.
    public func build(publications: [Publication], documents: [PublicationKind: Lazy<Publication>] = [:],
                      pages: [Chapter] = [], pdfs: [PublicationKind: String],
                      downloads: [OutputFile] = [], cases: CaseCollection? = nil,
                      caseDocument: Lazy<CaseCollection>? = nil, parallel: Bool = true,
                      render: (PublicationKind) -> Bool = { _ in true },
                      alongside: [@Sendable () throws -> [OutputFile]] = [],
                      memo: (@Sendable (SitePart) throws -> [OutputFile])? = nil) throws -> [OutputFile] {
        let order: [PublicationKind] = [.annual, .supervision, .cases]
        let ordered = publications.sorted {
            (order.firstIndex(of: $0.kind) ?? 3) < (order.firstIndex(of: $1.kind) ?? 3)
        }
        var sizes: [String: Int] = [:]
        for file in downloads where file.path.hasPrefix("data/") { sizes[file.path] = file.bytes.count }
        let source = source, year = config.year
        let site = Site(config: config, statistics: statistics, templates: templates,
                        directory: Lazy { ProjectDirectory(source.value, year: year) }, publications: ordered,
                        pdfs: pdfs, pages: pages, downloads: sizes, source: source, cases: cases, gallery: gallery)

        // Every group of pages is independent of the others: render them on all cores, keep the order.
        // Each says what it reads beyond the data, config and templates, so a build cache can reuse it.
        // The portal shows titles and counts (the structure); the search indexes titles, and the cases' text.
        var parts: [SitePart] = [SitePart(name: "portal", reads: []) { [try PortalPage(site: site).file()] }]
        for publication in ordered where render(publication.kind) {
            parts.append(SitePart(name: "publication-\(publication.kind.rawValue)", reads: [.publication(publication.kind)]) {
                try PublicationPages(site: site, publication: documents[publication.kind]?.value ?? publication).files()
            })
        }
        if let cases, render(.cases) {
            parts.append(SitePart(name: "cases", reads: [.cases]) {
                try CasePages(site: site.with(caseDocument), collection: caseDocument?.value ?? cases).files()
            })
        }
        parts += [
            SitePart(name: "regions", reads: []) { try RegionPages(site: site).files() },
            SitePart(name: "rankings", reads: []) { try RankingPages(site: site).files() },
            SitePart(name: "lists", reads: []) { try ListPages(site: site).files() },
            SitePart(name: "data-methodology", reads: []) {
                [try DataPage(site: site).file(), try MethodologyPage(site: site).file()]
            },
            SitePart(name: "pages", reads: [.pages]) { try ContentPages(site: site).files() },
            SitePart(name: "charts", reads: []) { try ChartGallery(site: site).files() },
            SitePart(name: "search", reads: [.cases]) { try SearchPage(site: site.with(caseDocument)).files() },
            SitePart(name: "404", reads: []) { [try ContentPages(site: site).notFound()] },
        ]
        let jobs = alongside + parts.map { part in { try memo?(part) ?? part.render() } }
        // The longest jobs start first (on a province-sized site: the PDFs, the cases' pictures, the search
        // index and the region pages), so that none of them starts last and runs alone at the end.
        let longest = ["cases", "search", "regions"].compactMap { name in parts.firstIndex { $0.name == name } }
            .map { alongside.count + $0 }
        var first: [Int] = []
        for index in 0..<max(alongside.count, longest.count) {
            if index < alongside.count { first.append(index) }
            if index < longest.count { first.append(longest[index]) }
        }
        let results = try Concurrently.map(jobs, parallel: parallel, startFirst: first)
        var files = results.prefix(alongside.count).flatMap { $0 } + templates.assets
        let pageFiles = results.dropFirst(alongside.count).flatMap { $0 }
        files += pageFiles
        // Publications not rendered this run (--only) keep their pages from the previous output.
        var paths = pageFiles.map(\.path) + ordered.flatMap(PublicationPages.paths)
        if let cases, !render(.cases) { paths += CasePages.paths(of: cases) }
        if let sitemap = Sitemap.file(baseURL: config.baseURL, pages: paths) { files.append(sitemap) }
        return files
    }
}

/// A page asked for a template that `templates/` does not have.
public struct TemplateMissing: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "templates/\(name).mustache 不存在" }
}
