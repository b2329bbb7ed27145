import Foundation

/// A case file as read from disk: `cases/SLUG.md`, or `cases/SLUG/index.md`
/// with its photos beside it.
public struct CaseSource: Sendable {
    /// The file name's stem or the folder's name; the case's page is `SLUG.html`.
    public var slug: String
    /// Path relative to the content root (`cases/tower-crane/index.md`).
    public var path: String
    public var text: String
    /// The content folder the case's picture paths must stay inside.
    public var contentRoot: URL?

    public init(slug: String, path: String, text: String, contentRoot: URL? = nil) {
        self.slug = slug
        self.path = path
        self.text = text
        self.contentRoot = contentRoot
    }

    /// Whether `slug` can name a page: ASCII letters, digits, `-` and `_`,
    /// starting with a letter or digit.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, first.properties.isASCIIHexDigit || ("a"..."z").contains(first)
                || ("A"..."Z").contains(first) else { return false }
        return slug.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }
}
