import Foundation

/// Site machines in side view.
extension Canvas {
    /// A tracked excavator standing on `base` at `x`, arm reaching to
    /// `facing` (1 right, -1 left), bucket down at the digging face.
    func excavator(x: Double, base: Double, size s: Double, facing f: Double = 1) {
        layer {
            translate(x, base)
            scale(f * s / 100, s / 100)
            // Tracks.
            roundRect(-60, -24, 120, 24, r: 12, Palette.ink)
            for i in 0..<5 { circle(-44 + Double(i) * 22, -12, 7, Palette.steel) }
            // Body and cab.
            rect(-50, -48, 92, 24, Palette.yellow.darker(0.1))
            roundRect(-54, -70, 64, 26, r: 4, Palette.yellow)
            roundRect(8, -92, 38, 48, r: 5, Palette.yellow)
            rect(15, -86, 24, 22, Palette.glass)
            rect(-60, -68, 12, 22, Palette.inkSoft)
            // Boom, stick, bucket.
            polyline([(36, -60), (92, -118), (132, -62)], width: 12, Palette.yellow.darker(0.05), round: true)
            line((60, -70), (86, -104), width: 5, Palette.steel, round: true)
            polygon([(124, -70), (150, -64), (146, -38), (124, -44)], Palette.inkSoft)
        }
    }
}
