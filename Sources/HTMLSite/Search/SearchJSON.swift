/// The small JSON writer of `search/index.js`. Output goes inside a `<script src>` file, so
/// `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`: no `</script>` or `<!--`
/// can appear, and U+2028/U+2029 are escaped for older JavaScript parsers.
struct SearchJSON {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// A non-negative integer.
    mutating func number(_ n: Int) {
        precondition(n >= 0)
        var divisor = 1
        while n / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(n / divisor % 10))
            divisor /= 10
        }
    }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string($0) }
    }

    /// A string given as UTF-8 bytes.
    mutating func string(_ utf8: [UInt8]) { utf8.withUnsafeBufferPointer { string($0) } }

    private mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.reserveCapacity(bytes.count + utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        var start = 0  // the first byte not written yet
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            // U+2028 or U+2029
            let isSeparator = byte == 0xE2 && i + 2 < utf8.count && utf8[i + 1] == 0x80 && utf8[i + 2] & 0xFE == 0xA8
            switch byte {
            case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): break
            case _ where isSeparator: break
            default:
                i += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0xE2: escape(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029)
            default: escape(UInt32(byte))
            }
            i += isSeparator ? 3 : 1
            start = i
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON array of strings.
    mutating func strings(_ list: [String]) {
        raw("[")
        for (i, s) in list.enumerated() {
            if i > 0 { raw(",") }
            string(s)
        }
        raw("]")
    }

    /// `\\u003c`: four lower-case hex digits.
    private mutating func escape(_ value: UInt32) {
        let hex = Array("0123456789abcdef".utf8)
        bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}

/// Postings as text: each list's first entry number, then each gap minus one, every number
/// in base 32 with the most significant digit first; the last digit is drawn from
/// `terminal`, the others from `continuation`, so numbers need no separator. Lists are
/// separated by ",". Decoded by `decodeList` in `templates/assets/search.js`.
enum PostingCoding {
    static let terminal = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".utf8)
    static let continuation = Array("WXYZabcdefghijklmnopqrstuvwxyz_$".utf8)

    static func append(_ n: Int, to out: inout [UInt8]) {
        precondition(n >= 0)
        var shift = 0
        while n >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            out.append(continuation[n >> shift & 31])
            shift -= 5
        }
        out.append(terminal[n & 31])
    }

    /// Appends one ascending list of entry numbers.
    static func append(list: [Int], to out: inout [UInt8]) {
        var last = -1
        for n in list {
            append(last < 0 ? n : n - last - 1, to: &out)
            last = n
        }
    }

    /// One ascending list of entry numbers, as `append(list:to:)` writes it.
    static func encode(_ list: [Int]) -> String {
        var out: [UInt8] = []
        append(list: list, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The inverse of `encode`, for tests.
    static func decode(_ text: String) -> [Int] {
        var list: [Int] = []
        var acc = 0
        for byte in text.utf8 {
            if let d = continuation.firstIndex(of: byte) {
                acc = acc * 32 + d
            } else if let d = terminal.firstIndex(of: byte) {
                let gap = acc * 32 + d
                list.append(list.last.map { $0 + gap + 1 } ?? gap)
                acc = 0
            }
        }
        return list
    }
}
