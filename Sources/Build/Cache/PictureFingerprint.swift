import Document
import Foundation

/// A picture a document shows, by path and content fingerprint: an outline
/// from the cache is still good only while each picture it showed is
/// unchanged (pictures may live outside the document's folder).
struct PictureFingerprint: Codable, Equatable {
    /// Path relative to the content root.
    var source: String
    var fingerprint: String

    /// Each picture of `images` once, in order.
    static func of(_ images: [ImageBlock]) -> [PictureFingerprint] {
        var seen: Set<String> = []
        return images.compactMap { image in
            guard seen.insert(image.source).inserted else { return nil }
            return PictureFingerprint(source: image.source, fingerprint: ContentHash.of(image.bytes))
        }
    }

    /// Whether every picture still has the bytes it had.
    static func unchanged(_ pictures: [PictureFingerprint], content: URL) -> Bool {
        pictures.allSatisfy { ContentHash.file(content.appendingPathComponent($0.source)) == $0.fingerprint }
    }

    /// A document's fingerprint for ``BuildInputs``: its folder (``ContentHash/folder(_:)``) and its pictures.
    static func combined(folder: String, pictures: [PictureFingerprint]) -> String {
        ContentHash.of(folder + "\n" + pictures.map { "\($0.source) \($0.fingerprint)" }.joined(separator: "\n"))
    }
}
