import Foundation
import Model

/// What the cache keeps of a document it lets a build skip (``PublicationOutline``,
/// ``CaseOutline``): enough to show it in the navigation, the warnings
/// converting it gave, and the pictures it showed.
protocol DocumentOutline: Codable {
    associatedtype Whole: Sendable
    var pictures: [PictureFingerprint] { get }
    var diagnostics: [Diagnostic] { get }
    /// The outline of `whole`, whose conversion gave `diagnostics`.
    init(_ whole: Whole, diagnostics: [Diagnostic])
    /// The document with its titles only.
    var stub: Whole { get }
}

extension DocumentOutline {
    func encoded() throws -> [UInt8] { Array(try JSONEncoder().encode(self)) }

    static func decode(_ bytes: [UInt8]) -> Self? {
        try? JSONDecoder().decode(Self.self, from: Data(bytes))
    }
}

/// A document as the rest of a build sees it: what the navigation shows
/// (whole, or its outline's stub), the whole one (converted already, or on
/// first use), and its fingerprint for ``BuildInputs``.
struct OutlinedDocument<Whole: Sendable> {
    let shown: Whole
    let whole: Lazy<Whole>
    let fingerprint: String
}

extension BuildPipeline {
    /// The document whose folder fingerprints as `folder`: from its outline in the cache when the data,
    /// the folder and every picture it showed are unchanged (converted only if something asks for it
    /// whole), else converted now and its outline kept for the next build.
    static func outlined<Outline: DocumentOutline>(
        _ type: Outline.Type, key: String, folder: String, context: inout BuildContext,
        convert: @escaping @Sendable (inout Diagnostics) -> Outline.Whole
    ) -> OutlinedDocument<Outline.Whole> {
        let content = context.options.content
        if let cache = context.cache, let bytes = cache.entry(key: key), let outline = Outline.decode(bytes),
           PictureFingerprint.unchanged(outline.pictures, content: content) {
            for diagnostic in outline.diagnostics { context.diagnostics.append(diagnostic) }
            return OutlinedDocument(shown: outline.stub, whole: Lazy {
                var again = Diagnostics()
                return convert(&again)
            }, fingerprint: PictureFingerprint.combined(folder: folder, pictures: outline.pictures))
        }
        let before = context.diagnostics.items.count
        let whole = convert(&context.diagnostics)
        let outline = Outline(whole, diagnostics: Array(context.diagnostics.items[before...]))
        if let cache = context.cache, !context.diagnostics.hasErrors, let bytes = try? outline.encoded() {
            cache.store(bytes, key: key)
        }
        return OutlinedDocument(shown: whole, whole: Lazy(value: whole),
                                fingerprint: PictureFingerprint.combined(folder: folder, pictures: outline.pictures))
    }
}
