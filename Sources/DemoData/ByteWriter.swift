import Foundation

/// A CSV file written through a 1 MB byte buffer: UTF-8 with a BOM, LF line
/// ends, fields quoted only when they hold a comma, a quote or a line break.
///
/// The number writers format by hand into the buffer (no `String(format:)`,
/// no intermediate strings), so tens of millions of rows stay cheap.
final class ByteWriter {
    static let capacity = 1 << 20

    let path: String
    private let handle: FileHandle
    private let storage: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var flushed = 0
    /// Data rows written with ``endRow()`` or ``row(_:)``.
    private(set) var rows = 0

    /// Creates (or truncates) the file and writes the BOM and the header row.
    init(path: String, header: [String]) throws {
        self.path = path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw DemoDataError.cannotWrite(path: path, reason: "cannot create the file")
        }
        self.handle = handle
        storage = .allocate(capacity: Self.capacity)
        put(0xEF); put(0xBB); put(0xBF)
        try row(header)
        rows = 0
    }

    deinit {
        storage.deallocate()
        try? handle.close()
    }

    /// Total bytes written so far, buffered ones included.
    var bytes: Int { flushed + count }

    /// Makes room for `n` more bytes (n ≤ 64 KB), flushing when the buffer is full.
    @inline(__always)
    func reserve(_ n: Int) throws {
        if count + n > Self.capacity { try flush() }
    }

    /// Writes the buffer to the file.
    func flush() throws {
        guard count > 0 else { return }
        let data = Data(bytesNoCopy: storage, count: count, deallocator: .none)
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw DemoDataError.cannotWrite(path: path, reason: String(describing: error))
        }
        flushed += count
        count = 0
    }

    /// Flushes and closes; returns the file's size in bytes.
    func close() throws -> Int {
        try flush()
        do {
            try handle.close()
        } catch {
            throw DemoDataError.cannotWrite(path: path, reason: String(describing: error))
        }
        return flushed
    }

    // MARK: Unchecked primitives (call reserve first)

    @inline(__always)
    func put(_ byte: UInt8) {
        storage[count] = byte
        count += 1
    }

    /// Copies bytes from a buffer.
    @inline(__always)
    func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// A non-negative integer in decimal.
    @inline(__always)
    func putInt(_ value: Int) {
        var v = value
        if v < 0 {
            put(UInt8(ascii: "-"))
            v = -v
        }
        if v < 10 {
            put(48 &+ UInt8(truncatingIfNeeded: v))
            return
        }
        var digits = 0
        var probe = v
        while probe > 0 { digits += 1; probe /= 10 }
        var position = count + digits - 1
        while v > 0 {
            storage[position] = 48 &+ UInt8(truncatingIfNeeded: v % 10)
            v /= 10
            position -= 1
        }
        count += digits
    }

    /// `tenths / 10` with one decimal (`853` → `85.3`).
    @inline(__always)
    func putTenths(_ tenths: Int) {
        var t = tenths
        if t < 0 {
            put(UInt8(ascii: "-"))
            t = -t
        }
        putInt(t / 10)
        put(UInt8(ascii: "."))
        put(48 &+ UInt8(truncatingIfNeeded: t % 10))
    }

    // MARK: Checked text fields

    /// One field, quoted when needed, without separator.
    func field(_ text: String) throws {
        var needsQuotes = false
        for byte in text.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        try reserve(2)
        if needsQuotes { put(0x22) }
        for byte in text.utf8 {
            try reserve(3)
            if byte == 0x22 { put(0x22) }
            put(byte)
        }
        if needsQuotes { put(0x22) }
    }

    /// A whole row of text fields.
    func row(_ fields: [String]) throws {
        for (index, text) in fields.enumerated() {
            if index > 0 {
                try reserve(1)
                put(0x2C)
            }
            try field(text)
        }
        try endRow()
    }

    /// Ends the current row with LF and counts it.
    @inline(__always)
    func endRow() throws {
        try reserve(1)
        put(0x0A)
        rows += 1
    }
}
