import Foundation

/// dust-monitor.jpg: a dust-monitoring station by the site fence showing
/// its readings, a mist cannon damping the road, and netting over bare soil.
enum DustMonitorScene {
    static func draw(_ c: Canvas) {
        let horizon = 520.0
        c.sky(horizon: horizon)
        c.cloud(x: 520, y: 120, w: 210)
        c.cloud(x: 960, y: 190, w: 150)
        c.skyline(baseline: horizon, from: -10, to: 1210, seed: 11)
        c.ground(horizon: horizon)
        // The building behind the fence, wrapped in dust netting.
        c.buildingFrame(x: 620, base: 585, floors: 8, floorHeight: 40, bays: 5, bayWidth: 66, closedFloors: 3)
        c.scaffoldNet(x: 600, y: 585 - 8 * 40 - 10, w: 32, h: 8 * 40 + 10)
        c.scaffoldNet(x: 960, y: 585 - 8 * 40 - 10, w: 32, h: 8 * 40 + 10)
        c.towerCrane(x: 540, base: 585, mast: 400, jib: 420, counterJib: 130, size: 18,
                     Palette.yellow.mix(Palette.skyHorizon, 0.2), trolley: 0.7, drop: 30)
        c.hoarding(from: -10, to: 1210, base: 610, h: 64, slogan: "绿色施工 · 扬尘治理")

        // Paved road and netted soil in front of the fence.
        c.rect(0, 610, 1200, 190, Palette.ground.darker(0.05))
        c.polygon([(420, 800), (640, 610), (860, 610), (1120, 800)], Palette.concrete.darker(0.06))
        c.polyline([(530, 800), (700, 610)], width: 2, Palette.white.alpha(0.6), dash: [18, 16])
        soilPile(c, x: 60, base: 780, w: 300, h: 90)

        mistCannon(c, x: 960, base: 740)
        station(c, x: 250, base: 700)
        c.worker(x: 370, base: 742, h: 92, helmet: Palette.white, vest: Palette.yellow, facing: -1, pose: .pointing)
        c.worker(x: 1120, base: 780, h: 96, helmet: Palette.yellow, facing: -1)
    }

    /// The monitoring station: sensors on top, the LED board, a cabinet below.
    private static func station(_ c: Canvas, x: Double, base: Double) {
        c.rect(x - 7, 150, 14, base - 150, Palette.steel)
        c.rect(x - 30, base - 8, 60, 10, Palette.concreteDark)
        // Particle sampler inlet, anemometer cups and a wind vane on a crossbar.
        c.roundRect(x - 14, 110, 28, 46, r: 6, Palette.white)
        c.rect(x - 18, 106, 36, 8, Palette.concreteDark)
        c.rect(x - 70, 160, 140, 5, Palette.steel)
        c.line((x - 62, 160), (x - 62, 132), width: 3, Palette.steel)
        for (dx, dy) in [(-14.0, 0.0), (14, 0), (0, -6)] {
            c.line((x - 62, 132), (x - 62 + dx, 132 + dy), width: 2, Palette.steel)
            c.circle(x - 62 + dx, 132 + dy, 5, Palette.white)
        }
        c.line((x + 62, 160), (x + 62, 136), width: 3, Palette.steel)
        c.polygon([(x + 44, 136), (x + 62, 131), (x + 82, 136), (x + 62, 141)], Palette.inkSoft)
        c.polygon([(x + 78, 128), (x + 92, 136), (x + 78, 144)], Palette.inkSoft)

        // The display board.
        let board = (x: x - 150.0, y: 210.0, w: 300.0, h: 240.0)
        c.roundRect(board.x - 8, board.y - 8, board.w + 16, board.h + 16, r: 8, Palette.steel.darker(0.2))
        c.rect(board.x, board.y, board.w, board.h, Palette.screen)
        c.rect(board.x, board.y, board.w, 42, Palette.blue)
        c.text("扬尘在线监测", x: x, y: board.y + 8, size: 21, Palette.white, bold: true, align: .center)
        let rows: [(String, String, Color)] = [
            ("PM10", "42 µg/m³", Palette.led), ("PM2.5", "18 µg/m³", Palette.led),
            ("噪声", "56 dB", Palette.led), ("风速", "2.1 m/s 东南", Palette.ledAmber),
        ]
        for (i, row) in rows.enumerated() {
            let y = board.y + 56 + Double(i) * 40
            c.text(row.0, x: board.x + 18, y: y, size: i == 0 ? 26 : 21, row.2, bold: true)
            c.text(row.1, x: board.x + board.w - 18, y: y, size: i == 0 ? 26 : 21, row.2, bold: true, align: .right)
        }
        c.tag("达标", x: board.x + board.w - 18, y: board.y + 10, size: 14, text: Palette.white, plate: Palette.green,
              align: .right)

        // Cabinet with vents and the antenna sending data out.
        c.roundRect(x - 34, 530, 68, 90, r: 5, Palette.white)
        c.strokeRect(x - 34, 530, 68, 90, width: 2, Palette.concreteDark, r: 5)
        for i in 0..<4 { c.rect(x - 22, 546 + Double(i) * 9, 44, 4, Palette.concrete) }
        c.circle(x + 18, 604, 4, Palette.led)
        c.line((x + 26, 530), (x + 26, 504), width: 2.5, Palette.ink)
        c.signal(x: x + 26, y: 502, size: 42, Palette.blue)
    }

