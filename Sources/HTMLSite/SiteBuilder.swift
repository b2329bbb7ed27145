import Charts
import Document
import Model
import Statistics

/// Assembles the public site: portal, publications with their chapters and
/// figures, region pages, rankings, lists, downloads, methodology, content
/// pages, search, 404 and sitemap. Returns files; writing them is Build's job.
public struct SiteBuilder {
    public let config: SiteConfig
    public let statistics: ProvinceStatistics
    /// The datasets the statistics came from: the lists take project names,
    /// contractors and providers from here (the model holds no personal data).
    public let datasets: Datasets
    public let templates: TemplateSet

    public init(config: SiteConfig, statistics: ProvinceStatistics, datasets: Datasets, templates: TemplateSet) {
        self.config = config
        self.statistics = statistics
        self.datasets = datasets
        self.templates = templates
    }

    /// Every page and asset of the site.
    ///
    /// - Parameters:
    ///   - publications: the publications of the year; the portal and the nav link each of them.
    ///   - pages: chapters built from `content/pages/*.md`, written as `SLUG.html` and linked in the footer.
    ///   - pdfs: each publication's PDF path, when there is one.
    ///   - downloads: the files this build writes under `data/` (stats.json, CSV, XLSX): the data page
    ///     lists them with their sizes, and rankings and lists link only to those that exist.
    ///   - cases: the case collection, when there is one: its pages under `cases/YEAR/` with their
    ///     downscaled pictures, linked from the nav, the portal and the search. Its PDF is `pdfs[.cases]`.
    ///   - render: which publications get their chapter pages built (`--only`); the rest of the site is always
    ///     built. `.cases` decides for the case collection.
    /// - Throws: `DiagnosticsError` when a case picture cannot be decoded or encoded (each named
    ///   with its case file), or an error when a template is missing.
    public func build(publications: [Publication], pages: [Chapter] = [], pdfs: [PublicationKind: String],
                      downloads: [OutputFile] = [], cases: CaseCollection? = nil,
                      render: (PublicationKind) -> Bool = { _ in true }) throws -> [OutputFile] {
        let order: [PublicationKind] = [.annual, .supervision, .cases]
        let ordered = publications.sorted {
            (order.firstIndex(of: $0.kind) ?? 3) < (order.firstIndex(of: $1.kind) ?? 3)
        }
        var sizes: [String: Int] = [:]
        for file in downloads where file.path.hasPrefix("data/") { sizes[file.path] = file.bytes.count }
        let site = Site(config: config, statistics: statistics, templates: templates,
                        projects: ProjectDirectory(datasets, year: config.year), publications: ordered, pdfs: pdfs,
                        pages: pages, downloads: sizes, datasets: datasets, cases: cases)

        var files = templates.assets
        files.append(try PortalPage(site: site).file())
        for publication in ordered where render(publication.kind) {
            files += try PublicationPages(site: site, publication: publication).files()
        }
        if let cases, render(.cases) { files += try CasePages(site: site, collection: cases).files() }
        files += try RegionPages(site: site).files()
        files += try RankingPages(site: site).files()
        files += try ListPages(site: site).files()
        files.append(try DataPage(site: site).file())
        files.append(try MethodologyPage(site: site).file())
        files += try ContentPages(site: site).files()
        files += try ChartGallery(site: site).files()
        files += try SearchPage(site: site).files()
        files.append(try ContentPages(site: site).notFound())
        // Publications not rendered this run (--only) keep their pages from the previous output.
        var paths = files.map(\.path) + ordered.flatMap(PublicationPages.paths)
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
