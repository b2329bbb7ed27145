@preconcurrency import CCairo

/// The measured logical box of one line of text.
struct TextMetrics: Equatable {
    var width: Double
    var height: Double
    /// Distance from the top of the box to the baseline.
    var baseline: Double
}

/// Measures, wraps and truncates text with Pango on a 1×1 scratch surface.
///
/// Holds cairo handles, so it is neither Sendable nor meant to outlive the
/// layout call that creates it.
final class TextMeasurer {
    private let surface: OpaquePointer
    private let cr: OpaquePointer
    private var cache: [Key: TextMetrics] = [:]

    private struct Key: Hashable {
        var text: String
        var fontSize: Double
        var weight: ChartText.Weight
    }

    init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        cr = cairo_create(surface)
    }

    deinit {
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
    }

    /// The logical box of `text` set on one line.
    func measure(_ text: String, fontSize: Double, weight: ChartText.Weight = .regular) -> TextMetrics {
        let key = Key(text: text, fontSize: fontSize, weight: weight)
        if let known = cache[key] { return known }
        let layout = PangoText.makeLayout(on: cr, text: text, fontSize: fontSize, weight: weight)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let size = PangoText.logicalSize(of: layout)
        let metrics = TextMetrics(width: size.width, height: size.height, baseline: size.baseline)
        cache[key] = metrics
        return metrics
    }

    /// `text` broken into lines no wider than `width`, where Pango's line
    /// breaking allows (between CJK characters, at spaces, never before 。，).
    /// With `balanced`, lines are made as even as the same line count allows,
    /// so a title never ends with a lone character.
    func wrap(_ text: String, width: Double, fontSize: Double, weight: ChartText.Weight = .regular,
              balanced: Bool = false) -> [String] {
        let full = lines(of: text, width: width, fontSize: fontSize, weight: weight)
        guard balanced, full.count > 1 else { return full }
        // The narrowest width that still gives the same number of lines.
        var low = width / Double(full.count) * 0.9, high = width
        var best = full
        for _ in 0..<12 {
            let mid = (low + high) / 2
            let attempt = lines(of: text, width: mid, fontSize: fontSize, weight: weight)
            if attempt.count <= full.count {
                best = attempt
                high = mid
            } else {
                low = mid
            }
        }
        return best
    }

    /// `text` if it fits in `width`, else its longest prefix that fits with "…".
    func truncate(_ text: String, width: Double, fontSize: Double, weight: ChartText.Weight = .regular) -> String {
        if measure(text, fontSize: fontSize, weight: weight).width <= width { return text }
        let characters = Array(text)
        var low = 0, high = characters.count - 1   // longest prefix length that fits
        var best = "…"
        while low <= high {
            let mid = (low + high) / 2
            let candidate = String(characters[0..<mid]) + "…"
            if measure(candidate, fontSize: fontSize, weight: weight).width <= width {
                best = candidate
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return best
    }

    private func lines(of text: String, width: Double, fontSize: Double, weight: ChartText.Weight) -> [String] {
        let layout = PangoText.makeLayout(on: cr, text: text, fontSize: fontSize, weight: weight)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        let bytes = Array(text.utf8)
        var result: [String] = []
        for index in 0..<pango_layout_get_line_count(layout) {
            guard let line = pango_layout_get_line_readonly(layout, index) else { continue }
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            let piece = String(decoding: bytes[start..<min(start + length, bytes.count)], as: UTF8.self)
            let trimmed = String(piece.reversed().drop(while: { $0 == " " || $0 == "\n" }).reversed())
            if !trimmed.isEmpty { result.append(trimmed) }
        }
        return result.isEmpty ? [text] : result
    }
}
