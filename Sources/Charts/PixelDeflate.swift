/// A deflate encoder (RFC 1951, one block with the fixed Huffman codes) for
/// PNG scanlines of charts, wrapped as a zlib stream (RFC 1950).
///
/// Chart pixels are flat colours: most of a scanline repeats the scanline
/// above it, and most of the rest repeats the pixel to its left. The encoder
/// looks for exactly those two matches — distance one row, and distance one
/// pixel — and writes everything else as literals. That is a quarter of
/// zlib's work at level 1 for files of about the same size, because it never
/// hashes or searches.
enum PixelDeflate {
    /// Compresses `count` bytes of scanlines whose rows are `rowBytes` long
    /// (filter byte included) and whose pixels are `pixelBytes` long, into
    /// `output`, which must hold ``bound(count:)`` bytes. Returns the length written.
    static func compress(_ input: UnsafePointer<UInt8>, count: Int, rowBytes: Int, pixelBytes: Int,
                         into output: UnsafeMutablePointer<UInt8>) -> Int {
        var bits = BitWriter(output: output)
        bits.putBytes(0x78, 0x01)  // zlib header: deflate, 32K window, fastest
        bits.put(0b011, count: 3)  // BFINAL, BTYPE = 01 (fixed codes)
        let row = rowBytes <= 32_768 ? rowBytes : 0
        let rowDistance = row > 0 ? Codes.distance(row) : (0, 0)
        let pixelDistance = Codes.distance(pixelBytes)
        var i = 0
        while i < count {
            let limit = min(258, count - i)
            var length = 0
            var distance = (code: 0, bits: 0)
            if row > 0, i >= row {
                length = matchLength(input + i, input + i - row, limit: limit)
                distance = rowDistance
            }
            if length < 3, i >= pixelBytes {
                length = matchLength(input + i, input + i - pixelBytes, limit: limit)
                distance = pixelDistance
            }
            if length >= 3 {
                let code = Codes.length[length]
                bits.put(UInt64(code.code), count: Int(code.bits))
                bits.put(UInt64(distance.code), count: distance.bits)
                i += length
            } else {
                let code = Codes.literal[Int(input[i])]
                bits.put(UInt64(code.code), count: Int(code.bits))
                i += 1
            }
        }
        let end = Codes.literal[256]
        bits.put(UInt64(end.code), count: Int(end.bits))
        bits.alignToByte()
        let checksum = adler32(input, count: count)
        bits.putBytes(UInt8(checksum >> 24), UInt8(truncatingIfNeeded: checksum >> 16))
        bits.putBytes(UInt8(truncatingIfNeeded: checksum >> 8), UInt8(truncatingIfNeeded: checksum))
        return bits.written
    }

    /// Output capacity needed for `count` input bytes: literals take at most
    /// 9 bits each.
    static func bound(count: Int) -> Int { count / 8 * 9 + 64 }

    private static func matchLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, limit: Int) -> Int {
        var n = 0
        while n + 8 <= limit {
            let x = UnsafeRawPointer(a + n).loadUnaligned(as: UInt64.self)
            let y = UnsafeRawPointer(b + n).loadUnaligned(as: UInt64.self)
            if x != y { return n + (x ^ y).trailingZeroBitCount / 8 }
            n += 8
        }
        while n < limit, a[n] == b[n] { n += 1 }
        return n
    }

    /// Adler-32 of `count` bytes, summed in blocks short enough that the
    /// 32-bit sums cannot overflow (RFC 1950's NMAX).
    static func adler32(_ input: UnsafePointer<UInt8>, count: Int) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        var i = 0
        while i < count {
            let end = min(count, i + 5552)
            while i + 4 <= end {
                a &+= UInt32(input[i]); b &+= a
                a &+= UInt32(input[i + 1]); b &+= a
                a &+= UInt32(input[i + 2]); b &+= a
                a &+= UInt32(input[i + 3]); b &+= a
                i += 4
            }
            while i < end {
                a &+= UInt32(input[i]); b &+= a
                i += 1
            }
            a %= 65521
            b %= 65521
        }
        return b << 16 | a
    }

    /// Bits packed least significant first, as deflate stores them.
    private struct BitWriter {
        let output: UnsafeMutablePointer<UInt8>
        var written = 0
        var buffer: UInt64 = 0
        var pending = 0

        mutating func put(_ value: UInt64, count: Int) {
            buffer |= value << UInt64(pending)
            pending += count
            if pending >= 32 {
                UnsafeMutableRawPointer(output + written).storeBytes(of: UInt32(truncatingIfNeeded: buffer).littleEndian,
                                                                     as: UInt32.self)
                written += 4
                buffer >>= 32
                pending -= 32
            }
        }

        mutating func alignToByte() {
            while pending > 0 {
                output[written] = UInt8(truncatingIfNeeded: buffer)
                written += 1
                buffer >>= 8
                pending = max(0, pending - 8)
            }
            buffer = 0
        }

        mutating func putBytes(_ first: UInt8, _ second: UInt8) {
            output[written] = first
            output[written + 1] = second
            written += 2
        }
    }

    /// The fixed Huffman codes, bit-reversed for LSB-first packing, with the
    /// extra bits of lengths and distances folded into the same value.
    private enum Codes {
        struct Code { var code: UInt32; var bits: UInt8 }

        static let literal: [Code] = (0..<288).map { symbol in
            switch symbol {
            case 0...143: Code(code: reversed(0x30 + symbol, bits: 8), bits: 8)
            case 144...255: Code(code: reversed(0x190 + symbol - 144, bits: 9), bits: 9)
            case 256...279: Code(code: reversed(symbol - 256, bits: 7), bits: 7)
            default: Code(code: reversed(0xC0 + symbol - 280, bits: 8), bits: 8)
            }
        }

        private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                         67, 83, 99, 115, 131, 163, 195, 227, 258]
        private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5,
                                          5, 5, 5, 0]

        /// Indexed by match length 3…258 (0…2 unused).
        static let length: [Code] = (0...258).map { length in
            guard length >= 3 else { return Code(code: 0, bits: 0) }
            let index = lengthBase.lastIndex { $0 <= length }!
            let symbol = literal[257 + index]
            let extra = UInt32(length - lengthBase[index])
            return Code(code: symbol.code | extra << UInt32(symbol.bits), bits: symbol.bits + UInt8(lengthExtra[index]))
        }

        private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513,
                                           769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]

        /// A distance 1…32768: its 5-bit code and extra bits, as one value.
        static func distance(_ distance: Int) -> (code: Int, bits: Int) {
            let index = distanceBase.lastIndex { $0 <= distance }!
            let extraBits = index < 4 ? 0 : index / 2 - 1
            let code = Int(reversed(index, bits: 5)) | (distance - distanceBase[index]) << 5
            return (code, 5 + extraBits)
        }

        private static func reversed(_ value: Int, bits: Int) -> UInt32 {
            var result: UInt32 = 0
            for k in 0..<bits where value & (1 << k) != 0 { result |= 1 << UInt32(bits - 1 - k) }
            return result
        }
    }
}
