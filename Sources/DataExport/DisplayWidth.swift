/// Column widths for Chinese text, in Excel's unit (the width of one "0" of
/// the default font): an East Asian wide or full-width character counts 2,
/// anything else 1 (after Unicode UAX #11; combining marks and other
/// zero-width characters are rare enough in this data to count 1).
enum DisplayWidth {
    /// Extra units for the cell margins.
    static let padding = 2.0
    /// Extra units on header cells for the autofilter's drop-down button.
    static let filterButton = 2.0
    /// The widest a column gets; longer text is cut off visually, not wrapped.
    static let maximum = 60.0

    /// The display width of `text` in units.
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// The width of each column of `table`: the widest cell (headers with
    /// room for the filter button) plus padding, capped at `maximum`.
    static func columns(of table: ExportTable) -> [Double] {
        table.headers.indices.map { column in
            var widest = Double(of(table.headers[column])) + filterButton
            for row in table.rows where column < row.count {
                widest = max(widest, Double(of(row[column].displayText)))
            }
            return min(widest + padding, maximum)
        }
    }

    /// Whether a scalar is East Asian Wide (W) or Fullwidth (F).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F,      // Hangul Jamo initials
             0x2E80...0x303E,      // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
             0x3041...0x33FF,      // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
             0x3400...0x4DBF,      // CJK Extension A
             0x4E00...0x9FFF,      // CJK Unified Ideographs
             0xA000...0xA4CF,      // Yi
             0xAC00...0xD7A3,      // Hangul syllables
             0xF900...0xFAFF,      // CJK compatibility ideographs
             0xFE10...0xFE19,      // vertical forms
             0xFE30...0xFE6F,      // CJK compatibility forms, small form variants
             0xFF00...0xFF60,      // full-width ASCII variants and punctuation (（）、，：)
             0xFFE0...0xFFE6,      // full-width signs
             0x1F300...0x1F64F,    // pictographs, emoticons
             0x1F900...0x1F9FF,    // supplemental symbols and pictographs
             0x20000...0x2FFFD,    // CJK Extensions B–F, compatibility supplement
             0x30000...0x3FFFD:    // CJK Extensions G–H
            return true
        default:
            return false
        }
    }
}
