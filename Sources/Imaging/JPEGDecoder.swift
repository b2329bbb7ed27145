@preconcurrency internal import CCairo
internal import CJPEG
internal import Glibc

/// JPEG in through libjpeg(-turbo), straight into a cairo RGB24 surface.
enum JPEGDecoder {
    /// A decoded picture and the size of the pixel grid stored in the file.
    struct Decoded {
        let surface: ImageSurface
        let storedWidth: Int
        let storedHeight: Int
        /// 1, 2, 4 or 8: libjpeg decoded at 1/scaleDenominator of the stored size.
        let scaleDenominator: Int
    }

    /// Decodes `bytes`, at 1/2, 1/4 or 1/8 of the stored size when even then
    /// the result is at least `minWidth` × `minHeight` (stored axes); at full size when both are 0.
    /// Grayscale comes out as RGB; CMYK/YCCK is converted naively (no ICC profile).
    static func decode(_ bytes: [UInt8], minWidth: Int = 0, minHeight: Int = 0) throws(ImagingError) -> Decoded {
        var image = smartsite_jpeg_image()
        var message = [CChar](repeating: 0, count: 256)
        let ok = bytes.withUnsafeBufferPointer { buffer in
            smartsite_jpeg_decode(buffer.baseAddress, UInt(buffer.count),
                                  Int32(clamping: minWidth), Int32(clamping: minHeight),
                                  &image, &message, message.count)
        }
        guard ok == 1, let pixels = image.pixels else {
            throw ImagingError("无法解码 JPEG 图片：", cMessage: message)
        }
        let width = Int(image.width), height = Int(image.height)
        // Rows of RGB24 are width * 4 bytes, which is what the decoder wrote.
        guard cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, image.width) == image.width * 4,
              let pointer = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, image.width, image.height,
                                                                image.width * 4)
        else {
            free(pixels)
            throw ImagingError("无法解码 JPEG 图片：图像尺寸 \(width) × \(height) 无法处理")
        }
        // The surface frees the decoder's buffer when it is destroyed.
        var status = cairo_surface_status(pointer)
        if status == CAIRO_STATUS_SUCCESS {
            status = cairo_surface_set_user_data(pointer, &pixelBufferKey, pixels, { free($0) })
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(pointer)
            free(pixels)
            throw ImagingError("无法解码 JPEG 图片：\(width) × \(height) 像素，\(String(cString: cairo_status_to_string(status)))")
        }
        let surface = try ImageSurface(taking: pointer, what: "\(width) × \(height) 像素的图像")
        return Decoded(surface: surface, storedWidth: Int(image.stored_width), storedHeight: Int(image.stored_height),
                       scaleDenominator: Int(image.scale_denominator))
    }
}

/// Only its address matters: it names the user data holding a surface's pixel buffer.
nonisolated(unsafe) private var pixelBufferKey = cairo_user_data_key_t()
