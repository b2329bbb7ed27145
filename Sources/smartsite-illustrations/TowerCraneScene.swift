/// tower-crane.jpg: tower cranes over a rising concrete frame; the near
/// crane carries a safety-monitoring box that reports load, moment and wind.
enum TowerCraneScene {
    static func draw(_ c: Canvas) {
        let horizon = 560.0
        c.sky(horizon: horizon)
        c.cloud(x: 90, y: 150, w: 190)
        c.cloud(x: 840, y: 90, w: 230)
        c.cloud(x: 610, y: 205, w: 120)
        c.skyline(baseline: horizon, from: -10, to: 1210, seed: 7)
        // A second crane further back, paler.
        c.towerCrane(x: 1030, base: horizon + 10, mast: 400, jib: 280, counterJib: 110, size: 16,
                     Palette.yellow.mix(Palette.skyHorizon, 0.45), facing: -1, trolley: 0.5, drop: 150)
        c.ground(horizon: horizon)
        c.hoarding(from: -10, to: 1210, base: horizon + 28, h: 30)

        // Site road and the frame.
        c.polygon([(0, 700), (1200, 660), (1200, 730), (0, 780)], Palette.asphalt.lighter(0.35))
        c.polyline([(0, 740), (1200, 695)], width: 3, Palette.white.alpha(0.7), dash: [28, 22])
        c.buildingFrame(x: 390, base: 610, floors: 8, floorHeight: 42, bays: 6, bayWidth: 70, closedFloors: 4)
        c.scaffoldNet(x: 668, y: 610 - 7 * 42, w: 146, h: 3 * 42)
        let top = 610 - 8 * 42.0 - 6

        // Near crane lowering a bundle of steel beams onto the top floor.
        let hook = c.towerCrane(x: 250, base: 612, mast: 510, jib: 640, counterJib: 175, size: 26, trolley: 0.77, drop: 34)
        c.line(hook, (hook.x - 40, top - 40), width: 1.6, Palette.ink)
        c.line(hook, (hook.x + 40, top - 40), width: 1.6, Palette.ink)
        for i in 0..<3 {
            c.rect(hook.x - 70, top - 40 + Double(i) * 7, 140, 6, Color(0x8E4B32).lighter(Double(i) * 0.08))
        }
        c.worker(x: hook.x - 95, base: top, h: 30, helmet: Palette.yellow, facing: 1, pose: .pointing)
        c.worker(x: hook.x + 90, base: top, h: 30, helmet: Palette.white, vest: Palette.yellow, facing: -1)
        c.worker(x: 470, base: top, h: 30, helmet: Palette.red, facing: 1, pose: .carrying)

        // The monitoring box on the mast, with its signal going out.
        let box: Canvas.Point = (199, 168)
        c.roundRect(box.x, box.y, 36, 30, r: 4, Palette.white)
        c.strokeRect(box.x, box.y, 36, 30, width: 2, Palette.blue, r: 4)
        c.rect(box.x + 6, box.y + 7, 24, 9, Palette.screen)
        c.rect(box.x + 8, box.y + 9, 14, 5, Palette.led)
        c.circle(box.x + 10, box.y + 23, 2.4, Palette.led)
        c.circle(box.x + 18, box.y + 23, 2.4, Palette.ledAmber)
        c.rect(box.x + 36, box.y + 8, 6, 4, Palette.ink)
        c.rect(box.x + 36, box.y + 20, 6, 4, Palette.ink)
        c.line((box.x + 30, box.y), (box.x + 30, box.y - 14), width: 2, Palette.ink)
        c.signal(x: box.x + 30, y: box.y - 16, size: 40, Palette.blue)
        c.callout(x: 18, y: 262, w: 178, title: "塔吊安全监控",
                  lines: ["吊重 3.2 t  力矩 68%", "风速 6.4 m/s", "幅度 38 m  回转 126°"], accent: Palette.blue,
                  target: (box.x, box.y + 15), size: 15)

        // Foreground: material stacks and people at ground level.
        for i in 0..<5 {
            c.rect(900, 700 - Double(i) * 9, 190, 8, Color(0x8E4B32).lighter(Double(i % 2) * 0.1))
        }
        c.rect(905, 702, 8, 14, Palette.inkSoft)
        c.rect(1075, 702, 8, 14, Palette.inkSoft)
        for i in 0..<4 {
            c.rect(760 + Double(i) * 4, 690 - Double(i) * 12, 110, 11, Color(0xD9A441).darker(Double(i) * 0.05))
        }
        c.worker(x: 560, base: 735, h: 78, helmet: Palette.yellow, facing: -1, pose: .pointing)
        c.worker(x: 620, base: 742, h: 80, helmet: Palette.white, vest: Palette.yellow, facing: -1)
        c.worker(x: 120, base: 760, h: 82, helmet: Palette.blue, facing: 1, pose: .walking)
    }
}
