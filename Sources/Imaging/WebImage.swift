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
    /// target size, then box-filtered by cairo. CMYK JPEGs are converted to
    /// RGB without a colour profile. The same input always gives the same bytes.
    ///
    /// - Parameter info: what the file's header says (format, stored size,
    ///   orientation); the size decoded from the file wins if they disagree.
    public static func resized(_ bytes: [UInt8], info: ImageInfo, maxWidth: Int) throws(ImagingError) -> ResizedImage? {
        guard maxWidth > 0 else { throw ImagingError("网页图片的最大宽度必须大于 0，实为 \(maxWidth)") }
        guard info.pixelWidth > 0, info.pixelHeight > 0 else {
            throw ImagingError("图片尺寸无效：\(info.pixelWidth) × \(info.pixelHeight)")
        }
        if info.orientation == 1 && info.width <= maxWidth { return nil }

        let source: ImageSurface
        let storedWidth: Int, storedHeight: Int
        switch info.format {
        case .jpeg:
            let expected = targetSize(width: info.width, height: info.height, maxWidth: maxWidth)
            let decoded = try JPEGDecoder.decode(bytes, minWidth: info.swapsAxes ? expected.height : expected.width,
                                                 minHeight: info.swapsAxes ? expected.width : expected.height)
            source = decoded.surface
            (storedWidth, storedHeight) = (decoded.storedWidth, decoded.storedHeight)
        case .png:
            source = try PNGCodec.decode(bytes)
            (storedWidth, storedHeight) = (source.width, source.height)
        }
        let swaps = info.swapsAxes
        let shownWidth = swaps ? storedHeight : storedWidth, shownHeight = swaps ? storedWidth : storedHeight
        if info.orientation == 1 && shownWidth <= maxWidth { return nil }
        let size = targetSize(width: shownWidth, height: shownHeight, maxWidth: maxWidth)

        let result = try Resampler.draw(source, orientation: info.orientation, width: size.width, height: size.height)
        let encoded = switch info.format {
        case .jpeg: try JPEGEncoder.encode(result, quality: jpegQuality)
        case .png: try PNGCodec.encode(result)
        }
        return ResizedImage(bytes: encoded, width: size.width, height: size.height, format: info.format)
    }

    /// At most `maxWidth` wide, never wider than the picture; the height
    /// in proportion, rounded to the nearest pixel (halves up), at least 1.
    static func targetSize(width: Int, height: Int, maxWidth: Int) -> (width: Int, height: Int) {
        let targetWidth = min(width, maxWidth)
        let targetHeight = (2 * height * targetWidth + width) / (2 * width)
        return (targetWidth, max(1, targetHeight))
    }
}
