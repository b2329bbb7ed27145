@preconcurrency import CCairo

/// Writes an RGB24 cairo image surface as an 8-bit RGB PNG: no row filter and
/// zlib level 1. libpng's defaults (every filter tried per row, level 6), which
/// `cairo_surface_write_to_png_stream` uses, cost 4× the time for files of the
/// same size (chart pixels are flat colours with antialiased edges).
enum PNGEncoder {
    static func encode(_ surface: OpaquePointer) -> [UInt8] {
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!

        // Scanlines: a filter byte 0, then R G B of each pixel (cairo stores native-endian 0xXXRRGGBB).
        var raw = [UInt8](repeating: 0, count: (width * 3 + 1) * height)
        data.withMemoryRebound(to: UInt32.self, capacity: stride / 4 * height) { pixels in
            var o = 0
            for y in 0..<height {
                raw[o] = 0
                o += 1
                let row = pixels + y * (stride / 4)
                for x in 0..<width {
                    let p = row[x]
                    raw[o] = UInt8(truncatingIfNeeded: p >> 16)
                    raw[o + 1] = UInt8(truncatingIfNeeded: p >> 8)
                    raw[o + 2] = UInt8(truncatingIfNeeded: p)
                    o += 3
                }
            }
        }
        var compressedLength = compressBound(uLong(raw.count))
        var compressed = [UInt8](repeating: 0, count: Int(compressedLength))
        _ = compress2(&compressed, &compressedLength, raw, uLong(raw.count), 1)
        compressed.removeLast(compressed.count - Int(compressedLength))

        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8-bit, truecolour, deflate, adaptive filtering, no interlace
        chunk("IHDR", header, into: &out)
        chunk("IDAT", compressed, into: &out)
        chunk("IEND", [], into: &out)
        return out
    }

    private static func chunk(_ type: String, _ body: [UInt8], into out: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        out += bigEndian(UInt32(body.count)) + typeBytes + body
        var crc = crc32(0, typeBytes, 4)
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        out += bigEndian(UInt32(crc))
    }

    private static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8(truncatingIfNeeded: v >> 16), UInt8(truncatingIfNeeded: v >> 8), UInt8(truncatingIfNeeded: v)]
    }
}
