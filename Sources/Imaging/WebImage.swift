@preconcurrency internal import CCairo
import Model

/// Pictures for the web: case photos downscaled into `output/`, while the
/// originals stay untouched for print.
public enum WebImage {
    /// JPEG quality of the re-encoded pictures.
    public static let jpegQuality = 82

    /// The picture at most `maxWidth` px wide (as shown, EXIF orientation applied), in its own format:
    /// JPEG re-encoded (quality 82, progressive off, no metadata, optimised Huffman), PNG re-encoded by cairo.
    /// Returns nil when the picture is already <= maxWidth and orientation is 1 (caller then copies the original bytes).
    ///
    /// Never upscales; keeps the aspect ratio, the height rounded to the
    /// nearest pixel and at least 1. An orientation of 2…8 is applied to the
    /// pixels, since the result carries no EXIF. Large JPEGs are decoded at
    /// 1/2, 1/4 or 1/8 scale by libjpeg when that is still at least the
    /// target size, then area-averaged (``Resampler``, cairo's GOOD filter).
    /// CMYK JPEGs are converted to RGB without a colour profile. The same
    /// input always gives the same bytes.
    ///
    /// - Parameter info: what the file's header says (format, stored size,
    ///   orientation); the size decoded from the file wins if they disagree.
    public static func resized(_ bytes: [UInt8], info: ImageInfo, maxWidth: Int) throws(ImagingError) -> ResizedImage? {
        try resized(bytes, info: info, maxWidths: [maxWidth])[0]
    }

    /// ``resized(_:info:maxWidth:)`` for each of `maxWidths`, in order, from
    /// one decode: a JPEG at the smallest DCT scale still as large as the
    /// widest result, turned upright once. Each result is resampled from
    /// those pixels, or averaged from a larger result that is an exact
    /// multiple of it (``ResampleSources``). Nothing is decoded when every result is nil.
    public static func resized(_ bytes: [UInt8], info: ImageInfo, maxWidths: [Int]) throws(ImagingError) -> [ResizedImage?] {
        for maxWidth in maxWidths where maxWidth <= 0 {
            throw ImagingError("网页图片的最大宽度必须大于 0，实为 \(maxWidth)")
        }
        guard info.pixelWidth > 0, info.pixelHeight > 0 else {
            throw ImagingError("图片尺寸无效：\(info.pixelWidth) × \(info.pixelHeight)")
        }
        let leftAlone = { (maxWidth: Int, shownWidth: Int) in info.orientation == 1 && shownWidth <= maxWidth }
        guard let widest = maxWidths.filter({ !leftAlone($0, info.width) }).max() else {
            return maxWidths.map { _ in nil }
        }
        let picture = try upright(bytes, info: info, maxWidth: widest)
        var sources = ResampleSources(picture.surface)
        var results = [ResizedImage?](repeating: nil, count: maxWidths.count)
        for index in maxWidths.indices.sorted(by: { maxWidths[$0] > maxWidths[$1] }) {
            let maxWidth = maxWidths[index]
            if leftAlone(maxWidth, info.width) || leftAlone(maxWidth, picture.shownWidth) { continue }
            let size = targetSize(width: picture.shownWidth, height: picture.shownHeight, maxWidth: maxWidth)
            let pixels = try sources.resized(width: size.width, height: size.height)
            let encoded = switch info.format {
            case .jpeg: try JPEGEncoder.encode(pixels, quality: jpegQuality)
            case .png: try PNGCodec.encode(pixels)
            }
            results[index] = ResizedImage(bytes: encoded, width: size.width, height: size.height, format: info.format)
        }
        return results
    }

    /// The decoded picture turned upright, and its size as shown at full
    /// scale (from the file, which may disagree with `info`); a JPEG decoded
    /// no larger than needed for a result at most `maxWidth` wide.
    private static func upright(_ bytes: [UInt8], info: ImageInfo, maxWidth: Int) throws(ImagingError)
        -> (surface: ImageSurface, shownWidth: Int, shownHeight: Int) {
        let decoded: ImageSurface
        let storedWidth: Int, storedHeight: Int
        switch info.format {
        case .jpeg:
            let expected = targetSize(width: info.width, height: info.height, maxWidth: maxWidth)
            let jpeg = try JPEGDecoder.decode(bytes, minWidth: info.swapsAxes ? expected.height : expected.width,
                                              minHeight: info.swapsAxes ? expected.width : expected.height)
            decoded = jpeg.surface
            (storedWidth, storedHeight) = (jpeg.storedWidth, jpeg.storedHeight)
        case .png:
            decoded = try PNGCodec.decode(bytes)
            (storedWidth, storedHeight) = (decoded.width, decoded.height)
        }
        let surface = try Orientation.upright(decoded, orientation: info.orientation)
        return info.swapsAxes ? (surface, storedHeight, storedWidth) : (surface, storedWidth, storedHeight)
    }

    /// At most `maxWidth` wide, never wider than the picture; the height
    /// in proportion, rounded to the nearest pixel (halves up), at least 1.
    static func targetSize(width: Int, height: Int, maxWidth: Int) -> (width: Int, height: Int) {
        let targetWidth = min(width, maxWidth)
        let targetHeight = (2 * height * targetWidth + width) / (2 * width)
        return (targetWidth, max(1, targetHeight))
    }
}
