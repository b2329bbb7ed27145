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
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(Unicode.Scalar(value) ?? scalar)
        }
        return String(out)
    }

    /// The index keys of normalised text, as UTF-8 bytes (so that canonically equivalent
    /// but different strings stay different keys, as in JavaScript): every maximal run of
    /// ASCII letters and digits is one key ("js2024", "320104"); within runs of other
    /// characters, every pair of neighbouring code points is one key ("南京", "京市").
    static func keys(ofNormalised text: String) -> Set<[UInt8]> {
        var keys = Set<[UInt8]>()
        var word: [UInt8] = []
        var previous: Unicode.Scalar?
        func flushWord() {
            if !word.isEmpty { keys.insert(word) }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                word.append(UInt8(scalar.value))
                previous = nil
            } else if isSpace(scalar) {
                flushWord()
                previous = nil
            } else {
                flushWord()
                if let first = previous { keys.insert(Array((String(first) + String(scalar)).utf8)) }
                previous = scalar
            }
        }
        flushWord()
        return keys
    }
}
