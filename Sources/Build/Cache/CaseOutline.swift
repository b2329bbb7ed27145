import Document
import Foundation
import Model

/// What a build needs of the case collection when it does not build it from
/// the case files: the titles, places, categories and tags of the cases (the
/// navigation, the portal and the sitemap show them), the warnings building
/// it gave, and its pictures' fingerprints. Like ``PublicationOutline``, kept
/// in the build cache; the full collection is built only if one of its
/// outputs is not in the cache.
struct CaseOutline: DocumentOutline, Equatable {
    struct Study: Codable, Equatable {
        var number: Int
        var slug: String
        var source: String
        var title: String
        var summary: String
        var year: Int
        var tags: [String]
        var order: Int?
        var cityCode: String
        var cityName: String
        var countyCode: String?
        var countyName: String?
        var category: String?
    }

    var title: String
    var year: Int
    var office: String
    var preface: PublicationOutline.ChapterTitle?
    var studies: [Study]
    var pictures: [PictureFingerprint]
    var diagnostics: [Diagnostic]

    init(_ collection: CaseCollection, diagnostics: [Diagnostic]) {
        title = collection.title
        year = collection.year
        office = collection.office
        preface = collection.preface.map {
            PublicationOutline.ChapterTitle(number: $0.number, slug: $0.slug, title: $0.title, source: $0.source)
        }
        studies = collection.cases.map {
            Study(number: $0.number, slug: $0.slug, source: $0.source, title: $0.title, summary: $0.summary,
                  year: $0.year, tags: $0.tags, order: $0.order, cityCode: $0.region.cityCode,
                  cityName: $0.region.cityName, countyCode: $0.region.countyCode, countyName: $0.region.countyName,
                  category: $0.category?.rawValue)
        }
        pictures = PictureFingerprint.of(collection.images)
        self.diagnostics = diagnostics
    }

    /// The cache key of the outline of a collection whose folder fingerprints as `folder`.
    static func key(base: String, folder: String) -> String {
        "outline cases \(base) \(ContentHash.of(folder))"
    }

    /// The collection with its cases' titles, places and tags and no text or pictures.
    var stub: CaseCollection {
        CaseCollection(title: title, year: year, office: office, preface: preface.map {
            Chapter(number: $0.number, slug: $0.slug, title: $0.title, source: $0.source, blocks: [])
        }, cases: studies.map {
            CaseStudy(number: $0.number, slug: $0.slug, source: $0.source, title: $0.title, summary: $0.summary,
                      year: $0.year, tags: $0.tags, order: $0.order,
                      region: CaseRegion(cityCode: $0.cityCode, cityName: $0.cityName, countyCode: $0.countyCode,
                                         countyName: $0.countyName),
                      category: $0.category.flatMap(ProjectCategory.init(rawValue:)))
        })
    }
}
