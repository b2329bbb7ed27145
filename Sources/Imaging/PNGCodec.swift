@preconcurrency internal import CCairo

/// PNG in and out through cairo (libpng underneath).
enum PNGCodec {
    /// An ARGB32 surface when the PNG has transparency, RGB24 otherwise.
    static func decode(_ bytes: [UInt8]) throws(ImagingError) -> ImageSurface {
        let source = ByteSource(bytes)
        let pointer = source.withPointer { cairo_image_surface_create_from_png_stream(ByteSource.read, $0) }
        guard let pointer else { throw ImagingError("无法解码 PNG 图片：内存不足") }
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(pointer)
            throw ImagingError("无法解码 PNG 图片：\(String(cString: cairo_status_to_string(status)))")
        }
        return try ImageSurface(taking: pointer, what: "PNG 图像")
    }

    /// An 8-bit RGBA PNG for ARGB32 surfaces, RGB for RGB24. libpng writes no timestamp.
    static func encode(_ surface: ImageSurface) throws(ImagingError) -> [UInt8] {
        let sink = ByteSink()
        let status = sink.withPointer { cairo_surface_write_to_png_stream(surface.pointer, ByteSink.write, $0) }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ImagingError("无法编码 PNG 图片：\(String(cString: cairo_status_to_string(status)))")
        }
        return sink.bytes
    }
}
