import DataIO
import Foundation
import Model
import Synchronization

/// What earlier builds rendered, by the fingerprint of everything the
/// rendering read (`.cache/` beside the content folder, git-ignored).
///
/// An entry is one file holding a list of output files. New entries are
/// written only when the build has passed every check (``flushEntries()``, beside
/// the writing of the output): what the cache hands back has passed the
/// personal-data scan under the same site.yml, so the scan can skip it.
/// Entries a build did not use are deleted when it finishes, so the cache
/// holds one build's worth. A cache that cannot be read or written only makes
/// the build slower: a damaged entry is a miss, and nothing in it is trusted
/// beyond its key.
final class BuildCache: Sendable {
    let folder: URL
    private let used = Mutex<Set<String>>([])
    private let hits = Mutex(0)
    private let reused = Mutex<Set<String>>([])
    private let pending = Mutex<[(name: String, bytes: [UInt8])]>([])
    /// SHA-256 digests by content fingerprint, for the manifest: loaded from
    /// and saved to ``digestsFile``, keeping those this build used.
    private let digests = Mutex<(known: [String: String]?, used: [String: String])>((nil, [:]))
    static let digestsFile = "digests.txt"

    init(folder: URL) {
        self.folder = folder
    }

    /// The files stored under `key`, or those `render` makes (then stored).
    func files(key: String, render: () throws -> [OutputFile]) rethrows -> [OutputFile] {
        let name = ContentHash.of(key)
        used.withLock { _ = $0.insert(name) }
        let url = folder.appendingPathComponent(name)
        if let data = FileManager.default.contents(atPath: url.path), let files = Self.decode([UInt8](data), key: key) {
            hits.withLock { $0 += 1 }
            reused.withLock { $0.formUnion(files.map(\.path)) }
            return files
        }
        let files = try render()
        let entry = Self.encode(files, key: key)
        pending.withLock { $0.append((name, entry)) }
        return files
    }

    /// The bytes an earlier build stored under `key` (``store(_:key:)``), or nil.
    func entry(key: String) -> [UInt8]? {
        let name = ContentHash.of(key)
        used.withLock { _ = $0.insert(name) }
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
              let files = Self.decode([UInt8](data), key: key), files.count == 1
        else { return nil }
        return files[0].bytes
    }

    /// Keeps `bytes` under `key`, written with the build's other entries by ``flushEntries()``.
    func store(_ bytes: [UInt8], key: String) {
        let name = ContentHash.of(key)
        used.withLock { _ = $0.insert(name) }
        pending.withLock { $0.append((name, Self.encode([OutputFile(path: "", bytes: bytes)], key: key))) }
    }

    /// The SHA-256 of `bytes` as hex, from the digests of earlier builds when they have it.
    func sha256(_ bytes: [UInt8]) -> String {
        let fingerprint = ContentHash.of(bytes)
        let known: String? = digests.withLock { state in
            if state.known == nil { state.known = loadDigests() }
            return state.known?[fingerprint]
        }
        let digest = known ?? SHA256.hex(bytes)
        digests.withLock { $0.used[fingerprint] = digest }
        return digest
    }

    private func loadDigests() -> [String: String] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(Self.digestsFile), encoding: .utf8)
        else { return [:] }
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[0].count == 32, parts[1].count == 64 { result[String(parts[0])] = String(parts[1]) }
        }
        return result
    }

    /// Output paths this build took from the cache.
    var reusedPaths: Set<String> { reused.withLock { $0 } }

    /// Writes the entries this build rendered; call once the build has passed its checks.
    func flushEntries() {
        let entries = pending.withLock { entries in
            defer { entries = [] }
            return entries
        }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for entry in entries {
            try? FileBytes.writeAtomically(entry.bytes, to: folder.appendingPathComponent(entry.name).path)
        }
    }

    /// Writes the digests this build used (``sha256(_:)``), for the next build's manifest.
    func saveDigests() {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let used = digests.withLock { $0.used }
        let lines = used.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)\n" }.joined()
        try? FileBytes.writeAtomically(Array(lines.utf8), to: folder.appendingPathComponent(Self.digestsFile).path)
    }

    /// How many lookups found their files.
    var hitCount: Int { hits.withLock { $0 } }

    /// Deletes the entries this build did not use.
    func prune() {
        let keep = used.withLock { $0 }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        // Readings entries (DataIO's ReadingsCache) replace their own predecessors.
        for name in names where !keep.contains(name) && name != Self.digestsFile && !name.hasPrefix(ReadingsCache.prefix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    // An entry: the key's length and text, the file count, then per file the
    // path's length and text and the content's length and bytes (UInt64 little-endian lengths).
    static func encode(_ files: [OutputFile], key: String) -> [UInt8] {
        var out: [UInt8] = []
        func length(_ n: Int) { withUnsafeBytes(of: UInt64(n).littleEndian) { out.append(contentsOf: $0) } }
        let keyBytes = Array(key.utf8)
        length(keyBytes.count)
        out += keyBytes
        length(files.count)
        for file in files {
            let path = Array(file.path.utf8)
            length(path.count)
            out += path
            length(file.bytes.count)
            out += file.bytes
        }
        return out
    }

    static func decode(_ bytes: [UInt8], key: String) -> [OutputFile]? {
        var offset = 0
        func length() -> Int? {
            guard offset + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for k in 0..<8 { value |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
            offset += 8
            guard value <= UInt64(bytes.count - offset) else { return nil }
            return Int(value)
        }
        func chunk() -> [UInt8]? {
            guard let n = length() else { return nil }
            defer { offset += n }
            return Array(bytes[offset..<(offset + n)])
        }
        guard let stored = chunk(), stored == Array(key.utf8), let count = length() else { return nil }
        var files: [OutputFile] = []
        for _ in 0..<count {
            guard let path = chunk(), let content = chunk() else { return nil }
            files.append(OutputFile(path: String(decoding: path, as: UTF8.self), bytes: content))
        }
        return offset == bytes.count ? files : nil
    }
}
