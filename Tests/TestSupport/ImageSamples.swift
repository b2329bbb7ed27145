import Foundation

/// Small valid PNG and JPEG files for the image tests, made without any
/// image library: the PNG is written here chunk by chunk (stored deflate
/// blocks, CRC-32 and Adler-32 by hand); the JPEG is a 40 × 24 baseline file
/// kept as base64, into which an Exif orientation segment can be spliced.
public enum ImageSamples {
    /// A `width` × `height` 8-bit RGB PNG with a colour gradient.
    public static func png(width: Int, height: Int) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity((width * 3 + 1) * height)
        for y in 0..<height {
            raw.append(0) // filter: none
            for x in 0..<width {
                raw += [UInt8(x * 255 / max(1, width - 1)), UInt8(y * 255 / max(1, height - 1)), 0x80]
            }
        }
        var header: [UInt8] = []
        header += bigEndian32(width) + bigEndian32(height)
        header += [8, 2, 0, 0, 0] // bit depth 8, colour type RGB, deflate, adaptive filtering, no interlace
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", header) + chunk("IDAT", zlibStored(raw)) + chunk("IEND", [])
    }

    /// Only a PNG's signature and IHDR chunk: enough for a header reader, not for a decoder.
    public static func pngHeader(width: Int, height: Int) -> [UInt8] {
        Array(png(width: 1, height: 1).prefix(8)) + chunk("IHDR", bigEndian32(width) + bigEndian32(height) + [8, 2, 0, 0, 0])
    }

    public static let jpegWidth = 40
    public static let jpegHeight = 24

    /// A 40 × 24 baseline JPEG (JFIF, 369 bytes).
    public static let jpeg: [UInt8] = Array(Data(base64Encoded: """
        /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABQODxIPDRQSEBIXFRQYHjIhHhwcHj0sLiQySUBMS0dARkVQWnNiUFVtVkVGZIhlbXd7gYKBTmCNl4x9\
        lnN+gXz/2wBDARUXFx4aHjshITt8U0ZTfHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHz/wAARCAAYACgDASIA\
        AhEBAxEB/8QAGAABAQEBAQAAAAAAAAAAAAAAAAMEBQb/xAAXEAADAQAAAAAAAAAAAAAAAAAAAgNh/8QAFwEBAQEBAAAAAAAAAAAAAAAAAwUEBv/EABkR\
        AAMBAQEAAAAAAAAAAAAAAAACAwERIf/aAAwDAQACEQMRAD8A84sMLLDDasMLLDDY1QJXMSwwssMNqwwqsMBapSlcxLDAdNYYAtqUFv4TWGFlhgALNpw8\
        n0qsMLLDAAWbSlJ9LLDAAFraUFfeH//Z
        """)!)

    /// ``jpeg`` with an APP1 Exif segment after its APP0 whose IFD0 holds
    /// only Orientation (0x0112) = `orientation`, in either TIFF byte order.
    public static func jpeg(orientation: Int, littleEndian: Bool = false) -> [UInt8] {
        func u16(_ v: Int) -> [UInt8] { littleEndian ? [UInt8(v & 0xFF), UInt8(v >> 8)] : [UInt8(v >> 8), UInt8(v & 0xFF)] }
        func u32(_ v: Int) -> [UInt8] { littleEndian ? Array(bigEndian32(v).reversed()) : bigEndian32(v) }
        var tiff: [UInt8] = littleEndian ? [0x49, 0x49] : [0x4D, 0x4D]
        tiff += u16(42) + u32(8) // magic, offset of IFD0
        tiff += u16(1) // one entry
        tiff += u16(0x0112) + u16(3) + u32(1) + u16(orientation) + [0, 0] // SHORT, count 1, value left-justified
        tiff += u32(0) // no next IFD
        let body = Array("Exif".utf8) + [0, 0] + tiff
        let segment: [UInt8] = [0xFF, 0xE1, UInt8((body.count + 2) >> 8), UInt8((body.count + 2) & 0xFF)] + body
        let app0End = 4 + (Int(jpeg[4]) << 8 | Int(jpeg[5])) // SOI (2) + marker (2) + APP0 length
        return Array(jpeg[..<app0End]) + segment + Array(jpeg[app0End...])
    }

    /// Writes `bytes` to `url`, creating its folder.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    private static func bigEndian32(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian32(data.count) + typed + bigEndian32(Int(crc32(typed)))
    }

    /// A zlib stream of stored (uncompressed) deflate blocks.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, data.count - offset)
            let last: UInt8 = offset + count == data.count ? 1 : 0
            out += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8(~count >> 8 & 0xFF)]
            out += data[offset..<(offset + count)]
            offset += count
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian32(Int(b << 16 | a))
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
