import Foundation

/// control-room.jpg: the county supervision platform's screen wall —
/// headline figures, a map of connected sites, charts and live alerts —
/// with two operators at the desk in front.
enum ControlRoomScene {
    private static let wall = (x: 70.0, y: 40.0, w: 1060.0, h: 420.0)

    static func draw(_ c: Canvas) {
        c.verticalGradient(0, 0, c.width, c.height, [(0, Color(0x0B1320)), (0.7, Color(0x121E30)), (1, Color(0x0A111C))])
        c.glow(600, 250, 640, inner: Color(0x1F4E8C, alpha: 0.35), outer: Color(0x1F4E8C, alpha: 0))
        c.roundRect(wall.x - 12, wall.y - 12, wall.w + 24, wall.h + 24, r: 6, Color(0x05090F))
        c.rect(wall.x, wall.y, wall.w, wall.h, Color(0x0E2038))
        titleBar(c)
        kpis(c, x: wall.x + 16, y: wall.y + 62)
        map(c, x: 380, y: wall.y + 62, w: 440, h: 340)
        barChart(c, x: wall.x + 16, y: 290, w: 280, h: 160)
        lineChart(c, x: 840, y: wall.y + 62, w: 274, h: 160)
        alerts(c, x: 840, y: 262, w: 274, h: 188)
        // Bezels between the screen tiles.
        for i in 1..<4 { c.rect(wall.x + wall.w * Double(i) / 4 - 1, wall.y, 2, wall.h, Color(0x05090F, alpha: 0.8)) }
        for i in 1..<3 { c.rect(wall.x, wall.y + wall.h * Double(i) / 3 - 1, wall.w, 2, Color(0x05090F, alpha: 0.8)) }
        room(c)
    }

    private static func titleBar(_ c: Canvas) {
        c.rect(wall.x, wall.y, wall.w, 46, Color(0x143059))
        c.text("智慧工地监管平台", x: 600, y: wall.y + 7, size: 24, Palette.white, bold: true, align: .center)
        c.text("2024-06-18  10:32", x: wall.x + 16, y: wall.y + 14, size: 13, Palette.white.alpha(0.7))
        c.text("在线 · 数据实时接入", x: wall.x + wall.w - 16, y: wall.y + 14, size: 13, Palette.led, align: .right)
    }

    private static func panel(_ c: Canvas, x: Double, y: Double, w: Double, h: Double, title: String) {
        c.roundRect(x, y, w, h, r: 4, Color(0x132A4A))
        c.rect(x, y, 3, 18, Palette.blueLight)
        c.text(title, x: x + 10, y: y + 1, size: 13, Palette.white.alpha(0.9), bold: true)
    }

    private static func kpis(_ c: Canvas, x: Double, y: Double) {
        let items: [(String, String, Color)] = [
            ("接入项目", "1,286", Palette.blueLight), ("智慧工地覆盖率", "92.4%", Palette.led),
            ("今日在场人数", "38,215", Palette.white), ("未处理预警", "12", Palette.ledAmber),
        ]
        for (i, item) in items.enumerated() {
            let col = Double(i % 2), row = Double(i / 2)
            let bx = x + col * 142, by = y + row * 90
            c.roundRect(bx, by, 134, 80, r: 4, Color(0x132A4A))
            c.text(item.0, x: bx + 10, y: by + 8, size: 12, Palette.white.alpha(0.7))
            c.text(item.1, x: bx + 10, y: by + 30, size: 28, item.2, bold: true)
        }
    }

