@preconcurrency internal import CCairo

/// Owns one cairo image surface and destroys it with itself. Not Sendable:
/// cairo handles stay on the task that made them.
final class ImageSurface {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`; fails (destroying it) when cairo reports an error on it.
    init(taking pointer: OpaquePointer?, what: String) throws(ImagingError) {
        guard let pointer else { throw ImagingError("无法创建\(what)：内存不足") }
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(pointer)
            throw ImagingError("无法创建\(what)：\(String(cString: cairo_status_to_string(status)))")
        }
        self.pointer = pointer
    }

    /// A new image surface of `format`, all pixels zero (transparent black).
    convenience init(format: cairo_format_t, width: Int, height: Int) throws(ImagingError) {
        guard width > 0, height > 0, width <= Int(Int32.max), height <= Int(Int32.max) else {
            throw ImagingError("图片尺寸无效：\(width) × \(height)")
        }
        try self.init(taking: cairo_image_surface_create(format, Int32(width), Int32(height)),
                      what: "\(width) × \(height) 像素的图像")
    }

    deinit { cairo_surface_destroy(pointer) }

    var width: Int { Int(cairo_image_surface_get_width(pointer)) }
    var height: Int { Int(cairo_image_surface_get_height(pointer)) }
    var format: cairo_format_t { cairo_image_surface_get_format(pointer) }

    /// The pixel at (`x`, `y`) as cairo stores it: native-endian 0xAARRGGBB,
    /// colours premultiplied by alpha (alpha undefined for RGB24).
    func pixel(x: Int, y: Int) -> UInt32 {
        cairo_surface_flush(pointer)
        guard x >= 0, y >= 0, x < width, y < height, let data = cairo_image_surface_get_data(pointer) else { return 0 }
        let stride = Int(cairo_image_surface_get_stride(pointer))
        return UnsafeRawPointer(data + y * stride + x * 4).loadUnaligned(as: UInt32.self)
    }
}
