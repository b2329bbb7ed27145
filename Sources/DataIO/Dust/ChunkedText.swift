import Foundation

/// Streams a file as UTF-8 bytes through one reusable buffer, so memory stays
/// the same whatever the file's size. UTF-8 is validated on the way; GB18030
/// is converted chunk by chunk with glibc's iconv. A leading UTF-8 BOM is dropped.
enum ChunkedText {
    enum Encoding { case utf8, gb18030 }

    enum Failure: Error {
        /// The file cannot be opened or read.
        case unreadable
        /// Read as UTF-8, the bytes are not UTF-8 (read it again as GB18030).
        case notUTF8
        /// The bytes are not GB18030 either.
        case undecodable
    }

    /// Calls `consume(buffer, start, end, atEnd)` with the decoded bytes not yet
    /// consumed; it returns the offset of the first byte it could not use yet (the
    /// start of an incomplete record), which is handed back with more bytes appended.
    /// With `atEnd` it must consume everything.
    static func stream(_ path: String, as encoding: Encoding, chunkSize: Int = 4 << 20,
                       _ consume: (UnsafePointer<UInt8>, Int, Int, Bool) -> Int) -> Failure? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        var source = Source(fd: fd, encoding: encoding, chunkSize: chunkSize)
        guard source.isReady else { return .undecodable }
        defer { source.close() }

        var capacity = max(64, chunkSize)
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var count = 0
        var position = 0
        let minimumFree = max(16, min(1 << 16, chunkSize / 4))
        while true {
            if position > 0 {
                if count > position { memmove(buffer, buffer + position, count - position) }
                count -= position
                position = 0
            }
            if capacity - count < minimumFree {  // one record longer than the buffer: grow it
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: buffer, count: count)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let produced: Int
            switch source.fill(buffer + count, capacity: capacity - count) {
            case .success(let n): produced = n
            case .failure(let failure): return failure
            }
            count += produced
            let atEnd = produced == 0
            position = consume(buffer, position, count, atEnd)
            if atEnd { return nil }
        }
    }

    /// Where the decoded bytes come from.
    private struct Source {
        let fd: Int32
        let encoding: Encoding
        var validator = UTF8Validator()
        var firstRead = true
        // GB18030 only.
        var converter: iconv_t?
        var input: UnsafeMutablePointer<UInt8>?
        var inputCount = 0
        var inputCapacity = 0
        var inputAtEnd = false

        init(fd: Int32, encoding: Encoding, chunkSize: Int) {
            self.fd = fd
            self.encoding = encoding
            if encoding == .gb18030 {
                let cd = iconv_open("UTF-8", "GB18030")
                if cd != iconv_t(bitPattern: -1) { converter = cd }
                inputCapacity = max(16, chunkSize / 2)
                input = .allocate(capacity: inputCapacity)
            }
        }

        var isReady: Bool { encoding == .utf8 || converter != nil }

        func close() {
            if let converter { iconv_close(converter) }
            input?.deallocate()
        }

        /// Reads into `target`; drops a leading BOM on the first read.
        mutating func readRaw(_ target: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
            var n: Int
            repeat { n = read(fd, target, capacity) } while n < 0 && errno == EINTR
            if firstRead && n >= 3 && target[0] == 0xEF && target[1] == 0xBB && target[2] == 0xBF {
                memmove(target, target + 3, n - 3)
                n -= 3
            }
            if n >= 0 { firstRead = false }
            return n
        }

        /// Appends decoded bytes at `target`; 0 means the end of the file.
        mutating func fill(_ target: UnsafeMutablePointer<UInt8>, capacity: Int) -> Result<Int, Failure> {
            if encoding == .utf8 {
                let n = readRaw(target, capacity: capacity)
                guard n >= 0 else { return .failure(.unreadable) }
                if n == 0 { return validator.isAtBoundary ? .success(0) : .failure(.notUTF8) }
                return validator.feed(target, count: n) ? .success(n) : .failure(.notUTF8)
            }
            return convert(target, capacity: capacity)
        }

        /// GB18030 → UTF-8 until `target` has something or the file ends.
        private mutating func convert(_ target: UnsafeMutablePointer<UInt8>, capacity: Int) -> Result<Int, Failure> {
            guard let input else { return .failure(.undecodable) }
            while true {
                if !inputAtEnd && inputCount < inputCapacity {
                    let n = readRaw(input + inputCount, capacity: inputCapacity - inputCount)
                    guard n >= 0 else { return .failure(.unreadable) }
                    if n == 0 { inputAtEnd = true }
                    inputCount += n
                }
                if inputCount == 0 { return .success(0) }
                var inLeft = inputCount
                var outLeft = capacity
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(input)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target)
                    .assumingMemoryBound(to: CChar.self)
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                let failure = result == -1 ? errno : 0
                if inLeft > 0 { memmove(input, input + (inputCount - inLeft), inLeft) }
                inputCount = inLeft
                let produced = capacity - outLeft
                switch failure {
                case 0, E2BIG: break
                case EINVAL where !inputAtEnd: break  // a character split by the chunk: read on
                default: return .failure(.undecodable)
                }
                if produced > 0 { return .success(produced) }
                if failure == E2BIG { return .failure(.undecodable) }  // cannot happen: 16 bytes are always free
            }
        }
    }
}
