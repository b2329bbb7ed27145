/// deep-pit.jpg: a deep excavation in section — diaphragm walls, two
/// levels of struts, a king post — with its automated monitoring points.
enum DeepPitScene {
    private static let surface = 250.0
    private static let pitLeft = 380.0, pitRight = 880.0, pitBottom = 640.0
    private static let wall = 26.0

    static func draw(_ c: Canvas) {
        c.sky(horizon: surface)
        c.cloud(x: 880, y: 90, w: 180)
        strata(c)
        // The pit: air above its floor, a gravel blinding layer.
        c.verticalGradient(pitLeft, surface, pitRight - pitLeft, pitBottom - surface,
                           [(0, Palette.skyHorizon), (1, Color(0xE2DCCF))])
        c.rect(pitLeft, pitBottom, pitRight - pitLeft, 16, Color(0x9A9186))
        groundwater(c)
        walls(c)
        struts(c)
        c.excavator(x: 720, base: pitBottom, size: 88, facing: -1)
        c.worker(x: 470, base: pitBottom, h: 62, helmet: Palette.yellow, facing: 1)
        neighbours(c)
        sensors(c)
        labels(c)
    }

    /// Soil layers with gently waving boundaries, from the fill down.
    private static func strata(_ c: Canvas) {
        let layers: [(top: Double, colour: Color)] = [
            (surface, Color(0xB79C78)), (330, Color(0xA88A64)), (470, Color(0x97866A)), (610, Color(0x857A66)),
        ]
        for (i, layer) in layers.enumerated() {
            let next = i + 1 < layers.count ? layers[i + 1].top : c.height
            c.rect(0, layer.top, c.width, next - layer.top + 1, layer.colour)
            if i > 0 {
                c.blob((0, layer.top), [((300, layer.top - 14), (800, layer.top + 16), (1200, layer.top - 6))], layer.colour)
            }
        }
        var random = SeededRandom(seed: 41)
        for _ in 0..<260 {
            let x = random.next(in: 0...1200), y = random.next(in: (surface + 6)...790)
            if x > pitLeft - wall, x < pitRight + wall, y < pitBottom + 16 { continue }
            c.circle(x, y, random.next(in: 1...2.6), Palette.ink.alpha(0.12))
        }
        c.rect(0, surface - 8, c.width, 10, Palette.asphalt)
        c.polyline([(0, surface - 3), (pitLeft - 60, surface - 3)], width: 1.5, Palette.white.alpha(0.7), dash: [16, 12])
    }

    private static func groundwater(_ c: Canvas) {
        let level = 372.0
        c.polyline([(0, level), (pitLeft - wall, level)], width: 2.2, Palette.blue, dash: [10, 7])
        c.polyline([(pitRight + wall, level), (1200, level)], width: 2.2, Palette.blue, dash: [10, 7])
        c.polygon([(1100, level - 4), (1116, level - 4), (1108, level + 8)], Palette.blue)
        // Dewatering well inside the pit keeps water below the floor.
        c.rect(826, surface, 14, pitBottom + 70 - surface, Color(0xD9E3EA, alpha: 0.8))
        c.rect(829, pitBottom + 4, 8, 62, Palette.blue.alpha(0.6))
    }

    private static func walls(_ c: Canvas) {
        for x in [pitLeft - wall, pitRight] {
            c.rect(x, surface - 14, wall, 760 - surface + 14, Palette.concrete)
            c.rect(x + 5, surface, 2, 760 - surface, Palette.concreteDark)
            c.rect(x + wall - 7, surface, 2, 760 - surface, Palette.concreteDark)
        }
        // Crown beams.
        c.rect(pitLeft - wall - 10, surface - 22, wall + 30, 30, Palette.concreteDark.lighter(0.2))
        c.rect(pitRight - 20, surface - 22, wall + 30, 30, Palette.concreteDark.lighter(0.2))
    }

    private static func struts(_ c: Canvas) {
        // First level: a concrete strut at the crown beam.
        c.rect(pitLeft, surface - 14, pitRight - pitLeft, 26, Palette.concrete.darker(0.05))
        c.rect(pitLeft, surface + 8, pitRight - pitLeft, 4, Palette.concreteDark)
        // Second and third levels: steel pipe struts with walings.
        for y in [410.0, 515] {
            c.rect(pitLeft, y - 20, 16, 40, Palette.steel)
            c.rect(pitRight - 16, y - 20, 16, 40, Palette.steel)
            c.verticalGradient(pitLeft + 16, y - 11, pitRight - pitLeft - 32, 22,
                               [(0, Palette.yellow.lighter(0.2)), (1, Palette.yellowDark)])
            for x in [pitLeft + 18, pitRight - 26, 630] { c.rect(x, y - 14, 8, 28, Palette.yellowDark.darker(0.2)) }
        }
        // King post with its lattice.
        c.lattice(from: (622, surface + 12), to: (622, pitBottom + 60), depth: 16, Palette.steel, width: 1.6)
    }

