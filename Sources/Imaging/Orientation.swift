@preconcurrency internal import CCairo
import Model

/// EXIF orientations applied to pixels.
enum Orientation {
    /// ``ImageInfo/orientationTransform(_:storedWidth:storedHeight:)`` as a cairo matrix.
    static func matrix(_ orientation: Int, storedWidth w: Double, storedHeight h: Double) -> cairo_matrix_t {
        let m = ImageInfo.orientationTransform(orientation, storedWidth: w, storedHeight: h)
        var matrix = cairo_matrix_t()
        cairo_matrix_init(&matrix, m.xx, m.yx, m.xy, m.yy, m.x0, m.y0)
        return matrix
    }

    /// Whether the orientation turns the picture by a quarter (5–8).
    static func swapsAxes(_ orientation: Int) -> Bool { (5...8).contains(orientation) }

    /// `surface` as shown (EXIF `orientation` applied), each pixel moved
    /// unchanged, in RGB24 or ARGB32; `surface` itself when it already is both.
    static func upright(_ surface: ImageSurface, orientation: Int) throws(ImagingError) -> ImageSurface {
        let format = surface.format == CAIRO_FORMAT_ARGB32 ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24
        if orientation == 1 && surface.format == format { return surface }
        let swaps = swapsAxes(orientation)
        let target = try ImageSurface(format: format, width: swaps ? surface.height : surface.width,
                                      height: swaps ? surface.width : surface.height)
        guard let cr = cairo_create(target.pointer) else { throw ImagingError("无法旋转图片：内存不足") }
        defer { cairo_destroy(cr) }
        cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
        var matrix = matrix(orientation, storedWidth: Double(surface.width), storedHeight: Double(surface.height))
        cairo_transform(cr, &matrix)
        cairo_set_source_surface(cr, surface.pointer, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST)
        cairo_paint(cr)
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ImagingError("无法旋转图片：\(String(cString: cairo_status_to_string(status)))")
        }
        cairo_surface_flush(target.pointer)
        return target
    }
}
