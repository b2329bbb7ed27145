@preconcurrency import CCairo

/// Paints a `ChartLayout`. It decides nothing: every position, colour and
/// line of text comes from the layout.
public enum ChartRenderer {
    /// Draws the layout onto any cairo context (PDF page, SVG or image surface),
    /// with its top-left corner at the context's current origin.
    ///
    /// `context` is a `cairo_t *`; its state (source, line width, dash) is
    /// saved and restored.
    public static func draw(_ layout: ChartLayout, on context: OpaquePointer) {
        cairo_save(context)
        defer { cairo_restore(context) }
        for item in layout.items {
            switch item {
            case .rect(let rect):
                setSource(rect.fill, on: context)
                cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
                cairo_fill(context)
            case .line(let line):
                setSource(line.color, on: context)
                cairo_set_line_width(context, line.width)
                cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
                line.dash.withUnsafeBufferPointer {
                    cairo_set_dash(context, $0.baseAddress, Int32($0.count), 0)
                }
                cairo_move_to(context, line.x1, line.y1)
                cairo_line_to(context, line.x2, line.y2)
                cairo_stroke(context)
            case .text(let text):
                setSource(text.color, on: context)
                let pango = PangoText.makeLayout(on: context, text: text.string, fontSize: text.fontSize,
                                                 weight: text.weight)
                cairo_move_to(context, text.minX, text.y)
                pango_cairo_show_layout(context, pango)
                g_object_unref(UnsafeMutableRawPointer(pango))
            }
        }
    }

    private static func setSource(_ color: ChartColor, on context: OpaquePointer) {
        let (red, green, blue) = color.unitComponents
        cairo_set_source_rgb(context, red, green, blue)
    }
}
