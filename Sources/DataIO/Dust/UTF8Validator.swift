/// Checks that a byte stream is well-formed UTF-8 (no overlong forms, no
/// surrogates, nothing above U+10FFFF), one chunk at a time, so a file's
/// encoding can be decided while it is being read (DATA.md §1: valid UTF-8 is
/// UTF-8, anything else GB18030).
struct UTF8Validator {
    /// Continuation bytes still expected by the current sequence.
    private var pending = 0
    /// Allowed range of the next continuation byte.
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF

    /// True when the bytes so far end on a character boundary.
    var isAtBoundary: Bool { pending == 0 }

    /// Feeds the next bytes; false as soon as they cannot be UTF-8.
    mutating func feed(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        while i < count {
            if pending == 0 {
                // Plain ASCII, eight bytes at a time.
                while i + 8 <= count {
                    let word = UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                guard i < count else { break }
                let byte = bytes[i]
                i += 1
                guard byte >= 0x80 else { continue }
                guard start(byte) else { return false }
            } else {
                let byte = bytes[i]
                i += 1
                guard byte >= low && byte <= high else { return false }
                pending -= 1
                low = 0x80
                high = 0xBF
            }
        }
        return true
    }

    /// Reads a lead byte: how many continuation bytes follow and the range of the first.
    private mutating func start(_ byte: UInt8) -> Bool {
        low = 0x80
        high = 0xBF
        switch byte {
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: pending = 2
        case 0xED: pending = 2; high = 0x9F
        case 0xF0: pending = 3; low = 0x90
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; high = 0x8F
        default: return false
        }
        return true
    }
}
