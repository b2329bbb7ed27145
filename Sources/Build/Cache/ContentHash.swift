import Foundation

/// A 128-bit fingerprint of bytes, for the build cache's keys: two 64-bit
/// multiply–xorshift lanes over 8-byte words, fast enough to fingerprint the
/// datasets on every build. Not cryptographic: it tells "same input" from
/// "edited input", which is all a cache needs.
enum ContentHash {
    /// Files larger than this are fingerprinted by size and modification time
    /// instead of content (the year of hourly dust readings is a gigabyte).
    static let largeFile = 64 << 20

    static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var i = 0
        while i + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            a = mix(a ^ word, 0xFF51_AFD7_ED55_8CCD)
            b = mix(b &+ word, 0xC4CE_B9FE_1A85_EC53)
            i += 8
        }
        var tail: UInt64 = 0
        while i < bytes.count {
            tail = tail << 8 | UInt64(bytes[i])
            i += 1
        }
        a = mix(a ^ tail, 0xFF51_AFD7_ED55_8CCD)
        b = mix(b &+ tail, 0xC4CE_B9FE_1A85_EC53)
        return hex(a) + hex(b)
    }

    static func of(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes { of($0) } }

    static func of(_ text: String) -> String { of(Array(text.utf8)) }

    /// The file's content fingerprint, or `size@mtime` for large files; nil when it cannot be read.
    static func file(_ url: URL) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > largeFile {
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(size)@\(date)"
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return data.withUnsafeBytes { of($0) }
    }

    /// Every file below `folder` (hidden ones skipped) as `relative-path fingerprint` lines, sorted.
    static func folder(_ folder: URL) -> String {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                         options: [.skipsHiddenFiles]) else { return "" }
        let base = folder.standardizedFileURL.path
        var lines: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            lines.append("\(path) \(file(url) ?? "?")")
        }
        return lines.sorted().joined(separator: "\n")
    }

    private static func mix(_ x: UInt64, _ k: UInt64) -> UInt64 {
        var z = x &* k
        z ^= z >> 29
        return z &* 0xBF58_476D_1CE4_E5B9 ^ (z >> 32)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
