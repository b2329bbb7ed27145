import Document
import Model

/// The case collection on the site, all under `cases/YEAR/`: the collection
/// page, a listing page per city, category and tag, a page per case, the
/// pictures downscaled for the web and the figures of the case bodies.
struct CasePages {
    let site: Site
    let collection: CaseCollection
    let paths: CasePaths
    let pictures: CasePictures

    /// Makes the web pictures of every case; fails with a `DiagnosticsError`
    /// naming each case file and picture that could not be decoded or encoded.
    init(site: Site, collection: CaseCollection) throws {
        self.site = site
        self.collection = collection
        paths = CasePaths(collection)
        pictures = CasePictures(collection)
        if pictures.diagnostics.hasErrors { throw DiagnosticsError(pictures.diagnostics) }
    }

    /// Site-root-relative paths of every page of the collection (also when not rendered this run).
    static func paths(of collection: CaseCollection) -> [String] {
        let paths = CasePaths(collection)
        var pages = [paths.index] + collection.cases.map { paths.folder + paths.casePage($0) }
        pages += collection.byCity.map { paths.folder + paths.cityPage($0.city.cityCode) }
        pages += collection.byCategory.map { paths.folder + paths.categoryPage($0.category) }
        pages += collection.byTag.map { paths.folder + paths.tagPage($0.tag) }
        return pages
    }

    /// The pages, figures and pictures of the collection.
    func files() throws -> [OutputFile] {
        var files: [OutputFile] = []
        files += try collectionPage()
        files += try listingPages()
        for index in collection.cases.indices { files += try casePage(index) }
        files += pictures.files(folder: paths.folder + "images/")
        return files
    }

    /// The trail from the portal to the collection page, for the breadcrumbs of the pages below it.
    var trail: [(title: String, path: String)] { [(collection.title, paths.index)] }

    /// The collection's PDF relative to a page in `cases/YEAR/`, when the build made one.
    var pdfHref: String? {
        site.pdfs[.cases].map { $0.hasPrefix(paths.folder) ? String($0.dropFirst(paths.folder.count)) : SitePath.href($0, from: paths.index) }
    }

    var cards: CaseCards { CaseCards(paths: paths, pictures: pictures) }
    var filters: CaseFilters { CaseFilters(collection: collection, paths: paths) }

    /// A block renderer for a page in `cases/YEAR/`: figures into `figures/`,
    /// pictures as their web variants in `images/`.
    func renderer() -> BlockRenderer {
        let renderer = BlockRenderer(figureFolder: "figures/")
        let pictures = pictures
        renderer.imageHTML = { [unowned renderer] image in
            CasePictureHTML.figure(image, variants: pictures[image], folder: "images/", slot: .body,
                                   inline: renderer.inline)
        }
        return renderer
    }

    /// The SVG files of the figures a renderer has drawn, under `cases/YEAR/figures/`.
    func figureFiles(of renderer: BlockRenderer) -> [OutputFile] {
        renderer.figureFiles.map { OutputFile(path: paths.folder + "figures/" + $0.name, bytes: $0.svg) }
    }
}
