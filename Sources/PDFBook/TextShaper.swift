@preconcurrency import CCairo

/// One line of a shaped text, in points relative to the layout's top edge.
struct LineBox: Hashable, Sendable {
    var top: Double
    var height: Double
    /// Baseline, from the layout's top edge.
    var baseline: Double
}

/// Owns the Pango context of one rendering and every layout made in it.
/// Layout and export share it, so a text is shaped once and painted exactly
/// as it was measured. Not Sendable: one task creates, uses and drops it,
/// on one thread.
///
/// A text measured unwrapped (``naturalWidth(_:style:)``, as every table
/// cell is) and then set at a width it fits on one line is not shaped again
/// (see ``standIn(for:)``).
///
/// The font map is the calling thread's default one (Pango keeps one per
/// thread), which the charts use too: fonts found, loaded and prepared for
/// shaping once serve every book and chart that thread renders.
final class TextShaper {
    static let scale = Double(PANGO_SCALE)

    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let context: OpaquePointer
    private var shapes: [TextSpec: ShapedText] = [:]
    private var lineCache: [TextSpec: [LineBox]] = [:]

    init() {
        fontMap = pango_cairo_font_map_get_default()
        context = pango_font_map_create_context(fontMap)
        // Device-independent metrics: no hinting, no rounding, 1 pt = 1 unit.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("zh-cn"))
    }

    deinit {
        for shape in shapes.values { g_object_unref(UnsafeMutableRawPointer(shape.layout)) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// A shaper for a book set in `options`' fonts; throws when one of them is not installed.
    convenience init(fonts options: PDFOptions) throws {
        self.init()
        for family in Set([options.bodyFont, options.headingFont, options.monospaceFont]).sorted() {
            try requireFont(family)
        }
    }

    /// Throws unless fontconfig really has `family` (Pango would otherwise
    /// substitute another font without a word).
    func requireFont(_ family: String) throws {
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        pango_font_description_set_absolute_size(description, 10 * TextShaper.scale)
        guard let font = pango_font_map_load_font(fontMap, context, description) else {
            throw PDFBookError.fontUnavailable(family: family, substitute: "nothing")
        }
        defer { g_object_unref(font) }
        let described = pango_font_describe(font)
        defer { pango_font_description_free(described) }
        let actual = pango_font_description_get_family(described).map { String(cString: $0) } ?? ""
        if actual.lowercased() != family.lowercased() {
            throw PDFBookError.fontUnavailable(family: family, substitute: actual)
        }
    }

    /// `spec` shaped, once, and kept until the shaper goes away.
    func shaped(_ spec: TextSpec) -> ShapedText {
        if let known = shapes[spec] { return known }
        let shape = standIn(for: spec) ?? ShapedText(layout: makeLayout(spec), xShift: 0)
        shapes[spec] = shape
        return shape
    }

    /// The lines of `spec` as wrapped to its width.
    func lines(_ spec: TextSpec) -> [LineBox] {
        if let known = lineCache[spec] { return known }
        let layout = shaped(spec).layout
        var boxes: [LineBox] = []
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        repeat {
            var top: Int32 = 0, bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iter, &top, &bottom)
            let baseline = pango_layout_iter_get_baseline(iter)
            boxes.append(LineBox(top: Double(top) / TextShaper.scale,
                                 height: Double(bottom - top) / TextShaper.scale,
                                 baseline: Double(baseline) / TextShaper.scale))
        } while pango_layout_iter_next_line(iter) != 0
        lineCache[spec] = boxes
        return boxes
    }

    /// Where each line of `spec` ends: the right edge of its text, in points from the layout's left edge.
    func lineWidths(_ spec: TextSpec) -> [Double] {
        let shape = shaped(spec)
        var widths: [Double] = []
        let iter = pango_layout_get_iter(shape.layout)
        defer { pango_layout_iter_free(iter) }
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            widths.append(Double(shape.xShift + logical.x + logical.width) / TextShaper.scale)
        } while pango_layout_iter_next_line(iter) != 0
        return widths
    }

