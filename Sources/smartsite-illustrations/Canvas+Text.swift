@preconcurrency import CCairo

extension Canvas {
    enum Align { case left, center, right }

    /// Draws one line of text with its top-left (or top-centre, top-right)
    /// at (`x`, `y`), in Noto Sans CJK SC; returns its width and height.
    @discardableResult
    func text(_ string: String, x: Double, y: Double, size: Double, _ c: Color, bold: Bool = false,
              align: Align = .left) -> (width: Double, height: Double) {
        guard let layout = pango_cairo_create_layout(cr) else { return (0, 0) }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let context = pango_layout_get_context(layout)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
        pango_layout_context_changed(layout)

        let description = pango_font_description_new()
        pango_font_description_set_family(description, "Noto Sans CJK SC")
        pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        pango_layout_set_text(layout, string, -1)

        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let width = Double(logical.width) / Double(PANGO_SCALE)
        let height = Double(logical.height) / Double(PANGO_SCALE)
        let left = switch align {
        case .left: x
        case .center: x - width / 2
        case .right: x - width
        }
        layer {
            cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a)
            cairo_move_to(cr, left, y)
            pango_cairo_show_layout(cr, layout)
        }
        return (width, height)
    }

    /// A label on a rounded plate: text centred in a box padded around it.
    func tag(_ string: String, x: Double, y: Double, size: Double, text textColor: Color, plate: Color,
             padding: Double? = nil, align: Align = .left) {
        let pad = padding ?? size * 0.45
        let measured = measure(string, size: size, bold: true)
        let w = measured.width + 2 * pad, h = measured.height + pad * 0.8
        let left = switch align {
        case .left: x
        case .center: x - w / 2
        case .right: x - w
        }
        roundRect(left, y, w, h, r: size * 0.3, plate)
        text(string, x: left + pad, y: y + pad * 0.4, size: size, textColor, bold: true)
    }

    /// The size `text` would take, without drawing.
    func measure(_ string: String, size: Double, bold: Bool = false) -> (width: Double, height: Double) {
        var result = (width: 0.0, height: 0.0)
        layer {
            cairo_rectangle(cr, 0, 0, 0, 0)
            cairo_clip(cr)
            result = text(string, x: 0, y: 0, size: size, Color(0x000000, alpha: 0), bold: bold)
        }
        return result
    }
}
