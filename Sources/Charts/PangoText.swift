@preconcurrency import CCairo

/// The one way text meets Pango, shared by measuring and painting so that
/// both see exactly the same font, size and glyph positions.
enum PangoText {
    static let family = "Noto Sans CJK SC"

    /// A Pango layout of `text` for the cairo context `cr`; the caller owns it
    /// (`g_object_unref`).
    ///
    /// Metrics are made independent of the output device: hinting off and
    /// glyph positions not rounded, so a PNG at 2× and a PDF place every
    /// glyph where the layout measured it. The size is absolute (user units),
    /// so the context's resolution plays no part.
    static func makeLayout(on cr: OpaquePointer, text: String, fontSize: Double,
                           weight: ChartText.Weight) -> OpaquePointer {
        let layout = pango_cairo_create_layout(cr)!
        let context = pango_layout_get_context(layout)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
        pango_layout_context_changed(layout)

        let description = pango_font_description_new()
        pango_font_description_set_family(description, family)
        pango_font_description_set_weight(description, weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(description, fontSize * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)

        pango_layout_set_text(layout, text, -1)
        return layout
    }

    /// The logical box of a layout, in user units.
    static func logicalSize(of layout: OpaquePointer) -> (width: Double, height: Double, baseline: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        return (Double(logical.width) / scale, Double(logical.height) / scale,
                Double(pango_layout_get_baseline(layout)) / scale)
    }
}
