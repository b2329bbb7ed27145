@preconcurrency import CCairo

/// A cairo context with the few drawing moves the illustrations use. Each
/// drawing works in its own logical units (e.g. 1200 × 800), scaled to the
/// pixel size of the file.
final class Canvas {
    let cr: OpaquePointer
    /// The logical size drawings lay themselves out in.
    let width: Double
    let height: Double

    init(cr: OpaquePointer, width: Double, height: Double) {
        self.cr = cr
        self.width = width
        self.height = height
    }

    typealias Point = (x: Double, y: Double)

    // MARK: State

    /// Runs `body` between cairo_save and cairo_restore.
    func layer(_ body: () -> Void) {
        cairo_save(cr)
        body()
        cairo_restore(cr)
    }

    func translate(_ x: Double, _ y: Double) { cairo_translate(cr, x, y) }
    func scale(_ x: Double, _ y: Double) { cairo_scale(cr, x, y) }
    func rotate(_ radians: Double) { cairo_rotate(cr, radians) }

    /// Limits drawing to a rectangle until the enclosing layer ends.
    func clip(x: Double, y: Double, w: Double, h: Double) {
        cairo_rectangle(cr, x, y, w, h)
        cairo_clip(cr)
    }

    // MARK: Paths

    private func set(_ c: Color) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a) }

    private func path(_ points: [Point], closed: Bool) {
        guard let first = points.first else { return }
        cairo_new_path(cr)
        cairo_move_to(cr, first.x, first.y)
        for p in points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
        if closed { cairo_close_path(cr) }
    }

    private func roundedPath(x: Double, y: Double, w: Double, h: Double, r: Double) {
        let r = min(r, w / 2, h / 2)
        cairo_new_path(cr)
        cairo_arc(cr, x + w - r, y + r, r, -.pi / 2, 0)
        cairo_arc(cr, x + w - r, y + h - r, r, 0, .pi / 2)
        cairo_arc(cr, x + r, y + h - r, r, .pi / 2, .pi)
        cairo_arc(cr, x + r, y + r, r, .pi, 3 * .pi / 2)
        cairo_close_path(cr)
    }

    // MARK: Fills

    func fillAll(_ c: Color) {
        set(c)
        cairo_paint(cr)
    }

    func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ c: Color) {
        set(c)
        cairo_rectangle(cr, x, y, w, h)
        cairo_fill(cr)
    }

    func roundRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, r: Double, _ c: Color) {
        set(c)
        roundedPath(x: x, y: y, w: w, h: h, r: r)
        cairo_fill(cr)
    }

    func polygon(_ points: [Point], _ c: Color) {
        set(c)
        path(points, closed: true)
        cairo_fill(cr)
    }

    func circle(_ cx: Double, _ cy: Double, _ r: Double, _ c: Color) {
        set(c)
        cairo_new_path(cr)
        cairo_arc(cr, cx, cy, r, 0, 2 * .pi)
        cairo_fill(cr)
    }

    func ellipse(_ cx: Double, _ cy: Double, rx: Double, ry: Double, _ c: Color) {
        layer {
            cairo_translate(cr, cx, cy)
            cairo_scale(cr, rx, ry)
            cairo_new_path(cr)
            cairo_arc(cr, 0, 0, 1, 0, 2 * .pi)
            set(c)
            cairo_fill(cr)
        }
    }

    /// A pie slice or half disc: the arc from `start` to `end` (radians, clockwise from +x) closed through the centre.
    func sector(_ cx: Double, _ cy: Double, _ r: Double, from start: Double, to end: Double, _ c: Color) {
        set(c)
        cairo_new_path(cr)
        cairo_move_to(cr, cx, cy)
        cairo_arc(cr, cx, cy, r, start, end)
        cairo_close_path(cr)
        cairo_fill(cr)
    }

    /// A ring segment, for donut charts.
    func arcBand(_ cx: Double, _ cy: Double, inner: Double, outer: Double, from start: Double, to end: Double, _ c: Color) {
        set(c)
        cairo_new_path(cr)
        cairo_arc(cr, cx, cy, outer, start, end)
        cairo_arc_negative(cr, cx, cy, inner, end, start)
        cairo_close_path(cr)
        cairo_fill(cr)
    }

    /// A rectangle filled with a vertical gradient through `stops` (offset 0…1, colour).
    func verticalGradient(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ stops: [(Double, Color)]) {
        gradient(x: x, y: y, w: w, h: h, from: (x, y), to: (x, y + h), stops)
    }

    func gradient(x: Double, y: Double, w: Double, h: Double, from: Point, to: Point, _ stops: [(Double, Color)]) {
        guard let pattern = cairo_pattern_create_linear(from.x, from.y, to.x, to.y) else { return }
        defer { cairo_pattern_destroy(pattern) }
        for (offset, c) in stops { cairo_pattern_add_color_stop_rgba(pattern, offset, c.r, c.g, c.b, c.a) }
        cairo_set_source(cr, pattern)
        cairo_rectangle(cr, x, y, w, h)
        cairo_fill(cr)
    }

    /// A disc fading from `inner` at the centre to `outer` at radius `r`.
    func glow(_ cx: Double, _ cy: Double, _ r: Double, inner: Color, outer: Color) {
        guard let pattern = cairo_pattern_create_radial(cx, cy, 0, cx, cy, r) else { return }
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_add_color_stop_rgba(pattern, 0, inner.r, inner.g, inner.b, inner.a)
        cairo_pattern_add_color_stop_rgba(pattern, 1, outer.r, outer.g, outer.b, outer.a)
        cairo_set_source(cr, pattern)
        cairo_new_path(cr)
        cairo_arc(cr, cx, cy, r, 0, 2 * .pi)
        cairo_fill(cr)
    }

    // MARK: Strokes

    func line(_ a: Point, _ b: Point, width: Double, _ c: Color, round: Bool = false) {
        polyline([a, b], width: width, c, round: round)
    }

    func polyline(_ points: [Point], width: Double, _ c: Color, round: Bool = false, dash: [Double] = []) {
        set(c)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, round ? CAIRO_LINE_JOIN_ROUND : CAIRO_LINE_JOIN_MITER)
        cairo_set_dash(cr, dash, Int32(dash.count), 0)
        path(points, closed: false)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    func strokeRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, width: Double, _ c: Color, r: Double = 0,
                    dash: [Double] = []) {
        set(c)
        cairo_set_line_width(cr, width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_dash(cr, dash, Int32(dash.count), 0)
        if r > 0 { roundedPath(x: x, y: y, w: w, h: h, r: r) } else {
            cairo_new_path(cr)
            cairo_rectangle(cr, x, y, w, h)
        }
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    func strokePolygon(_ points: [Point], width: Double, _ c: Color, dash: [Double] = []) {
        set(c)
        cairo_set_line_width(cr, width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_dash(cr, dash, Int32(dash.count), 0)
        path(points, closed: true)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    func strokeCircle(_ cx: Double, _ cy: Double, _ r: Double, width: Double, _ c: Color, dash: [Double] = []) {
        strokeArc(cx, cy, r, from: 0, to: 2 * .pi, width: width, c, dash: dash)
    }

    func strokeArc(_ cx: Double, _ cy: Double, _ r: Double, from start: Double, to end: Double, width: Double,
                   _ c: Color, dash: [Double] = [], round: Bool = false) {
        set(c)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, round ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT)
        cairo_set_dash(cr, dash, Int32(dash.count), 0)
        cairo_new_path(cr)
        cairo_arc(cr, cx, cy, r, start, end)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
    }

    /// A smooth curve through cubic Bézier segments: start, then (control 1, control 2, end) triples.
    func curve(_ start: Point, _ segments: [(Point, Point, Point)], width: Double, _ c: Color) {
        set(c)
        cairo_set_line_width(cr, width)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_new_path(cr)
        cairo_move_to(cr, start.x, start.y)
        for (c1, c2, end) in segments { cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, end.x, end.y) }
        cairo_stroke(cr)
    }

    /// Limits drawing to a closed Bézier shape until the enclosing layer ends.
    func clipBlob(_ start: Point, _ segments: [(Point, Point, Point)]) {
        cairo_new_path(cr)
        cairo_move_to(cr, start.x, start.y)
        for (c1, c2, end) in segments { cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, end.x, end.y) }
        cairo_close_path(cr)
        cairo_clip(cr)
    }

    /// A closed shape of cubic Bézier segments, filled.
    func blob(_ start: Point, _ segments: [(Point, Point, Point)], _ c: Color) {
        set(c)
        cairo_new_path(cr)
        cairo_move_to(cr, start.x, start.y)
        for (c1, c2, end) in segments { cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, end.x, end.y) }
        cairo_close_path(cr)
        cairo_fill(cr)
    }
}
