import Document
import Model

/// Where the pages of the case collection live, all under `cases/YEAR/`:
/// `index.html`, `SLUG.html` per case, and the listing pages
/// `city-320100.html`, `category-building.html`, `tag-3f2a9c1b.html`.
///
/// File names are ASCII and stable across runs: a tag's page is named by
/// 8 hex digits of an FNV-1a hash of the tag (never the tag itself).
struct CasePaths {
    let year: Int
    /// The page name of each tag, hash collisions resolved in tag order.
    private let tagNames: [String: String]

    init(_ collection: CaseCollection) {
        year = collection.year
        var names: [String: String] = [:]
        var taken: Set<String> = []
        for (tag, _) in collection.byTag {
            var name = "tag-\(Self.hash(tag, digits: 8)).html"
            if taken.contains(name) { name = "tag-\(Self.hash(tag, digits: 16)).html" }
            var extra = 2
            while taken.contains(name) {
                name = "tag-\(Self.hash(tag, digits: 16))-\(extra).html"
                extra += 1
            }
            taken.insert(name)
            names[tag] = name
        }
        tagNames = names
    }

    /// `cases/2025/`, site-root-relative.
    var folder: String { Self.folder(year: year) }
    /// The collection page, site-root-relative.
    var index: String { Self.index(year: year) }

    /// `cases/YEAR/`, site-root-relative.
    static func folder(year: Int) -> String { "cases/\(year)/" }
    /// `cases/YEAR/index.html`, site-root-relative.
    static func index(year: Int) -> String { folder(year: year) + "index.html" }

    /// File names, relative to the folder.
    func casePage(_ study: CaseStudy) -> String { "\(study.slug).html" }
    func cityPage(_ code: String) -> String { "city-\(Self.safe(code)).html" }
    func categoryPage(_ category: ProjectCategory) -> String { "category-\(Self.slug(of: category)).html" }
    func tagPage(_ tag: String) -> String { tagNames[tag] ?? "tag-\(Self.hash(tag, digits: 8)).html" }

    /// Stable ASCII names of the categories.
    static func slug(of category: ProjectCategory) -> String {
        switch category {
        case .building: "building"
        case .municipal: "municipal"
        case .railTransit: "rail-transit"
        case .other: "other"
        }
    }

    /// The leading `digits` hex digits of the 64-bit FNV-1a hash of `text`'s UTF-8.
    static func hash(_ text: String, digits: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        let full = String(repeating: "0", count: 16 - hex.count) + hex
        return String(full.prefix(max(1, min(16, digits))))
    }

    /// A region code reduced to ASCII digits and letters (codes are digits; this only guards file names).
    private static func safe(_ code: String) -> String {
        let kept = code.unicodeScalars.filter { ("0"..."9").contains($0) || ("a"..."z").contains($0) }
        return kept.isEmpty ? hash(code, digits: 8) : String(String.UnicodeScalarView(kept))
    }
}
