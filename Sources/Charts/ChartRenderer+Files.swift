@preconcurrency import CCairo

extension ChartRenderer {
    /// The chart as an SVG document (text as glyph outlines, sized in points
    /// with a matching viewBox). Same layout → byte-identical output, even
    /// within one process (see `SVGPostProcessor`).
    public static func svg(_ layout: ChartLayout) -> [UInt8] {
        let sink = ByteSink()
        sink.withPointer { closure in
            let surface = cairo_svg_surface_create_for_stream(ByteSink.write, closure, layout.width, layout.height)
            let context = cairo_create(surface)!
            draw(layout, on: context)
            cairo_destroy(context)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        return SVGPostProcessor.process(sink.bytes)
    }

    /// The chart as a PNG at `scale` pixels per point (opaque RGB).
    /// Same layout and scale → byte-identical output.
    public static func png(_ layout: ChartLayout, scale: Double = 2) -> [UInt8] {
        let pixelWidth = Int32(max(1, (layout.width * scale).rounded(.up)))
        let pixelHeight = Int32(max(1, (layout.height * scale).rounded(.up)))
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, pixelWidth))
        return ScratchMemory.shared.withBuffer(count: stride * Int(pixelHeight)) { pixels in
            let base = pixels.baseAddress!.assumingMemoryBound(to: UInt8.self)
            let surface = cairo_image_surface_create_for_data(base, CAIRO_FORMAT_RGB24, pixelWidth, pixelHeight,
                                                              Int32(stride))
            let context = cairo_create(surface)!
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
            cairo_scale(context, scale, scale)
            draw(layout, on: context)
            cairo_destroy(context)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
            return PNGEncoder.encode(pixels: UnsafeRawPointer(base), width: Int(pixelWidth), height: Int(pixelHeight),
                                     stride: stride)
        }
    }
}
