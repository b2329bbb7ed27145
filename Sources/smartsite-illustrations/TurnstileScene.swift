/// turnstile.jpg: the site entrance with real-name (实名制) swing gates,
/// a face-recognition terminal on each, and a board counting who is on site.
enum TurnstileScene {
    private static let floorLine = 660.0
    private static let cabinets: [Double] = [230, 410, 590, 770, 950]

    static func draw(_ c: Canvas) {
        let horizon = 500.0
        c.sky(horizon: horizon)
        c.cloud(x: 60, y: 120, w: 170)
        c.skyline(baseline: horizon, from: -10, to: 1210, seed: 31)
        c.ground(horizon: horizon)
        c.buildingFrame(x: 660, base: 560, floors: 7, floorHeight: 40, bays: 5, bayWidth: 70, closedFloors: 3)
        c.towerCrane(x: 600, base: 560, mast: 500, jib: 380, counterJib: 120, size: 16,
                     Palette.yellow.mix(Palette.skyHorizon, 0.3), facing: -1, trolley: 0.5, drop: 60)
        c.rect(0, 560, 1200, 240, Palette.ground)
        c.hoarding(from: -10, to: 150, base: floorLine, h: 96)
        c.hoarding(from: 1050, to: 1210, base: floorLine, h: 96)
        c.polygon([(120, floorLine), (1080, floorLine), (1200, 800), (0, 800)], Color(0xB9BEC4))
        portal(c)
        for (i, x) in cabinets.enumerated() { cabinet(c, x: x, lane: i) }
        for lane in 0..<4 where lane != 1 { flaps(c, lane: lane) }
        for lane in 0..<4 {
            let cx = (cabinets[lane] + cabinets[lane + 1]) / 2
            c.polygon([(cx - 14, 740), (cx + 14, 740), (cx + 14, 712), (cx + 26, 712), (cx, 690), (cx - 26, 712), (cx - 14, 712)],
                      Palette.white.alpha(0.85))
        }
        hazardStripe(c, y: floorLine + 2)
        guardBooth(c, x: 8, base: 700)
        presenceBoard(c, x: 1070, y: 300)
        // Workers from outside the gate: one at the scanner, others queueing.
        c.workerFromBehind(x: 500, base: 668, h: 126, helmet: Palette.yellow)
        c.workerFromBehind(x: 332, base: 742, h: 150, helmet: Palette.red, vest: Palette.yellow)
        c.workerFromBehind(x: 690, base: 760, h: 156, helmet: Palette.white)
        c.workerFromBehind(x: 545, base: 790, h: 164, helmet: Palette.blue, vest: Palette.yellow)
    }

    private static func portal(_ c: Canvas) {
        for x in [138.0, 1012] {
            c.rect(x, 190, 50, floorLine - 190, Color(0x2C5F9E))
            c.rect(x + 38, 190, 12, floorLine - 190, Color(0x1E4677))
        }
        c.rect(110, 140, 980, 120, Color(0x2C5F9E))
        c.rect(110, 140, 980, 10, Palette.yellow)
        c.rect(110, 260, 980, 14, Color(0x1E4677))
        c.text("实名制通道", x: 600, y: 152, size: 52, Palette.white, bold: true, align: .center)
        c.text("人员实名制管理  ·  人脸识别考勤  ·  未登记人员禁止入内", x: 600, y: 224, size: 18, Palette.white.alpha(0.9),
               align: .center)
        for x in stride(from: 200.0, through: 1000, by: 100) { c.rect(x - 16, 274, 32, 6, Color(0xFFF4D6)) }
    }