    /// Where the links of `spec` are: one box per link and line it covers.
    func linkBoxes(_ spec: TextSpec) -> [LinkBox] {
        guard !spec.links.isEmpty else { return [] }
        let shape = shaped(spec)
        var boxes: [LinkBox] = []
        let iter = pango_layout_get_iter(shape.layout)
        defer { pango_layout_iter_free(iter) }
        var index = 0
        repeat {
            if let line = pango_layout_iter_get_line_readonly(iter) {
                var top: Int32 = 0, bottom: Int32 = 0
                pango_layout_iter_get_line_yrange(iter, &top, &bottom)
                let start = Int(line.pointee.start_index), end = start + Int(line.pointee.length)
                for link in spec.links where link.bytes.lowerBound < end && link.bytes.upperBound > start {
                    guard let span = xSpan(line, Int32(max(start, link.bytes.lowerBound)),
                                           Int32(min(end, link.bytes.upperBound)), shift: shape.xShift)
                    else { continue }
                    let rect = Rect(x: span.lowerBound, y: Double(top) / TextShaper.scale,
                                    width: span.upperBound - span.lowerBound,
                                    height: Double(bottom - top) / TextShaper.scale)
                    boxes.append(LinkBox(line: index, rect: rect, target: link.target))
                }
            }
            index += 1
        } while pango_layout_iter_next_line(iter) != 0
        return boxes
    }

    /// The horizontal extent, in points from the layout's left edge, of bytes
    /// `start..<end` of `line` painted `shift` Pango units to the right.
    private func xSpan(_ line: UnsafeMutablePointer<PangoLayoutLine>, _ start: Int32,
                       _ end: Int32, shift: Int32) -> ClosedRange<Double>? {
        var ranges: UnsafeMutablePointer<Int32>?
        var count: Int32 = 0
        pango_layout_line_get_x_ranges(line, start, end, &ranges, &count)
        defer { g_free(ranges) }
        guard let ranges, count > 0 else { return nil }
        var low = Int32.max, high = Int32.min
        for index in 0..<Int(count) {
            low = min(low, ranges[2 * index])
            high = max(high, ranges[2 * index + 1])
        }
        guard high > low else { return nil }
        return (Double(shift + low) / TextShaper.scale)...(Double(shift + high) / TextShaper.scale)
    }

    /// Total height of all lines of `spec`.
    func height(_ spec: TextSpec) -> Double {
        lines(spec).reduce(0) { $0 + $1.height }
    }

