/// The query normalisation and index keys shared by the index builder and
/// `templates/assets/search.js` (functions `normalise` and `keysOf` there):
/// both sides must cut text into exactly the same keys.
enum SearchText {
    /// JavaScript's `\s`: the separators of query terms and of words in `SearchEntry.text`.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// An ASCII letter or digit after normalisation: these form words, everything else bigrams.
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(s.value) || (0x61...0x7A).contains(s.value)
    }

    /// Trims, collapses runs of spaces to one " ", turns full-width ASCII (U+FF01–FF5E) into
    /// half-width and lower-cases ASCII letters. Nothing else changes.
    static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(normalised(scalar))
        }
        return String(out)
    }

    /// A scalar that is not a space as `normalise` writes it.
    private static func normalised(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if (0x41...0x5A).contains(value) { value += 0x20 }
        return Unicode.Scalar(value) ?? scalar
    }

    /// One index key: a word of ASCII letters and digits, or a pair of code points.
    enum Key: Equatable {
        /// A word of at most 8 bytes, its first byte lowest (bit 63 clear), or a pair of
        /// code points `a << 21 | b` with bit 63 set.
        case packed(UInt64)
        /// A longer word.
        case long([UInt8])

        /// The key's UTF-8 bytes, the order of `keys` in the index.
        var utf8: [UInt8] {
            switch self {
            case .long(let bytes):
                return bytes
            case .packed(let code) where code >> 63 == 1:
                var bytes: [UInt8] = []
                for value in [code >> 21 & 0x1F_FFFF, code & 0x1F_FFFF] {
                    UTF8.encode(Unicode.Scalar(UInt32(value))!) { bytes.append($0) }
                }
                return bytes
            case .packed(var code):
                var bytes: [UInt8] = []
                while code != 0 {
                    bytes.append(UInt8(code & 0xFF))
                    code >>= 8
                }
                return bytes
            }
        }
    }

    /// The index keys of `text` once normalised, in order, repeats included: every maximal
    /// run of ASCII letters and digits is one key ("js2024", "320104"); within runs of other
    /// characters, every pair of neighbouring code points is one key ("南京", "京市"). Keys are
    /// bytes, so canonically equivalent but different strings stay different keys, as in
    /// JavaScript.
    static func forEachKey(in text: String, _ body: (Key) -> Void) {
        var word: UInt64 = 0
        var length = 0
        var long: [UInt8] = []  // a word longer than 8 bytes
        var previous: Unicode.Scalar?
        func flushWord() {
            if length > 8 { body(.long(long)) } else if length > 0 { body(.packed(word)) }
            word = 0
            length = 0
        }
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                flushWord()
                previous = nil
                continue
            }
            let scalar = normalised(scalar)
            if isWordScalar(scalar) {
                let byte = UInt8(scalar.value)
                if length < 8 {
                    word |= UInt64(byte) << (8 * length)
                } else {
                    if length == 8 { long = Key.packed(word).utf8 }
                    long.append(byte)
                }
                length += 1
                previous = nil
            } else {
                flushWord()
                if let first = previous { body(.packed(1 << 63 | UInt64(first.value) << 21 | UInt64(scalar.value))) }
                previous = scalar
            }
        }
        flushWord()
    }
}