    /// A mound of soil under green dust netting.
    private static func soilPile(_ c: Canvas, x: Double, base: Double, w: Double, h: Double) {
        let mound: [(Canvas.Point, Canvas.Point, Canvas.Point)] = [((x + w * 0.2, base - h * 1.1), (x + w * 0.7, base - h * 1.2), (x + w, base))]
        c.blob((x, base), mound, Color(0x2F8F4E))
        c.layer {
            c.clipBlob((x, base), mound)
            var i = -h
            while i < w + h {
                c.line((x + i, base), (x + i + h * 1.3, base - h * 1.3), width: 1.2, Color(0x1F6B38))
                c.line((x + i, base), (x + i - h * 1.3, base - h * 1.3), width: 1.2, Color(0x1F6B38))
                i += 16
            }
        }
        c.curve((x, base), mound, width: 2.5, Color(0x1F6B38))
    }

    /// A trailer-mounted mist cannon spraying up and to the left.
    private static func mistCannon(_ c: Canvas, x: Double, base: Double) {
        let angle = -Double.pi * 0.8
        let nozzle: Canvas.Point = (x + cos(angle) * 120, base - 120 + sin(angle) * 120)
        c.mist(from: nozzle, angle: angle, length: 520, seed: 5)
        // Trailer and wheels.
        c.roundRect(x - 90, base - 70, 190, 46, r: 6, Palette.blue)
        c.rect(x - 90, base - 36, 190, 8, Palette.blue.darker(0.2))
        c.line((x + 100, base - 40), (x + 150, base - 30), width: 5, Palette.ink)
        for wx in [x - 50, x + 60] {
            c.circle(wx, base - 16, 20, Palette.ink)
            c.circle(wx, base - 16, 8, Palette.concrete)
        }
        // Pivot and barrel.
        c.rect(x - 14, base - 110, 28, 44, Palette.steel)
        c.layer {
            c.translate(x, base - 120)
            c.rotate(angle)
            c.roundRect(-30, -38, 150, 76, r: 12, Palette.white)
            c.rect(0, -38, 10, 76, Palette.concrete)
            c.rect(60, -38, 10, 76, Palette.concrete)
            c.ellipse(120, 0, rx: 12, ry: 40, Palette.steel)
            c.ellipse(121, 0, rx: 8, ry: 32, Palette.ink)
        }
    }
}
