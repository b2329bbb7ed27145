/// The small JSON writer of `search/index.js`. Output goes inside a `<script src>` file, so
/// `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`: no `</script>` or `<!--`
/// can appear, and U+2028/U+2029 are escaped for older JavaScript parsers.
struct SearchJSON {
    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func number(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = s.utf8.makeIterator()
        var pending: [UInt8] = []  // a lead byte E2 80 waiting to see whether it is U+2028/U+2029
        while let byte = utf8.next() {
            if !pending.isEmpty {
                pending.append(byte)
                if pending.count == 2 {
                    if byte != 0x80 { bytes += pending; pending = [] }
                    continue
                }
                if byte == 0xA8 || byte == 0xA9 { escape(byte == 0xA8 ? 0x2028 : 0x2029) } else { bytes += pending }
                pending = []
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"): escape(UInt32(byte))
            case 0xE2: pending = [byte]
            default:
                if byte < 0x20 { escape(UInt32(byte)) } else { bytes.append(byte) }
            }
        }
        bytes += pending
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
    static let terminal = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".unicodeScalars)
    static let continuation = Array("WXYZabcdefghijklmnopqrstuvwxyz_$".unicodeScalars)

    static func append(_ n: Int, to out: inout String.UnicodeScalarView) {
        precondition(n >= 0)
        var digits: [Int] = [n & 31]
        var rest = n >> 5
        while rest > 0 {
            digits.append(rest & 31)
            rest >>= 5
        }
        for (i, digit) in digits.reversed().enumerated() {
            out.append(i == digits.count - 1 ? terminal[digit] : continuation[digit])
        }
    }

    /// One ascending list of entry numbers.
    static func encode(_ list: [Int]) -> String {
        var out = String.UnicodeScalarView()
        var last = -1
        for n in list {
            append(last < 0 ? n : n - last - 1, to: &out)
            last = n
        }
        return String(out)
    }

    /// The inverse of `encode`, for tests.
    static func decode(_ text: String) -> [Int] {
        var list: [Int] = []
        var acc = 0
        for scalar in text.unicodeScalars {
            if let d = continuation.firstIndex(of: scalar) {
                acc = acc * 32 + d
            } else if let d = terminal.firstIndex(of: scalar) {
                let gap = acc * 32 + d
                list.append(list.last.map { $0 + gap + 1 } ?? gap)
                acc = 0
            }
        }
        return list
    }
}
