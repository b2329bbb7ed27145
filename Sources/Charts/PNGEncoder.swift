@preconcurrency import CCairo

/// Writes RGB24 pixels (cairo's native-endian `0xXXRRGGBB`) as an 8-bit RGB
/// PNG: no row filter, compressed by ``PixelDeflate``. libpng's defaults
/// (every filter tried per row, zlib level 6), which
/// `cairo_surface_write_to_png_stream` uses, cost 10× the time for files
/// of about the same size (chart pixels are flat colours with antialiased edges).
enum PNGEncoder {
    static func encode(pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> [UInt8] {
        let rawCount = (width * 3 + 1) * height
        let bound = PixelDeflate.bound(count: rawCount)
        return ScratchMemory.shared.withBuffer(count: rawCount + bound) { scratch in
            let raw = scratch.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var o = 0
            for y in 0..<height {
                raw[o] = 0  // filter type None
                o += 1
                let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let p = row[x]
                    raw[o] = UInt8(truncatingIfNeeded: p >> 16)
                    raw[o + 1] = UInt8(truncatingIfNeeded: p >> 8)
                    raw[o + 2] = UInt8(truncatingIfNeeded: p)
                    o += 3
                }
            }
            let compressed = raw + rawCount
            let compressedLength = PixelDeflate.compress(raw, count: rawCount, rowBytes: width * 3 + 1, pixelBytes: 3,
                                                         into: compressed)

            var header: [UInt8] = []
            header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
            header += [8, 2, 0, 0, 0]  // 8-bit, truecolour, deflate, adaptive filtering, no interlace
            var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            out.reserveCapacity(Int(compressedLength) + 64)
            header.withUnsafeBufferPointer { chunk("IHDR", $0, into: &out) }
            chunk("IDAT", UnsafeBufferPointer(start: compressed, count: Int(compressedLength)), into: &out)
            chunk("IEND", UnsafeBufferPointer(start: nil, count: 0), into: &out)
            return out
        }
    }

    private static func chunk(_ type: String, _ body: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        out += bigEndian(UInt32(body.count)) + typeBytes
        out.append(contentsOf: body)
        var crc = crc32(0, typeBytes, 4)
        crc = crc32(crc, body.baseAddress, uInt(body.count))
        out += bigEndian(UInt32(crc))
    }

    private static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
    }
}
