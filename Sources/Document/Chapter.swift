/// A chapter: one Markdown file of a publication.
public struct Chapter: Sendable, Equatable {
    /// 1-based, from the file name's prefix (`02-coverage.md` → 2); numbers figures (图 2-1).
    public var number: Int
    /// File name without prefix and extension (`coverage`), used in URLs.
    public var slug: String
    /// The text of the first level-1 heading, or the slug.
    public var title: String
    /// Path relative to the content root, for diagnostics.
    public var source: String
    /// The body, without the title heading.
    public var blocks: [Block]

    public init(number: Int, slug: String, title: String, source: String, blocks: [Block]) {
        self.number = number
        self.slug = slug
        self.title = title
        self.source = source
        self.blocks = blocks
    }
}