    /// The building next to the pit and the road on the other side.
    private static func neighbours(_ c: Canvas) {
        c.rect(60, surface - 200, 220, 192, Color(0xE9E4DA))
        for row in 0..<4 {
            for col in 0..<4 {
                c.rect(80 + Double(col) * 50, surface - 184 + Double(row) * 46, 30, 26, Palette.glass)
            }
        }
        c.rect(52, surface - 208, 236, 10, Palette.concreteDark)
        c.tree(x: 330, base: surface - 8, size: 70)
        c.tree(x: 1000, base: surface - 8, size: 84)
        c.tree(x: 1150, base: surface - 8, size: 64)
    }

    /// Monitoring points: settlement marks, inclinometer tube, strut load
    /// cells, water-level well, tilt meter, and the logger sending it all.
    private static func sensors(_ c: Canvas) {
        let accent = Palette.red
        for x in [200.0, 310, 960, 1080] {
            c.polygon([(x - 8, surface - 8), (x + 8, surface - 8), (x, surface - 22)], accent)
        }
        // Inclinometer tube behind the left wall.
        c.polyline([(pitLeft - wall - 16, surface - 8), (pitLeft - wall - 16, 770)], width: 6, Palette.white.alpha(0.85))
        for y in stride(from: 300.0, through: 740, by: 55) {
            c.circle(pitLeft - wall - 16, y, 5, accent)
        }
        // Load cells at the strut ends.
        for y in [surface - 1, 410, 515] {
            c.roundRect(pitRight - 46, y - 9, 22, 18, r: 3, Palette.orange)
            c.circle(pitRight - 35, y, 3, Palette.white)
        }
        // Water-level observation well outside the right wall.
        c.rect(964, surface - 16, 12, 330, Palette.white.alpha(0.8))
        c.rect(966, 372, 8, 200, Palette.blue.alpha(0.7))
        // Tilt meter on the neighbouring building.
        c.roundRect(262, surface - 150, 22, 30, r: 3, accent)
        c.circle(273, surface - 135, 5, Palette.white)
        // Data logger with antenna.
        c.roundRect(1030, surface - 70, 54, 62, r: 5, Palette.white)
        c.strokeRect(1030, surface - 70, 54, 62, width: 2, Palette.blue, r: 5)
        c.rect(1040, surface - 58, 34, 14, Palette.screen)
        c.rect(1043, surface - 55, 20, 8, Palette.led)
        c.line((1074, surface - 70), (1074, surface - 100), width: 2.5, Palette.ink)
        c.signal(x: 1074, y: surface - 102, size: 44, Palette.blue)
    }

    private static func labels(_ c: Canvas) {
        let size = 15.0
        c.tag("地表沉降", x: 170, y: surface + 16, size: size, text: Palette.white, plate: Palette.red)
        c.tag("建筑倾斜", x: 300, y: surface - 186, size: size, text: Palette.white, plate: Palette.red)
        c.tag("深层水平位移", x: 190, y: 560, size: size, text: Palette.white, plate: Palette.red)
        c.line((316, 575), (pitLeft - wall - 20, 575), width: 1.5, Palette.red)
        c.tag("支撑轴力", x: pitRight - 60, y: 446, size: size, text: Palette.white, plate: Palette.orange, align: .right)
        c.line((pitRight - 60, 458), (pitRight - 46, 512), width: 1.5, Palette.orange)
        c.tag("地下水位", x: 990, y: 390, size: size, text: Palette.white, plate: Palette.blue)
        c.tag("坑底", x: 500, y: pitBottom - 40, size: size, text: Palette.ink, plate: Palette.white.alpha(0.85))
        c.callout(x: 890, y: 40, w: 270, title: "基坑自动化监测",
                  lines: ["监测点 48 个 · 每 30 分钟上传", "最大水平位移 12.6 mm（预警 30）", "支撑轴力 2860 kN · 正常"],
                  accent: Palette.blue, target: (1080, surface - 110), size: 15)
    }
}
