/// ai-camera.jpg: an AI camera on a pole watching a work area; detection
/// boxes mark helmets, and the one worker without a helmet raises an alert.
enum AICameraScene {
    static func draw(_ c: Canvas) {
        let horizon = 560.0
        c.sky(horizon: horizon)
        c.cloud(x: 760, y: 110, w: 200)
        c.skyline(baseline: horizon, from: -10, to: 1210, seed: 23)
        c.ground(horizon: horizon)
        c.buildingFrame(x: 520, base: 600, floors: 9, floorHeight: 46, bays: 6, bayWidth: 82, closedFloors: 2)
        c.scaffoldNet(x: 500, y: 600 - 9 * 46 - 10, w: 26, h: 9 * 46 + 10)
        c.hoarding(from: -10, to: 1210, base: 600, h: 44)
        c.rect(0, 600, 1200, 300, Palette.ground.darker(0.04))
        // Rebar bundles on sleepers in the work area.
        for i in 0..<6 {
            c.rect(640, 690 - Double(i) * 6, 360, 5, Color(0x8E4B32).lighter(Double(i % 2) * 0.12))
        }
        c.rect(660, 696, 10, 14, Palette.inkSoft)
        c.rect(970, 696, 10, 14, Palette.inkSoft)

        // The camera's field of view.
        let lens: Canvas.Point = (196, 232)
        c.polygon([lens, (1180, 560), (1210, 570), (1210, 910), (330, 910)], Palette.blueLight.alpha(0.13))
        c.polyline([lens, (1180, 560)], width: 1.5, Palette.blue.alpha(0.35), dash: [8, 8])
        c.polyline([lens, (330, 900)], width: 1.5, Palette.blue.alpha(0.35), dash: [8, 8])
        camera(c, pole: 120, base: 880)

        let workers: [(x: Double, base: Double, h: Double, helmet: Color?, facing: Double, pose: Canvas.Pose, score: String)] = [
            (470, 830, 200, Palette.yellow, 1, .carrying, "0.97"),
            (660, 800, 184, Palette.white, -1, .standing, "0.95"),
            (850, 846, 206, nil, 1, .walking, "0.93"),
            (1040, 790, 176, Palette.red, -1, .pointing, "0.96"),
        ]
        for w in workers {
            c.worker(x: w.x, base: w.base, h: w.h, helmet: w.helmet, facing: w.facing, pose: w.pose)
        }
        for w in workers {
            if w.helmet == nil {
                detection(c, x: w.x - w.h * 0.3, y: w.base - w.h * 1.08, w: w.h * 0.6, h: w.h * 1.12, Palette.red,
                          label: "未佩戴安全帽 \(w.score)")
                detection(c, x: w.x - w.h * 0.13, y: w.base - w.h * 1.02, w: w.h * 0.26, h: w.h * 0.24, Palette.red, label: nil)
            } else {
                detection(c, x: w.x - w.h * 0.14, y: w.base - w.h * 1.06, w: w.h * 0.3, h: w.h * 0.26, Palette.green,
                          label: "安全帽 \(w.score)")
            }
        }
        alert(c, x: 840, y: 40)
    }

    /// A bullet camera with a sun hood on an arm at the top of a pole.
    private static func camera(_ c: Canvas, pole x: Double, base: Double) {
        c.rect(x - 9, 200, 18, base - 200, Palette.steel)
        c.rect(x - 26, base - 10, 52, 12, Palette.concreteDark)
        c.rect(x, 214, 40, 10, Palette.steel)
        c.layer {
            c.translate(x + 40, 222)
            c.rotate(0.32)
            c.roundRect(0, -18, 120, 40, r: 10, Palette.white)
            c.roundRect(-6, -26, 136, 12, r: 5, Palette.concrete)
            c.rect(110, -18, 12, 40, Palette.ink)
            c.circle(120, 2, 12, Palette.ink)
            c.circle(122, 0, 6, Color(0x3B6EA8))
            c.circle(124, -2, 2, Palette.white)
            c.tag("AI", x: 14, y: -10, size: 13, text: Palette.white, plate: Palette.blue)
        }
        c.rect(x + 14, 260, 30, 40, Palette.white)
        c.circle(x + 29, 290, 3, Palette.led)
        c.signal(x: x + 29, y: 190, size: 38, Palette.blue)
        c.line((x + 29, 198), (x + 29, 214), width: 2, Palette.ink)
    }

    /// A detection box with corner marks and an optional label above it.
    private static func detection(_ c: Canvas, x: Double, y: Double, w: Double, h: Double, _ colour: Color, label: String?) {
        c.strokeRect(x, y, w, h, width: 2, colour.alpha(0.9))
        let k = min(w, h) * 0.22
        for (cx, cy, dx, dy) in [(x, y, 1.0, 1.0), (x + w, y, -1, 1), (x, y + h, 1, -1), (x + w, y + h, -1, -1)] {
            c.polyline([(cx, cy + dy * k), (cx, cy), (cx + dx * k, cy)], width: 5, colour)
        }
        if let label {
            c.tag(label, x: x - 2.5, y: y - 30, size: 15, text: Palette.white, plate: colour)
        }
    }

    /// The alert card the platform raises.
    private static func alert(_ c: Canvas, x: Double, y: Double) {
        let w = 320.0, h = 150.0
        c.roundRect(x + 4, y + 5, w, h, r: 10, Palette.ink.alpha(0.18))
        c.roundRect(x, y, w, h, r: 10, Palette.screen.alpha(0.92))
        c.roundRect(x, y, w, 44, r: 10, Palette.red)
        c.rect(x, y + 30, w, 14, Palette.red)
        c.polygon([(x + 24, y + 33), (x + 36, y + 11), (x + 48, y + 33)], Palette.white)
        c.text("!", x: x + 36, y: y + 14, size: 15, Palette.red, bold: true, align: .center)
        c.text("AI 识别告警", x: x + 60, y: y + 9, size: 20, Palette.white, bold: true)
        c.text("未佩戴安全帽 · 1 人", x: x + 20, y: y + 58, size: 19, Palette.white, bold: true)
        c.text("2 号塔吊东侧作业区  10:32:15", x: x + 20, y: y + 92, size: 15, Palette.white.alpha(0.8))
        c.text("已推送安全员 · 待整改", x: x + 20, y: y + 116, size: 15, Palette.ledAmber)
    }
}