    /// An abstract district map: zones, sites as dots, the selected one ringed.
    private static func map(_ c: Canvas, x: Double, y: Double, w: Double, h: Double) {
        panel(c, x: x, y: y, w: w, h: h, title: "项目分布")
        let zones: [[Canvas.Point]] = [
            [(0.12, 0.18), (0.42, 0.10), (0.50, 0.34), (0.30, 0.46), (0.10, 0.38)],
            [(0.42, 0.10), (0.78, 0.14), (0.86, 0.36), (0.62, 0.42), (0.50, 0.34)],
            [(0.10, 0.38), (0.30, 0.46), (0.36, 0.72), (0.16, 0.86), (0.06, 0.62)],
            [(0.30, 0.46), (0.50, 0.34), (0.62, 0.42), (0.66, 0.66), (0.36, 0.72)],
            [(0.62, 0.42), (0.86, 0.36), (0.92, 0.62), (0.80, 0.84), (0.66, 0.66)],
            [(0.36, 0.72), (0.66, 0.66), (0.80, 0.84), (0.52, 0.94), (0.16, 0.86)],
        ]
        let fills = [0x1F4E8C, 0x245C9E, 0x2B6AB0, 0x1B4A80, 0x2763A6, 0x205596]
        let area = (x: x + 14, y: y + 26, w: w - 28, h: h - 40)
        func point(_ p: Canvas.Point) -> Canvas.Point { (area.x + p.x * area.w, area.y + p.y * area.h) }
        for (zone, fill) in zip(zones, fills) {
            let points = zone.map(point)
            c.polygon(points, Color(UInt32(fill)))
            c.strokePolygon(points, width: 1.4, Color(0x6FA8DC, alpha: 0.7))
        }
        c.curve(point((0.02, 0.55)), [(point((0.3, 0.62)), point((0.55, 0.5)), point((0.98, 0.58)))], width: 3,
                Color(0x4FC3F7, alpha: 0.6))
        var random = SeededRandom(seed: 97)
        for i in 0..<90 {
            let p = point((random.next(in: 0.12...0.86), random.next(in: 0.16...0.86)))
            let colour = i % 17 == 0 ? Palette.red : (i % 7 == 0 ? Palette.ledAmber : Palette.led)
            c.circle(p.x, p.y, i % 17 == 0 ? 4 : 2.6, colour)
        }
        let selected = point((0.58, 0.55))
        c.strokeCircle(selected.x, selected.y, 12, width: 2, Palette.red)
        c.strokeCircle(selected.x, selected.y, 20, width: 1.2, Palette.red.alpha(0.5))
        c.circle(selected.x, selected.y, 5, Palette.red)
        c.tag("深基坑位移预警", x: selected.x + 18, y: selected.y - 42, size: 12, text: Palette.white, plate: Palette.red)
        let legend: [(String, Color)] = [("正常", Palette.led), ("提醒", Palette.ledAmber), ("预警", Palette.red)]
        for (i, item) in legend.enumerated() {
            let lx = x + 18 + Double(i) * 64
            c.circle(lx, y + h - 14, 4, item.1)
            c.text(item.0, x: lx + 8, y: y + h - 23, size: 11, Palette.white.alpha(0.8))
        }
    }

    private static func barChart(_ c: Canvas, x: Double, y: Double, w: Double, h: Double) {
        panel(c, x: x, y: y, w: w, h: h, title: "各街道验收等级")
        let values: [(Double, Double)] = [(0.82, 0.12), (0.74, 0.18), (0.9, 0.06), (0.66, 0.22), (0.78, 0.15), (0.58, 0.3)]
        let base = y + h - 16, top = y + 30
        for (i, v) in values.enumerated() {
            let bx = x + 22 + Double(i) * 42
            let good = (base - top) * v.0, fair = (base - top) * v.1 * 0.6
            c.rect(bx, base - good, 22, good, Palette.blueLight)
            c.rect(bx, base - good - fair, 22, fair, Palette.led)
        }
        c.line((x + 14, base), (x + w - 10, base), width: 1, Palette.white.alpha(0.4))
    }

    private static func lineChart(_ c: Canvas, x: Double, y: Double, w: Double, h: Double) {
        panel(c, x: x, y: y, w: w, h: h, title: "PM10 近 24 小时 (µg/m³)")
        let area = (x: x + 14, y: y + 30, w: w - 28, h: h - 44)
        for i in 0...3 {
            let gy = area.y + area.h * Double(i) / 3
            c.line((area.x, gy), (area.x + area.w, gy), width: 0.8, Palette.white.alpha(0.15))
        }
        let readings: [Double] = [48, 52, 45, 40, 38, 42, 55, 68, 74, 66, 58, 50, 47, 44, 49, 61, 70, 64, 52, 46, 43, 41, 44, 42]
        let points = readings.enumerated().map { i, v -> Canvas.Point in
            (area.x + area.w * Double(i) / Double(readings.count - 1), area.y + area.h * (1 - (v - 20) / 70))
        }
        c.polygon(points + [(area.x + area.w, area.y + area.h), (area.x, area.y + area.h)], Palette.led.alpha(0.15))
        c.polyline(points, width: 2.2, Palette.led, round: true)
        let limit = area.y + area.h * (1 - (80 - 20) / 70.0)
        c.polyline([(area.x, limit), (area.x + area.w, limit)], width: 1.2, Palette.red, dash: [5, 4])
    }

