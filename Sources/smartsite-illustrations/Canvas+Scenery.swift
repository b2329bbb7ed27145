@preconcurrency import CCairo

/// Backgrounds the outdoor scenes share: sky, clouds, skyline, ground, fence, trees.
extension Canvas {
    /// Sky from the top down to `horizon`, pale towards it.
    func sky(horizon: Double) {
        verticalGradient(0, 0, width, horizon, [(0, Palette.skyTop), (1, Palette.skyHorizon)])
    }

    /// A flat cloud of overlapping discs, `w` wide, its flat base at `y`.
    func cloud(x: Double, y: Double, w: Double, _ c: Color = Palette.cloud) {
        let h = w * 0.32
        layer {
            // One path for all discs, so overlaps do not darken the translucent white.
            cairo_new_path(cr)
            let discs: [(Double, Double, Double)] = [(0.22, 0.62, 0.26), (0.45, 0.42, 0.34), (0.7, 0.58, 0.27), (0.86, 0.78, 0.17)]
            for (fx, fy, fr) in discs {
                cairo_new_sub_path(cr)
                cairo_arc(cr, x + fx * w, y - h + fy * h, fr * h * 1.6, 0, 2 * .pi)
            }
            cairo_new_sub_path(cr)
            cairo_rectangle(cr, x + 0.08 * w, y - h * 0.35, w * 0.86, h * 0.35)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            cairo_clip(cr)
            cairo_rectangle(cr, x, y - 2 * h, w, 2 * h)
            cairo_clip(cr)
            cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a)
            cairo_paint(cr)
        }
    }

    /// Pale blocks of a distant city standing on `baseline`.
    func skyline(baseline: Double, from x0: Double, to x1: Double, seed: UInt64, _ c: Color = Palette.distant) {
        var random = SeededRandom(seed: seed)
        var x = x0
        while x < x1 {
            let w = random.next(in: 30...80)
            let h = random.next(in: 40...150)
            rect(x, baseline - h, w, h, c)
            if random.next() > 0.6 { rect(x + w * 0.3, baseline - h - 14, w * 0.4, 14, c) }
            x += w + random.next(in: 2...18)
        }
    }

    /// Ground from `horizon` to the bottom edge.
    func ground(horizon: Double, _ top: Color = Palette.ground, _ bottom: Color = Palette.groundDark) {
        verticalGradient(0, horizon, width, height - horizon, [(0, top), (1, bottom)])
    }

    /// A site hoarding: blue panels with a white band, `h` tall, standing on `base`.
    func hoarding(from x0: Double, to x1: Double, base: Double, h: Double, slogan: String? = nil) {
        rect(x0, base - h, x1 - x0, h, Color(0x2C5F9E))
        rect(x0, base - h * 0.62, x1 - x0, h * 0.3, Palette.white)
        rect(x0, base - h * 0.08, x1 - x0, h * 0.08, Color(0x3E8E4F))
        var x = x0
        while x < x1 {
            rect(x, base - h - 2, 3, h + 2, Color(0x1E4677))
            x += h * 1.4
        }
        if let slogan {
            text(slogan, x: (x0 + x1) / 2, y: base - h * 0.6, size: h * 0.2, Color(0x2C5F9E), bold: true, align: .center)
        }
    }

    /// A round-crowned tree standing on `base`.
    func tree(x: Double, base: Double, size: Double, _ c: Color = Palette.green) {
        rect(x - size * 0.06, base - size * 0.5, size * 0.12, size * 0.5, Color(0x7A5A3A))
        circle(x, base - size * 0.78, size * 0.36, c)
        circle(x - size * 0.2, base - size * 0.62, size * 0.26, c.darker(0.08))
        circle(x + size * 0.22, base - size * 0.64, size * 0.24, c.lighter(0.08))
    }

    /// A wireless signal mark: a dot and three arcs opening upwards, `size` tall.
    func signal(x: Double, y: Double, size: Double, _ c: Color) {
        circle(x, y, size * 0.1, c)
        for i in 1...3 {
            strokeArc(x, y, size * 0.28 * Double(i), from: -.pi * 0.75, to: -.pi * 0.25, width: size * 0.09, c, round: true)
        }
    }

    /// A callout: a rounded plate with a title and lines of text, and a
    /// pointer line to `target` when given.
    func callout(x: Double, y: Double, w: Double, title: String, lines: [String], accent: Color,
                 target: Point? = nil, size: Double = 15) {
        let lineHeight = size * 1.5
        let h = size * 2.4 + Double(lines.count) * lineHeight + size * 0.4
        if let target {
            let anchor: Point = (target.x < x ? x : (target.x > x + w ? x + w : target.x), target.y < y ? y : y + h)
            line(anchor, target, width: 2, accent, round: true)
            circle(target.x, target.y, 5, accent)
            circle(target.x, target.y, 2.5, Palette.white)
        }
        roundRect(x + 3, y + 4, w, h, r: 8, Palette.ink.alpha(0.12))
        roundRect(x, y, w, h, r: 8, Palette.white)
        roundRect(x, y, 6, h, r: 3, accent)
        text(title, x: x + 18, y: y + size * 0.6, size: size * 1.05, Palette.ink, bold: true)
        for (i, content) in lines.enumerated() {
            text(content, x: x + 18, y: y + size * 2.2 + Double(i) * lineHeight, size: size * 0.9, Palette.inkSoft)
        }
    }
}
