import Foundation
import Model

/// Keeps a year of hourly readings, as read and checked from a large CSV
/// file, in a binary file of the build cache, with the problems the reading
/// found: the next build with the same file (size and modification time), the
/// same year and the same device or station list reads the grid back in a
/// fraction of a second instead of parsing a gigabyte again.
///
/// An entry that cannot be read, or whose stored key differs, is ignored.
public struct ReadingsCache: Sendable {
    public let folder: URL
    /// Anything else the entries depend on (the program's identity).
    public let salt: String
    /// Files smaller than this are read every time (they parse faster than an entry is worth).
    public var minimumSize = 16 << 20

    public init(folder: URL, salt: String) {
        self.folder = folder
        self.salt = salt
    }

    func key(file: URL, kind: String, year: Int, sources: Set<String>) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path) else { return nil }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        var sourceHash: UInt64 = 0xcbf2_9ce4_8422_2325
        for source in sources.sorted() {
            for byte in source.utf8 { sourceHash = (sourceHash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            sourceHash = (sourceHash ^ 0xFF) &* 0x100_0000_01b3
        }
        return "readings v1|\(salt)|\(file.path)|\(size)|\(date)|\(kind)|\(year)|\(sources.count)|\(sourceHash)"
    }

    /// Entries are named `readings-KIND-HASH.bin`; storing one deletes the other entries of its kind.
    public static let prefix = "readings-"

    private func entry(for key: String) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return folder.appendingPathComponent("\(Self.prefix)\(kind(of: key))-\(String(hash, radix: 16)).bin")
    }

    /// The kind part of a key (`devices`, `stations`).
    private func kind(of key: String) -> String {
        let parts = key.split(separator: "|")
        return parts.count > 5 ? String(parts[5]) : "x"
    }

    /// The grid and problems stored under `key`, if any.
    func load(key: String) -> (grid: HourlyPM10, diagnostics: [Diagnostic])? {
        let fd = open(entry(for: key).path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let reader = EntryReader(fd: fd)
        guard reader.string() == key, let year = reader.int(), let seriesCount = reader.int(),
              let hours = reader.int(), hours == HourlyPM10(year: year).hoursInYear else { return nil }
        var grid = HourlyPM10(year: year)
        for _ in 0..<seriesCount {
            guard let id = reader.string(), let values = reader.doubles(hours) else { return nil }
            grid.series[id] = values
        }
        guard let problemCount = reader.int() else { return nil }
        var diagnostics: [Diagnostic] = []
        for _ in 0..<problemCount {
            guard let severity = reader.int(), let message = reader.string(), let file = reader.optionalString(),
                  let line = reader.int(), let column = reader.optionalString(), let value = reader.optionalString(),
                  let hint = reader.optionalString() else { return nil }
            diagnostics.append(Diagnostic(severity == 1 ? .error : .warning, file: file, line: line < 0 ? nil : line,
                                          column: column, value: value, message: message, hint: hint))
        }
        return (grid, diagnostics)
    }

    /// Stores `grid` and the problems found reading it under `key`.
    func store(key: String, grid: HourlyPM10, diagnostics: [Diagnostic]) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = entry(for: key)
        let kindPrefix = "\(Self.prefix)\(kind(of: key))-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(kindPrefix) && name != url.lastPathComponent {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        let temporary = url.appendingPathExtension("\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else { return }
        var head: [UInt8] = []
        append(string: key, to: &head)
        append(int: grid.year, to: &head)
        append(int: grid.series.count, to: &head)
        append(int: grid.hoursInYear, to: &head)
        handle.write(Data(head))
        for (id, values) in grid.series.sorted(by: { $0.key < $1.key }) {
            var idBytes: [UInt8] = []
            append(string: id, to: &idBytes)
            handle.write(Data(idBytes))
            values.withUnsafeBytes { handle.write(Data($0)) }
        }
        var tail: [UInt8] = []
        append(int: diagnostics.count, to: &tail)
        for d in diagnostics {
            append(int: d.severity == .error ? 1 : 0, to: &tail)
            append(string: d.message, to: &tail)
            append(optional: d.file, to: &tail)
            append(int: d.line ?? -1, to: &tail)
            append(optional: d.column, to: &tail)
            append(optional: d.value, to: &tail)
            append(optional: d.hint, to: &tail)
        }
        handle.write(Data(tail))
        try? handle.close()
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    private func append(int value: Int, to out: inout [UInt8]) {
        withUnsafeBytes(of: Int64(value).littleEndian) { out.append(contentsOf: $0) }
    }

    private func append(string: String, to out: inout [UInt8]) {
        append(int: string.utf8.count, to: &out)
        out.append(contentsOf: string.utf8)
    }

    private func append(optional: String?, to out: inout [UInt8]) {
        if let optional { append(string: optional, to: &out) } else { append(int: -1, to: &out) }
    }

    /// Reads the entry's fields in order, straight into their arrays; nil once anything is short or odd.
    private struct EntryReader {
        let fd: Int32

        /// Fills `buffer` completely from the file, or returns false.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Bool {
            var offset = 0
            while offset < buffer.count {
                let n = read(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }

        func int() -> Int? {
            var value: Int64 = 0
            guard withUnsafeMutableBytes(of: &value, { fill($0) }) else { return nil }
            return Int(Int64(littleEndian: value))
        }

        func bytes(_ count: Int) -> [UInt8]? {
            guard count >= 0, count < 1 << 24 else { return nil }
            var result = [UInt8](repeating: 0, count: count)
            guard count == 0 || result.withUnsafeMutableBytes({ fill($0) }) else { return nil }
            return result
        }

        func string() -> String? {
            guard let count = int(), let data = bytes(count) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }

        /// An optional string: a negative length stands for nil.
        func optionalString() -> String?? {
            guard let count = int() else { return .none }
            if count < 0 { return .some(nil) }
            guard let data = bytes(count) else { return .none }
            return .some(String(decoding: data, as: UTF8.self))
        }

        func doubles(_ count: Int) -> [Double]? {
            var ok = false
            let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
                ok = fill(UnsafeMutableRawBufferPointer(buffer))
                initialized = ok ? count : 0
            }
            return ok ? values : nil
        }
    }
}
