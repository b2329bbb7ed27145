@preconcurrency internal import CCairo

/// Turns and shrinks a surface with cairo. CAIRO_FILTER_GOOD makes pixman
/// average over a box the size of the step between output pixels when the
/// scale is below 3/4 (bilinear above), so fine detail averages out instead
/// of aliasing; CAIRO_EXTEND_PAD keeps the edge pixels from fading to black.
enum Resampler {
    /// `source` drawn upright (EXIF `orientation` applied) into a new
    /// `width` × `height` surface of the same format.
    static func draw(_ source: ImageSurface, orientation: Int, width: Int, height: Int) throws(ImagingError) -> ImageSurface {
        let target = try ImageSurface(format: source.format == CAIRO_FORMAT_ARGB32 ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                      width: width, height: height)
        let swaps = Orientation.swapsAxes(orientation)
        let shownWidth = Double(swaps ? source.height : source.width)
        let shownHeight = Double(swaps ? source.width : source.height)

        guard let cr = cairo_create(target.pointer) else { throw ImagingError("无法缩放图片：内存不足") }
        defer { cairo_destroy(cr) }
        cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE)
        cairo_scale(cr, Double(width) / shownWidth, Double(height) / shownHeight)
        var matrix = Orientation.matrix(orientation, storedWidth: Double(source.width), storedHeight: Double(source.height))
        cairo_transform(cr, &matrix)
        cairo_set_source_surface(cr, source.pointer, 0, 0)
        let pattern = cairo_get_source(cr)
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_GOOD)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_paint(cr)
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ImagingError("无法缩放图片：\(String(cString: cairo_status_to_string(status)))")
        }
        cairo_surface_flush(target.pointer)
        return target
    }
}
