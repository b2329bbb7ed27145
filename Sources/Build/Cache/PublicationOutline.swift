import Document
import Foundation
import Model

/// What a build needs of a publication whose chapters it does not convert:
/// its titles (the navigation, the portal, the search and the cache keys of
/// every page show them), the warnings converting it gave, and the pictures
/// it showed with their fingerprints. Kept in the build cache under the
/// fingerprint of the data and of the publication's folder; the full
/// publication is converted only if one of its outputs is not in the cache.
struct PublicationOutline: DocumentOutline, Equatable {
    struct ChapterTitle: Codable, Equatable {
        var number: Int
        var slug: String
        var title: String
        var source: String
    }

    struct Picture: Codable, Equatable {
        /// Path relative to the content root.
        var source: String
        var fingerprint: String
    }

    var kind: PublicationKind
    var title: String
    var year: Int
    var office: String
    var chapters: [ChapterTitle]
    var pictures: [PictureFingerprint]
    var diagnostics: [Diagnostic]

    init(_ publication: Publication, diagnostics: [Diagnostic]) {
        kind = publication.kind
        title = publication.title
        year = publication.year
        office = publication.office
        chapters = publication.chapters.map {
            ChapterTitle(number: $0.number, slug: $0.slug, title: $0.title, source: $0.source)
        }
        pictures = PictureFingerprint.of(publication.chapters.flatMap(\.blocks.images))
        self.diagnostics = diagnostics
    }

    /// The cache key of the outline of the publication of `kind` whose folder fingerprints as `folder`.
    static func key(_ kind: PublicationKind, base: String, folder: String) -> String {
        "outline \(kind.rawValue) \(base) \(ContentHash.of(folder))"
    }

    /// The publication with its chapters' titles and no body: enough for
    /// everything but its own pages and PDF.
    var stub: Publication {
        Publication(kind: kind, title: title, year: year, office: office,
                    chapters: chapters.map {
                        Chapter(number: $0.number, slug: $0.slug, title: $0.title, source: $0.source, blocks: [])
                    })
    }
}
