import Document

/// Where a link in the PDF goes.
enum LinkTarget: Hashable, Sendable {
    /// A named destination of this PDF (a chapter, heading, figure or table).
    case destination(String)
    /// An address outside the PDF (http, https, mailto), percent-encoded ASCII.
    case uri(String)
}

/// A link inside a text: the UTF-8 byte range of the text Pango shows
/// (after markup parsing) that the link covers.
struct TextLink: Hashable, Sendable {
    var target: LinkTarget
    var bytes: Range<Int>
}

/// The area of a link on one line of a shaped text, in layout coordinates
/// (relative to the layout's top-left corner, as `LineBox`).
struct LinkBox: Hashable, Sendable {
    var line: Int
    var rect: Rect
    var target: LinkTarget
}

/// Turns the destinations of the document's links into PDF link targets.
///
/// The document writes cross references as `#fig-2-1` (same chapter) or
/// `overview.html#tab-1-1` (another chapter), as the HTML pages need them.
/// In the PDF every chapter, heading, figure and table is a named
/// destination `c<chapter>-<anchor>` (`c2-fig-2-1`; a chapter's start is
/// `c2`), ASCII and unique in the publication. A link to an anchor the
/// publication does not have, or to a page of the site that is not a
/// chapter, stays plain text: it could not work in a PDF.
struct LinkResolver {
    private var chapterBySlug: [String: Int] = [:]
    private var anchors: [Set<String>] = []

    init(_ publication: Publication) {
        for (index, chapter) in publication.chapters.enumerated() {
            if chapterBySlug[chapter.slug] == nil { chapterBySlug[chapter.slug] = index }
            var found = Set<String>()
            Self.collect(chapter.blocks, into: &found)
            anchors.append(found)
        }
    }

    /// The destination at the top of chapter `index` (0-based).
    static func chapterDestination(_ index: Int) -> String { "c\(index + 1)" }

    /// The destination of `anchor` in chapter `index` (0-based).
    static func destination(chapter index: Int, anchor: String) -> String { "c\(index + 1)-\(anchor)" }

    /// The destination of the table of contents.
    static let contentsDestination = "toc"

    /// The target of a link written as `destination` in chapter `chapter` (0-based); nil when it cannot work.
    func target(of destination: String, from chapter: Int) -> LinkTarget? {
        let lowered = destination.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") {
            return .uri(Self.percentEncoded(destination))
        }
        var path = Substring(destination), anchor: Substring?
        if let hash = destination.firstIndex(of: "#") {
            path = destination[..<hash]
            anchor = destination[destination.index(after: hash)...]
        }
        if path.hasPrefix("./") { path = path.dropFirst(2) }
        let index: Int
        if path.isEmpty {
            index = chapter
        } else {
            guard path.hasSuffix(".html"), !path.contains("/"),
                  let found = chapterBySlug[String(path.dropLast(".html".count))] else { return nil }
            index = found
        }
        guard anchors.indices.contains(index) else { return nil }
        guard let anchor, !anchor.isEmpty else { return .destination(Self.chapterDestination(index)) }
        guard anchors[index].contains(String(anchor)) else { return nil }
        return .destination(Self.destination(chapter: index, anchor: String(anchor)))
    }

    /// `address` as the 7-bit ASCII a PDF URI must be: anything else, spaces,
    /// quotes and backslashes percent-encoded as UTF-8 bytes.
    static func percentEncoded(_ address: String) -> String {
        var out = ""
        for byte in address.utf8 {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "'"), byte != UInt8(ascii: "\\"),
               byte != UInt8(ascii: "\"") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    private static func collect(_ blocks: [Block], into anchors: inout Set<String>) {
        for block in blocks {
            switch block {
            case .heading(let heading): anchors.insert(heading.anchor)
            case .figure(let figure): anchors.insert(figure.anchor)
            case .table(let table): if let anchor = table.anchor { anchors.insert(anchor) }
            case .list(let list): for item in list.items { collect(item, into: &anchors) }
            case .quote(let content), .note(let content): collect(content, into: &anchors)
            case .paragraph, .code, .image, .thematicBreak: break
            }
        }
    }
}