    /// The width of `markup` set on one line, unwrapped.
    func naturalWidth(_ markup: String, style: TextStyle) -> Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(shaped(Self.unwrapped(markup, style: style)).layout, nil, &logical)
        return Double(logical.width) / TextShaper.scale
    }

    /// `markup` in `style` set on one line, as ``naturalWidth(_:style:)`` measures it.
    private static func unwrapped(_ markup: String, style: TextStyle) -> TextSpec {
        var unwrapped = style
        unwrapped.firstLineIndent = 0
        unwrapped.justify = false
        return TextSpec(markup: markup, style: unwrapped, width: -1)
    }

    /// The layout of `spec`'s text measured unwrapped, when it can stand in
    /// for `spec`'s own: the text is not centred, fits `spec.width` on one
    /// left-to-right line and has no first-line indent. Pango then sets the
    /// same glyphs on that one line, at the left edge or, right-aligned, by
    /// the spare width further right; justification leaves a paragraph's
    /// last line alone. (Centred lines Pango places with a rounding of its own.)
    private func standIn(for spec: TextSpec) -> ShapedText? {
        guard spec.width > 0, spec.style.firstLineIndent == 0, spec.style.alignment != .center,
              let natural = shapes[Self.unwrapped(spec.markup, style: spec.style)],
              pango_layout_get_line_count(natural.layout) == 1,
              let line = pango_layout_get_line_readonly(natural.layout, 0),
              pango_layout_line_get_resolved_direction(line) == PANGO_DIRECTION_LTR else { return nil }
        var logical = PangoRectangle()
        pango_layout_get_extents(natural.layout, nil, &logical)
        let width = Self.pangoWidth(spec)
        guard logical.width <= width else { return nil }
        g_object_ref(UnsafeMutableRawPointer(natural.layout))
        return ShapedText(layout: natural.layout, xShift: spec.style.alignment == .right ? width - logical.width : 0)
    }

    /// `spec.width` in Pango units, as the layout wraps to it.
    private static func pangoWidth(_ spec: TextSpec) -> Int32 {
        Int32((spec.width * TextShaper.scale).rounded(.down))
    }

    /// The narrowest width, at most `width`, at which `markup` takes no more
    /// lines than at `width`: lines of a centred title come out even, and
    /// no title ends with a lone character.
    func balancedWidth(_ markup: String, style: TextStyle, width: Double) -> Double {
        let count = lines(TextSpec(markup: markup, style: style, width: width)).count
        guard count > 1 else { return width }
        var low = width / Double(count) * 0.9, high = width
        for _ in 0..<12 {
            let middle = ((low + high) / 2).rounded()
            if lines(TextSpec(markup: markup, style: style, width: middle)).count > count {
                low = middle
            } else {
                high = middle
            }
            if high - low <= 1 { break }
        }
        return high
    }

    private func makeLayout(_ spec: TextSpec) -> OpaquePointer {
        let style = spec.style
        let layout = pango_layout_new(context)!
        let description = pango_font_description_new()
        pango_font_description_set_family(description, style.family)
        let weight: PangoWeight = switch style.weight {
        case .light: PANGO_WEIGHT_LIGHT
        case .regular: PANGO_WEIGHT_NORMAL
        case .bold: PANGO_WEIGHT_BOLD
        }
        pango_font_description_set_weight(description, weight)
        pango_font_description_set_absolute_size(description, style.size * TextShaper.scale)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)

        pango_layout_set_width(layout, spec.width < 0 ? -1 : Self.pangoWidth(spec))
        pango_layout_set_wrap(layout, style.wrap == .char ? PANGO_WRAP_CHAR : PANGO_WRAP_WORD_CHAR)
        let alignment: PangoAlignment = switch style.alignment {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
        pango_layout_set_alignment(layout, alignment)
        pango_layout_set_indent(layout, Int32((style.firstLineIndent * TextShaper.scale).rounded()))
        // An absolute line height fixes the baseline grid whatever fonts a line mixes.
        setMarkup(layout, spec.markup, lineHeight: Int32((style.lineHeight * TextShaper.scale).rounded()))
        if style.justify && spec.width > 0 {
            CJKJustifier.justify(layout, width: Self.pangoWidth(spec),
                                 indent: Int32((style.firstLineIndent * TextShaper.scale).rounded()),
                                 maximumGap: Int32(style.size * 0.3 * TextShaper.scale))
        }
        return layout
    }

    /// Sets `markup`'s text and attributes, every line `lineHeight` Pango
    /// units high. Text without tags or entities skips the markup parser.
    /// Markup that does not parse (a bug upstream, never content: content is
    /// escaped) is shown as its literal text rather than dropped.
    private func setMarkup(_ layout: OpaquePointer, _ markup: String, lineHeight: Int32) {
        var attributes: OpaquePointer?
        if markup.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            var text: UnsafeMutablePointer<CChar>?
            var error: UnsafeMutablePointer<GError>?
            if pango_parse_markup(markup, -1, 0, &attributes, &text, nil, &error) != 0 {
                pango_layout_set_text(layout, text, -1)
                g_free(text)
            } else {
                g_error_free(error)
                pango_layout_set_text(layout, markup, -1)
            }
        } else {
            pango_layout_set_text(layout, markup, -1)
        }
        let list = attributes ?? pango_attr_list_new()
        pango_attr_list_insert(list, pango_attr_line_height_new_absolute(lineHeight))
        pango_layout_set_attributes(layout, list)
        pango_attr_list_unref(list)
    }
}
