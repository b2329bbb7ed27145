import Model

/// A PNG or JPEG picture from the content folder, read and checked when the
/// chapter was built; renderers take its bytes from here and never read files.
///
/// ``width`` and ``height`` are the size as shown, EXIF orientation applied
/// (stored axes swapped for orientations 5–8). The pixels themselves are not
/// turned: browsers apply EXIF orientation to `<img>` by default
/// (`image-orientation: from-image`), and the PDF turns them with a cairo
/// transform.
public struct ImageBlock: Sendable, Equatable {
    /// Path relative to the content root (`reports/annual/images/site.jpg`).
    public var source: String
    /// Alternative text for screen readers and for when the picture cannot load.
    public var alt: String
    /// The Markdown title, printed under the picture; nil without one.
    public var caption: [Inline]?
    /// Size in pixels as shown (orientation applied).
    public var width: Int
    public var height: Int
    public var format: ImageFormat
    /// EXIF orientation, 1…8 (1 = as stored).
    public var orientation: Int
    /// The file's bytes, unchanged (a JPEG is embedded in the PDF as is).
    public var bytes: [UInt8]

    public init(source: String, alt: String, caption: [Inline]? = nil, info: ImageInfo, bytes: [UInt8]) {
        self.source = source
        self.alt = alt
        self.caption = caption
        self.width = info.width
        self.height = info.height
        self.format = info.format
        self.orientation = info.orientation
        self.bytes = bytes
    }

    /// Format, stored size and orientation, as the file header gave them.
    public var info: ImageInfo {
        ImageInfo(format: format, pixelWidth: orientation >= 5 ? height : width,
                  pixelHeight: orientation >= 5 ? width : height, orientation: orientation)
    }

    /// A file name for the output, unique per source path and safe in any URL
    /// or file system: 8 hex digits of a hash of ``source`` and the file's
    /// own name reduced to `[a-z0-9._-]` (`3f2a9c1b-tower.png`).
    public var outputName: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a: stable across runs, unlike Hasher.
        for byte in source.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let digits = String(hash >> 32, radix: 16)
        let prefix = String(repeating: "0", count: 8 - digits.count) + digits
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        let dot = name.lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? name
        let ext = dot.map { String(name[name.index(after: $0)...]).lowercased() } ?? format.rawValue
        var safe = ""
        for scalar in stem.lowercased().unicodeScalars {
            let allowed = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-"
            if allowed {
                safe.unicodeScalars.append(scalar)
            } else if !safe.isEmpty, !safe.hasSuffix("-") {
                safe += "-"
            }
        }
        while safe.hasSuffix("-") { safe.removeLast() }
        if safe.count > 40 { safe = String(safe.prefix(40)) }
        return safe.isEmpty ? "\(prefix).\(ext)" : "\(prefix)-\(safe).\(ext)"
    }
}

extension Array where Element == Block {
    /// Every image in these blocks and the lists, quotes and notes inside them, in reading order.
    public var images: [ImageBlock] {
        flatMap { block -> [ImageBlock] in
            switch block {
            case .image(let image): [image]
            case .list(let list): list.items.flatMap(\.images)
            case .quote(let blocks), .note(let blocks): blocks.images
            default: []
            }
        }
    }
}
