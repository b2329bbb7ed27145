import Model

/// Why an image header could not be read, in the user's words.
public struct ImageHeaderError: Error, Equatable, Sendable {
    public let reason: String
    public init(reason: String) { self.reason = reason }
}

/// Reads format, size and orientation from the first bytes of a PNG or JPEG
/// file, by hand (no image library): the PNG IHDR chunk, the JPEG SOFn
/// frame header and the Orientation tag (0x0112) of an APP1 Exif segment.
public enum ImageHeader {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The format the content signature shows, whatever the file's name says; nil for neither.
    public static func format(of bytes: [UInt8]) -> ImageFormat? {
        if bytes.starts(with: pngSignature) { return .png }
        if bytes.count >= 3, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF { return .jpeg }
        return nil
    }

    /// The header of a PNG or JPEG file.
    public static func read(_ bytes: [UInt8]) throws(ImageHeaderError) -> ImageInfo {
        switch format(of: bytes) {
        case .png: return try png(bytes)
        case .jpeg: return try jpeg(bytes)
        case nil: throw ImageHeaderError(reason: "文件内容既不是 PNG 也不是 JPEG 图片")
        }
    }

    /// IHDR must be the first chunk: length 13, then width and height as 32-bit big-endian.
    private static func png(_ bytes: [UInt8]) throws(ImageHeaderError) -> ImageInfo {
        guard bytes.count >= 24, bigEndian(bytes, 8, 4) == 13, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw ImageHeaderError(reason: "PNG 文件缺少 IHDR 头，文件可能已损坏")
        }
        let width = bigEndian(bytes, 16, 4), height = bigEndian(bytes, 20, 4)
        guard width > 0, height > 0, width < 1 << 31, height < 1 << 31 else {
            throw ImageHeaderError(reason: "PNG 文件头中的尺寸无效（\(width)×\(height)）")
        }
        return ImageInfo(format: .png, pixelWidth: width, pixelHeight: height)
    }

    /// Walks the marker segments up to the first SOFn (frame header), noting
    /// the Exif orientation on the way; the scan data after SOS is never read.
    private static func jpeg(_ bytes: [UInt8]) throws(ImageHeaderError) -> ImageInfo {
        var index = 2
        var orientation = 1
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { break }
            var marker = bytes[index + 1]
            index += 2
            while marker == 0xFF, index < bytes.count { // fill bytes before a marker
                marker = bytes[index]
                index += 1
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { continue } // no length field
            if marker == 0xD9 || marker == 0xDA { break } // end of image or start of scan: no frame header seen
            guard index + 2 <= bytes.count else { break }
            let length = bigEndian(bytes, index, 2)
            guard length >= 2, index + length <= bytes.count else { break }
            let body = (index + 2)..<(index + length)
            if marker == 0xE1, let value = exifOrientation(bytes[body]) { orientation = value }
            if isFrameHeader(marker) {
                guard body.count >= 5 else { break }
                let height = bigEndian(bytes, body.lowerBound + 1, 2), width = bigEndian(bytes, body.lowerBound + 3, 2)
                guard width > 0, height > 0 else {
                    throw ImageHeaderError(reason: "JPEG 文件头中的尺寸无效（\(width)×\(height)）")
                }
                return ImageInfo(format: .jpeg, pixelWidth: width, pixelHeight: height, orientation: orientation)
            }
            index += length
        }
        throw ImageHeaderError(reason: "JPEG 文件中找不到图像尺寸（SOF 段），文件可能已损坏")
    }

    /// SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    private static func isFrameHeader(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }

    /// The Orientation tag (0x0112, SHORT) of IFD0 in an APP1 segment body
    /// (`Exif\0\0` and a TIFF header, either byte order); nil when absent.
    static func exifOrientation(_ segment: ArraySlice<UInt8>) -> Int? {
        let bytes = Array(segment)
        guard bytes.count >= 14, bytes.starts(with: Array("Exif".utf8) + [0, 0]) else { return nil }
        let tiff = 6
        let little: Bool
        switch (bytes[tiff], bytes[tiff + 1]) {
        case (0x49, 0x49): little = true // "II"
        case (0x4D, 0x4D): little = false // "MM"
        default: return nil
        }
        func number(_ offset: Int, _ count: Int) -> Int? {
            guard offset >= 0, offset + count <= bytes.count else { return nil }
            return little ? littleEndian(bytes, offset, count) : bigEndian(bytes, offset, count)
        }
        guard number(tiff + 2, 2) == 42, let ifd = number(tiff + 4, 4).map({ tiff + $0 }),
              let entries = number(ifd, 2) else { return nil }
        for entry in 0..<min(entries, 512) {
            let at = ifd + 2 + entry * 12
            guard let tag = number(at, 2) else { return nil }
            guard tag == 0x0112 else { continue }
            guard number(at + 2, 2) == 3, let value = number(at + 8, 2), (1...8).contains(value) else { return nil }
            return value
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func littleEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        bytes[offset..<(offset + count)].reversed().reduce(0) { $0 << 8 | Int($1) }
    }
}
