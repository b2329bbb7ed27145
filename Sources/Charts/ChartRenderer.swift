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
                setDash(line.dash, on: context)
                cairo_move_to(context, line.x1, line.y1)
                cairo_line_to(context, line.x2, line.y2)
                cairo_stroke(context)
            case .path(let path):
                draw(path, on: context)
            case .text(let text):
                setSource(text.color, on: context)
                cairo_save(context)
                // Rotated text turns about its anchor; the layout is made after the
                // transform so that Pango shapes for it.
                var start = (x: text.minX, y: text.y)
                if text.angle != 0 {
                    cairo_translate(context, text.x, text.y)
                    cairo_rotate(context, text.angle * Double.pi / 180)
                    start = (text.minX - text.x, 0)
                }
                let pango = PangoText.makeLayout(on: context, text: text.string, fontSize: text.fontSize,
                                                 weight: text.weight)
                cairo_move_to(context, start.x, start.y)
                pango_cairo_show_layout(context, pango)
                g_object_unref(UnsafeMutableRawPointer(pango))
                cairo_restore(context)
            }
        }
    }

    private static func draw(_ path: ChartPath, on context: OpaquePointer) {
        cairo_new_path(context)
        for element in path.elements {
            switch element {
            case .move(let x, let y): cairo_move_to(context, x, y)
            case .line(let x, let y): cairo_line_to(context, x, y)
            case .arc(let cx, let cy, let radius, let start, let end):
                if end >= start {
                    cairo_arc(context, cx, cy, radius, start, end)
                } else {
                    cairo_arc_negative(context, cx, cy, radius, start, end)
                }
            case .close: cairo_close_path(context)
            }
        }
        if let fill = path.fill {
            setSource(fill, on: context)
            if path.stroke == nil { cairo_fill(context) } else { cairo_fill_preserve(context) }
        }
        if let stroke = path.stroke {
            setSource(stroke, on: context)
            cairo_set_line_width(context, path.strokeWidth)
            cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
            cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
            setDash([], on: context)
            cairo_stroke(context)
        }
        cairo_new_path(context)
    }

    private static func setDash(_ dash: [Double], on context: OpaquePointer) {
        dash.withUnsafeBufferPointer {
            cairo_set_dash(context, $0.baseAddress, Int32($0.count), 0)
        }
    }

    private static func setSource(_ color: ChartColor, on context: OpaquePointer) {
        let (red, green, blue) = color.unitComponents
        cairo_set_source_rgb(context, red, green, blue)
    }
}