    private static func alerts(_ c: Canvas, x: Double, y: Double, w: Double, h: Double) {
        panel(c, x: x, y: y, w: w, h: h, title: "实时预警")
        let rows: [(String, String, Color)] = [
            ("10:31", "基坑水平位移超预警值", Palette.red), ("10:24", "塔吊力矩 92%", Palette.ledAmber),
            ("10:18", "未佩戴安全帽 1 人", Palette.ledAmber), ("10:05", "扬尘 PM10 超标已消除", Palette.led),
            ("09:52", "特种作业人员证书到期", Palette.ledAmber),
        ]
        for (i, row) in rows.enumerated() {
            let ry = y + 28 + Double(i) * 31
            c.roundRect(x + 10, ry, w - 20, 26, r: 3, Color(0x0E2038))
            c.circle(x + 22, ry + 13, 4, row.2)
            c.text(row.0, x: x + 32, y: ry + 5, size: 12, Palette.white.alpha(0.6))
            c.text(row.1, x: x + 76, y: ry + 4, size: 12.5, Palette.white.alpha(0.92))
        }
    }

    /// The floor, the desk and two operators seen from behind.
    private static func room(_ c: Canvas) {
        c.verticalGradient(0, 490, c.width, c.height - 490, [(0, Color(0x0F1A2A)), (1, Color(0x070C14))])
        c.polygon([(200, 500), (1000, 500), (1100, 675), (100, 675)], Color(0x1F4E8C, alpha: 0.08))
        // Desk.
        c.blob((90, 560), [((300, 530), (900, 530), (1110, 560))], Color(0x2A3647))
        c.rect(90, 560, 1020, 115, Color(0x1A2330))
        c.blob((90, 562), [((300, 532), (900, 532), (1110, 562))], Color(0x3A4A60, alpha: 0.6))
        // Monitors on the desk.
        for x in [250.0, 420, 780, 950] {
            c.rect(x - 4, 510, 8, 30, Color(0x2A3647))
            c.roundRect(x - 70, 450, 140, 66, r: 4, Color(0x05090F))
            c.rect(x - 64, 455, 128, 56, Color(0x17365E))
            c.rect(x - 56, 463, 60, 6, Palette.blueLight.alpha(0.7))
            c.rect(x - 56, 475, 100, 4, Palette.white.alpha(0.25))
            c.rect(x - 56, 485, 80, 4, Palette.white.alpha(0.25))
        }
        operatorFromBehind(c, x: 340, base: 675)
        operatorFromBehind(c, x: 860, base: 675)
    }

    private static func operatorFromBehind(_ c: Canvas, x: Double, base: Double) {
        c.roundRect(x - 62, base - 118, 124, 130, r: 40, Color(0x2E4A6E))
        c.rect(x - 12, base - 136, 24, 22, Color(0xC9A27E))
        c.circle(x, base - 160, 32, Color(0x1C1C1C))
        c.strokeArc(x, base - 162, 35, from: .pi * 1.1, to: .pi * 1.9, width: 4, Color(0x3A3F47))
        c.roundRect(x - 40, base - 170, 10, 22, r: 4, Color(0x3A3F47))
        c.roundRect(x + 30, base - 170, 10, 22, r: 4, Color(0x3A3F47))
        // The chair's back hides the lower half of the body.
        c.roundRect(x - 74, base - 70, 148, 90, r: 20, Color(0x222C3A))
        c.roundRect(x - 74, base - 70, 148, 8, r: 4, Color(0x303C4E))
    }
}
