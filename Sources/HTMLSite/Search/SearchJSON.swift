/// The small JSON writer of `search/index.js`. Output goes inside a `<script src>` file, so
/// `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`: no `</script>` or `<!--`
/// can appear, and U+2028/U+2029 are escaped for older JavaScript parsers.
struct SearchJSON {
    private(set) var text = ""

    mutating func raw(_ s: String) { text += s }

    mutating func number(_ n: Int) { text += String(n) }

    mutating func string(_ s: String) {
        text += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}": text += Self.unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 { text += Self.unicodeEscape(scalar.value) } else { text.unicodeScalars.append(scalar) }
            }
        }
        text += "\""
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

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
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
