@preconcurrency internal import CCairo
internal import CJPEG
internal import Glibc

/// Writes baseline JFIF JPEGs with libjpeg(-turbo): optimised Huffman
/// tables, 4:2:0 chroma, no EXIF or other metadata. The same pixels and
/// quality always give the same bytes.
public enum JPEGEncoder {
    /// Encodes packed 8-bit RGB (`width * height * 3` bytes, rows top to bottom).
    /// - Parameter quality: libjpeg's quality, 1…100.
    public static func encode(rgb: [UInt8], width: Int, height: Int, quality: Int) throws(ImagingError) -> [UInt8] {
        guard width > 0, height > 0, width <= 65_500, height <= 65_500, rgb.count == width * height * 3 else {
            throw ImagingError("无法编码 JPEG 图片：\(width) × \(height) 像素需要 \(width * height * 3) 字节 RGB 数据，实有 \(rgb.count) 字节")
        }
        return try rgb.withUnsafeBufferPointer { buffer throws(ImagingError) in
            try encode(pixels: buffer.baseAddress, width: width, height: height, stride: width * 3,
                       layout: SMARTSITE_JPEG_RGB, quality: quality)
        }
    }

    /// Encodes a cairo image surface (`cairo_surface_t *` of format RGB24 or
    /// ARGB32). Alpha is dropped and ARGB32 colours are premultiplied, so
    /// transparent parts come out black: paint an opaque background first.
    public static func encode(cairoSurface surface: OpaquePointer, quality: Int) throws(ImagingError) -> [UInt8] {
        cairo_surface_flush(surface)
        let format = cairo_image_surface_get_format(surface)
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              format == CAIRO_FORMAT_RGB24 || format == CAIRO_FORMAT_ARGB32,
              let data = cairo_image_surface_get_data(surface)
        else { throw ImagingError("无法编码 JPEG 图片：只能编码 RGB24 或 ARGB32 格式的 cairo 图像") }
        return try encode(pixels: data, width: Int(cairo_image_surface_get_width(surface)),
                          height: Int(cairo_image_surface_get_height(surface)),
                          stride: Int(cairo_image_surface_get_stride(surface)),
                          layout: SMARTSITE_JPEG_CAIRO_XRGB, quality: quality)
    }

    static func encode(_ surface: ImageSurface, quality: Int) throws(ImagingError) -> [UInt8] {
        try encode(cairoSurface: surface.pointer, quality: quality)
    }

    private static func encode(pixels: UnsafePointer<UInt8>?, width: Int, height: Int, stride: Int,
                               layout: smartsite_jpeg_layout, quality: Int) throws(ImagingError) -> [UInt8] {
        var out: UnsafeMutablePointer<UInt8>?
        var length: UInt = 0
        var message = [CChar](repeating: 0, count: 256)
        let ok = smartsite_jpeg_encode(pixels, Int32(clamping: width), Int32(clamping: height), Int32(clamping: stride),
                                       layout, Int32(min(100, max(1, quality))), &out, &length, &message, message.count)
        defer { free(out) }
        guard ok == 1, let out else {
            throw ImagingError("无法编码 JPEG 图片：", cMessage: message)
        }
        return Array(UnsafeBufferPointer(start: out, count: Int(length)))
    }
}
