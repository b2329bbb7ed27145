import Document
import Foundation
import HTMLSite
import Model

/// Fingerprints of what a build reads, grouped the way the renderers read
/// them, to key the build cache: a change in one chapter changes only its
/// publication's fingerprint, so only what reads that publication is redone.
struct BuildInputs: Sendable {
    /// The program itself, site.yml, every dataset, the year, the publication date and `--no-pdf`.
    let base: String
    let templates: String
    /// Which publications, chapters, pages and cases exist, their titles, and the PDFs linked.
    let structure: String
    let publications: [PublicationKind: String]
    let cases: String
    let pages: String

    /// The fingerprint of what every output reads (see ``base``).
    static func base(_ context: BuildContext) -> String {
        let content = context.options.content
        var base = "program \(Self.program)\n"
        base += "site.yml \(ContentHash.file(content.appendingPathComponent("site.yml")) ?? "-")\n"
        base += "data \(ContentHash.of(ContentHash.folder(content.appendingPathComponent("data"))))\n"
        base += "year \(context.config?.year ?? 0) pdf \(context.options.pdf)\n"
        if let config = context.config { base += "date \(PublicationDate.resolve(config))\n" }
        return ContentHash.of(base)
    }

    init(_ context: BuildContext, base: String) {
        let options = context.options
        let content = options.content
        self.base = base
        templates = ContentHash.of(ContentHash.folder(options.resolvedTemplates))

        var structure = ""
        for publication in context.publications {
            structure += "publication \(publication.kind.rawValue) \(publication.title) \(publication.year) \(publication.office)\n"
            for chapter in publication.chapters { structure += "  \(chapter.number) \(chapter.slug) \(chapter.title)\n" }
        }
        for page in context.pages { structure += "page \(page.slug) \(page.title)\n" }
        if let collection = context.cases {
            structure += "cases \(collection.title)\n"
            for study in collection.cases { structure += "  \(study.slug) \(study.title) \(study.region.label)\n" }
        }
        for (kind, path) in context.pdfPaths.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            structure += "pdf \(kind.rawValue) \(path)\n"
        }
        self.structure = ContentHash.of(structure)

        // A publication's files and every picture its chapters show (pictures may live in other folders).
        publications = context.publicationPrints
        cases = context.casesPrint
        let pagePictures = context.pages.flatMap(\.blocks.images).map { "\($0.source) \(ContentHash.of($0.bytes))" }
        pages = ContentHash.of(ContentHash.folder(content.appendingPathComponent("pages")) + "\n"
                               + pagePictures.joined(separator: "\n"))
    }

    /// The cache key of a part of the site.
    func key(of part: SitePart) -> String {
        var key = "site \(part.name) \(base) \(templates) \(structure)"
        let reads = part.reads ?? Set(publications.keys.map { SitePart.Input.publication($0) } + [.cases, .pages])
        for input in reads.map(describe).sorted() { key += " \(input)" }
        return key
    }

    /// The cache key of a PDF book.
    func pdfKey(_ kind: PublicationKind) -> String {
        "pdf \(kind.rawValue) \(base) \(kind == .cases ? cases : publications[kind] ?? "-")"
    }

    /// The cache key of the pictures of a publication's pages.
    func picturesKey(_ kind: PublicationKind) -> String {
        "pictures \(kind.rawValue) \(base) \(publications[kind] ?? "-")"
    }

    private func describe(_ input: SitePart.Input) -> String {
        switch input {
        case .publication(let kind): "\(kind.rawValue)=\(publications[kind] ?? "-")"
        case .cases: "cases=\(cases)"
        case .pages: "pages=\(pages)"
        }
    }

    /// This program's identity: a rebuilt binary must not reuse what an older one rendered.
    static let program: String = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let path = FileManager.default.fileExists(atPath: executable.path) ? executable.path : CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(date)"
    }()
}
