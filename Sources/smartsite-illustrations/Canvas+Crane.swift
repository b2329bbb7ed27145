/// A tower crane built of lattice sections.
extension Canvas {
    /// Two rails with a zigzag between them, from `a` to `b`, `depth` apart.
    func lattice(from a: Point, to b: Point, depth: Double, _ c: Color, width: Double = 2.2) {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let (ux, uy) = (dx / length, dy / length)
        let (nx, ny) = (-uy * depth, ux * depth)
        let railA = [a, b], railB: [Point] = [(a.x + nx, a.y + ny), (b.x + nx, b.y + ny)]
        polyline(railA, width: width * 1.6, c)
        polyline(railB, width: width * 1.6, c)
        let panels = max(1, Int((length / depth).rounded()))
        var zigzag: [Point] = []
        for i in 0...panels {
            let t = Double(i) / Double(panels)
            let p: Point = (a.x + dx * t, a.y + dy * t)
            zigzag.append(i % 2 == 0 ? p : (p.x + nx, p.y + ny))
        }
        polyline(zigzag, width: width, c)
    }

    /// A crane standing on `base` at `x`: mast `mast` tall, jib to the right
    /// (`facing` 1) or left (-1). The trolley sits `trolley` (0…1) along the
    /// jib with its hook `drop` below. Returns the hook's position.
    @discardableResult
    func towerCrane(x: Double, base: Double, mast: Double, jib: Double, counterJib: Double, size: Double,
                    _ c: Color = Palette.yellow, facing: Double = 1, trolley: Double = 0.6, drop: Double = 120) -> Point {
        let top = base - mast
        let dark = c.darker(0.25)
        let f = facing
        // Footing and mast.
        rect(x - size * 1.1, base - size * 0.35, size * 2.2, size * 0.35, Palette.concreteDark)
        lattice(from: (x - size / 2, base - size * 0.35), to: (x - size / 2, top), depth: size, c)
        // Jib and counter-jib, both level with the mast top.
        let jibDepth = size * 0.75
        lattice(from: (x + f * size / 2, top), to: (x + f * (size / 2 + jib), top), depth: f * jibDepth, c, width: 1.8)
        lattice(from: (x - f * size / 2, top), to: (x - f * (size / 2 + counterJib), top), depth: -f * jibDepth * 0.8, c,
                width: 1.8)
        // Counterweights.
        let cwX = x - f * (size / 2 + counterJib * 0.8)
        for i in 0..<3 {
            rect(cwX - size * 0.55 + Double(i) * size * 0.38 * f - (f < 0 ? size * 0.3 : 0), top, size * 0.34, size * 1.3,
                 Palette.concreteDark.darker(Double(i) * 0.05))
        }
        // Tower head and pendants.
        let apex: Point = (x, top - size * 2.6)
        polygon([(x - size / 2, top), (x + size / 2, top), (apex.x + size * 0.12, apex.y), (apex.x - size * 0.12, apex.y)], c)
        polyline([(x - size / 2, top), apex, (x + size / 2, top)], width: 1.6, dark)
        line(apex, (x + f * (size / 2 + jib * 0.62), top - 1), width: 1.4, dark)
        line(apex, (x + f * (size / 2 + jib * 0.25), top - 1), width: 1.4, dark)
        line(apex, (x - f * (size / 2 + counterJib * 0.9), top - 1), width: 1.4, dark)
        // Slewing ring and cab.
        rect(x - size * 0.7, top + jibDepth * 0.2, size * 1.4, size * 0.45, dark)
        let cabX = x + f * size * 0.55 - (f < 0 ? size * 1.1 : 0)
        roundRect(cabX, top + jibDepth * 0.55, size * 1.1, size * 1.05, r: size * 0.15, Palette.white)
        rect(cabX + size * 0.12, top + jibDepth * 0.7, size * 0.86, size * 0.45, Palette.glass)
        // Trolley, ropes, hook.
        let tx = x + f * (size / 2 + jib * trolley)
        let ty = top + jibDepth
        rect(tx - size * 0.4, ty - 2, size * 0.8, size * 0.35, dark)
        line((tx - 2, ty + size * 0.3), (tx - 2, ty + drop), width: 1.2, Palette.ink)
        line((tx + 2, ty + size * 0.3), (tx + 2, ty + drop), width: 1.2, Palette.ink)
        roundRect(tx - size * 0.3, ty + drop, size * 0.6, size * 0.5, r: 2, Palette.red)
        strokeArc(tx, ty + drop + size * 0.8, size * 0.22, from: 0, to: .pi, width: 2.4, Palette.ink)
        return (tx, ty + drop + size * 1.0)
    }
}
