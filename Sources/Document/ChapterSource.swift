import Foundation

/// A chapter's Markdown as read from disk, before conversion.
public struct ChapterSource: Sendable {
    public var number: Int
    public var slug: String
    /// Path relative to the content root (`reports/annual/01-overview.md`).
    public var path: String
    public var text: String
    /// The content folder that `path` and the chapter's image paths are
    /// relative to; nil when there is none, and then any image is an error.
    public var contentRoot: URL?

    public init(number: Int, slug: String, path: String, text: String, contentRoot: URL? = nil) {
        self.number = number
        self.slug = slug
        self.path = path
        self.text = text
        self.contentRoot = contentRoot
    }

    /// Number and slug from a file name such as `02-coverage.md`; nil when it has no number prefix.
    public static func parseFileName(_ name: String) -> (number: Int, slug: String)? {
        guard name.hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits) else { return nil }
        var rest = stem.dropFirst(digits.count)
        if rest.first == "-" || rest.first == "_" { rest = rest.dropFirst() }
        return (number, rest.isEmpty ? String(digits) : String(rest))
    }
}