    /// A stainless gate cabinet with its face-recognition terminal.
    private static func cabinet(_ c: Canvas, x: Double, lane: Int) {
        let top = floorLine - 110
        c.verticalGradient(x - 22, top, 44, 110, [(0, Color(0xE3E7EB)), (1, Color(0xAEB5BD))])
        c.rect(x - 24, top - 6, 48, 10, Color(0x5E6670))
        c.rect(x - 22, top + 18, 44, 4, Palette.led)
        // Terminal on its post.
        c.rect(x - 4, top - 86, 8, 80, Palette.steel)
        let screen = (x: x - 32.0, y: top - 170.0, w: 64.0, h: 88.0)
        c.roundRect(screen.x - 4, screen.y - 4, screen.w + 8, screen.h + 8, r: 6, Palette.ink)
        c.rect(screen.x, screen.y, screen.w, screen.h, Color(0x1B2B45))
        let passed = lane == 1
        let faceColour = passed ? Palette.skin : Color(0x6A7C93)
        c.circle(x, screen.y + 32, 12, faceColour)
        c.sector(x, screen.y + 62, 20, from: .pi, to: 2 * .pi, passed ? Palette.orange : Color(0x6A7C93))
        if passed { c.sector(x, screen.y + 26, 13, from: .pi, to: 2 * .pi, Palette.yellow) }
        let k = 7.0, frame = (x: x - 20, y: screen.y + 12, w: 40.0, h: 42.0)
        for (cx, cy, dx, dy) in [(frame.x, frame.y, 1.0, 1.0), (frame.x + frame.w, frame.y, -1, 1),
                                 (frame.x, frame.y + frame.h, 1, -1), (frame.x + frame.w, frame.y + frame.h, -1, -1)] {
            c.polyline([(cx, cy + dy * k), (cx, cy), (cx + dx * k, cy)], width: 2, passed ? Palette.led : Palette.blueLight)
        }
        c.rect(screen.x, screen.y + screen.h - 18, screen.w, 18, passed ? Palette.green : Color(0x2C3E57))
        c.text(passed ? "验证通过" : "请刷脸", x: x, y: screen.y + screen.h - 17, size: 11, Palette.white, bold: true,
               align: .center)
    }

    /// The closed glass flaps of a lane.
    private static func flaps(_ c: Canvas, lane: Int) {
        let left = cabinets[lane] + 22, right = cabinets[lane + 1] - 22
        let mid = (left + right) / 2
        c.roundRect(left, floorLine - 92, mid - left - 2, 52, r: 6, Color(0xBFE3F5, alpha: 0.55))
        c.roundRect(mid + 2, floorLine - 92, right - mid - 2, 52, r: 6, Color(0xBFE3F5, alpha: 0.55))
        c.strokeRect(left, floorLine - 92, mid - left - 2, 52, width: 1.5, Color(0x7FB2CF), r: 6)
        c.strokeRect(mid + 2, floorLine - 92, right - mid - 2, 52, width: 1.5, Color(0x7FB2CF), r: 6)
    }

    private static func hazardStripe(_ c: Canvas, y: Double) {
        c.layer {
            c.clip(x: 120, y: y, w: 960, h: 10)
            c.rect(120, y, 960, 10, Palette.yellow)
            var x = 110.0
            while x < 1090 {
                c.polygon([(x, y + 10), (x + 10, y), (x + 20, y), (x + 10, y + 10)], Palette.ink)
                x += 20
            }
        }
    }

    private static func guardBooth(_ c: Canvas, x: Double, base: Double) {
        c.rect(x, base - 170, 118, 170, Palette.white)
        c.rect(x - 6, base - 182, 130, 16, Palette.blue)
        c.rect(x + 14, base - 140, 90, 56, Palette.glass)
        c.rect(x + 14, base - 140, 90, 10, Palette.glass.darker(0.15))
        c.text("门卫", x: x + 59, y: base - 60, size: 18, Palette.blue, bold: true, align: .center)
    }

    /// The board by the gate counting who is inside.
    private static func presenceBoard(_ c: Canvas, x: Double, y: Double) {
        let w = 118.0, h = 210.0
        c.rect(x + w / 2 - 4, y + h, 8, floorLine - y - h, Palette.steel)
        c.roundRect(x - 6, y - 6, w + 12, h + 12, r: 6, Palette.ink)
        c.rect(x, y, w, h, Palette.screen)
        c.text("今日在场", x: x + w / 2, y: y + 12, size: 16, Palette.white, bold: true, align: .center)
        c.text("128", x: x + w / 2, y: y + 36, size: 40, Palette.led, bold: true, align: .center)
        c.text("人", x: x + w / 2, y: y + 88, size: 14, Palette.led, align: .center)
        c.text("管理人员 16", x: x + w / 2, y: y + 124, size: 14, Palette.white.alpha(0.85), align: .center)
        c.text("作业人员 112", x: x + w / 2, y: y + 150, size: 14, Palette.white.alpha(0.85), align: .center)
        c.text("持证率 100%", x: x + w / 2, y: y + 176, size: 14, Palette.ledAmber, align: .center)
    }
}
