/// drainage-pipe.jpg: a municipal drainage main laid by pipe jacking, in
/// section: the working shaft with its jacks and gantry crane, concrete
/// pipe sections pushed through the ground, the jacking machine at the face.
enum DrainagePipeScene {
    private static let surface = 260.0
    private static let pipeY = 560.0, pipeRadius = 46.0
    private static let shaft = (left: 110.0, right: 330.0, bottom: 660.0)
    private static let machineFront = 1010.0

    static func draw(_ c: Canvas) {
        c.sky(horizon: surface)
        c.cloud(x: 560, y: 80, w: 190)
        c.skyline(baseline: surface - 10, from: 380, to: 1210, seed: 53)
        soil(c)
        road(c)
        workingShaft(c)
        pipeline(c)
        machine(c)
        receivingShaft(c)
        labels(c)
    }

    private static func soil(_ c: Canvas) {
        c.verticalGradient(0, surface, c.width, c.height - surface, [(0, Palette.soil.lighter(0.1)), (1, Palette.soilDeep)])
        c.blob((0, 420), [((300, 400), (800, 450), (1200, 415)), ((1200, 800), (0, 800), (0, 800))], Color(0x94795A))
        var random = SeededRandom(seed: 61)
        for _ in 0..<240 {
            let x = random.next(in: 0...1200), y = random.next(in: (surface + 20)...790)
            c.circle(x, y, random.next(in: 1...2.4), Palette.ink.alpha(0.12))
        }
        // An existing gas main crossing above the new pipe.
        c.circle(700, 420, 18, Color(0xE9C46A))
        c.strokeCircle(700, 420, 18, width: 3, Color(0xB08A2E))
    }

    /// The street above: traffic keeps moving while the pipe goes in below.
    private static func road(_ c: Canvas) {
        c.rect(0, surface - 12, c.width, 16, Palette.asphalt)
        c.polyline([(420, surface - 5), (1200, surface - 5)], width: 2, Palette.white.alpha(0.8), dash: [24, 18])
        car(c, x: 560, colour: Color(0xD64541))
        car(c, x: 880, colour: Color(0x2F6DB5))
        c.tree(x: 1120, base: surface - 12, size: 90)
        c.tree(x: 460, base: surface - 12, size: 70)
        c.hoarding(from: 40, to: 400, base: surface - 12, h: 40)
    }

    private static func car(_ c: Canvas, x: Double, colour: Color) {
        c.roundRect(x, surface - 44, 120, 26, r: 8, colour)
        c.roundRect(x + 24, surface - 64, 66, 24, r: 8, colour)
        c.rect(x + 32, surface - 60, 22, 16, Palette.glass)
        c.rect(x + 60, surface - 60, 22, 16, Palette.glass)
        for wx in [x + 26, x + 94] {
            c.circle(wx, surface - 18, 11, Palette.ink)
            c.circle(wx, surface - 18, 4, Palette.concrete)
        }
    }

    private static func workingShaft(_ c: Canvas) {
        let s = shaft
        c.verticalGradient(s.left, surface, s.right - s.left, s.bottom - surface, [(0, Color(0xE4E9EE)), (1, Color(0xC5CDD5))])
        c.rect(s.left - 22, surface - 16, 22, s.bottom - surface + 40, Palette.concrete)
        c.rect(s.right, surface - 16, 22, pipeY - pipeRadius - surface + 6, Palette.concrete)
        c.rect(s.right, pipeY + pipeRadius + 10, 22, s.bottom - pipeY - pipeRadius + 14, Palette.concrete)
        c.rect(s.left - 22, s.bottom, s.right - s.left + 44, 24, Palette.concrete)
        // Thrust wall, jacks and the thrust ring against the last pipe.
        c.rect(s.left, pipeY - 80, 26, 160, Palette.concreteDark)
        for dy in [-28.0, 28] {
            c.rect(s.left + 26, pipeY + dy - 10, 70, 20, Palette.steel)
            c.rect(s.left + 96, pipeY + dy - 6, 46, 12, Color(0xD9DEE3))
        }
        c.rect(s.left + 142, pipeY - 56, 14, 112, Palette.orange)
        c.rect(s.left + 20, pipeY + pipeRadius + 8, s.right - s.left - 20, 10, Palette.steel)
        c.worker(x: 180, base: s.bottom, h: 64, helmet: Palette.yellow, facing: 1)
        // Gantry crane over the shaft lowering the next pipe section.
        let legL = s.left - 40, legR = s.right + 40, beam = surface - 190
        c.rect(legL, beam, 14, 190 - 12, Palette.yellow)
        c.rect(legR - 14, beam, 14, 190 - 12, Palette.yellow)
        c.rect(legL - 10, beam - 18, legR - legL + 20, 22, Palette.yellow)
        c.rect(legL - 10, beam - 18, legR - legL + 20, 5, Palette.yellowDark)
        c.rect(206, beam + 4, 34, 16, Palette.inkSoft)
        c.line((223, beam + 20), (223, surface + 80), width: 2, Palette.ink)
        c.line((196, surface + 80), (223, surface + 64), width: 1.5, Palette.ink)
        c.line((250, surface + 80), (223, surface + 64), width: 1.5, Palette.ink)
        pipeSection(c, x: 160, y: surface + 80 + pipeRadius, length: 126)
    }

    /// A concrete pipe section lying along x, seen from the side.
    private static func pipeSection(_ c: Canvas, x: Double, y: Double, length: Double) {
        c.verticalGradient(x, y - pipeRadius, length, 2 * pipeRadius,
                           [(0, Color(0xD5D9DD)), (0.45, Color(0xEEF0F2)), (1, Color(0x9EA5AD))])
        c.rect(x, y - pipeRadius, 6, 2 * pipeRadius, Color(0x8A929B))
        c.rect(x + length - 6, y - pipeRadius, 6, 2 * pipeRadius, Color(0x8A929B))
    }

    private static func pipeline(_ c: Canvas) {
        var x = shaft.left + 156
        while x < machineFront - 150 {
            pipeSection(c, x: x, y: pipeY, length: 110)
            x += 110
        }
        // Slurry lines along the invert back to the surface.
        c.line((shaft.left + 160, pipeY + pipeRadius - 8), (machineFront - 140, pipeY + pipeRadius - 8), width: 3,
               Color(0x7A5A3A, alpha: 0.8))
    }

    /// The jacking machine: a steel shield with a cutterhead at the face.
    private static func machine(_ c: Canvas) {
        let back = machineFront - 150
        c.verticalGradient(back, pipeY - pipeRadius - 4, 140, 2 * pipeRadius + 8,
                           [(0, Palette.orange.lighter(0.2)), (0.5, Palette.orange), (1, Palette.orange.darker(0.25))])
        c.rect(back + 40, pipeY - pipeRadius - 4, 6, 2 * pipeRadius + 8, Palette.orange.darker(0.35))
        c.rect(back + 90, pipeY - pipeRadius - 4, 6, 2 * pipeRadius + 8, Palette.orange.darker(0.35))
        c.roundRect(machineFront - 10, pipeY - pipeRadius - 6, 22, 2 * pipeRadius + 12, r: 6, Palette.steel)
        for dy in stride(from: -36.0, through: 36, by: 18) {
            c.polygon([(machineFront + 12, pipeY + dy - 5), (machineFront + 24, pipeY + dy), (machineFront + 12, pipeY + dy + 5)],
                      Palette.inkSoft)
        }
        c.text("顶管机", x: back + 64, y: pipeY - 11, size: 16, Palette.white, bold: true, align: .center)
    }

    private static func receivingShaft(_ c: Canvas) {
        c.rect(1090, surface - 16, 22, 470, Palette.concrete)
        c.rect(1112, surface, 88, 440, Color(0xDDE3E9))
        c.rect(1112, surface + 440, 88, 20, Palette.concrete)
        c.strokeRect(1090, pipeY - pipeRadius - 8, 22, 2 * pipeRadius + 16, width: 2.5, Palette.orange, dash: [6, 4])
    }

    private static func labels(_ c: Canvas) {
        let size = 15.0
        c.tag("工作井", x: 220, y: shaft.bottom + 34, size: size, text: Palette.white, plate: Palette.blue, align: .center)
        c.tag("接收井", x: 1150, y: surface + 470, size: size, text: Palette.white, plate: Palette.blue, align: .center)
        c.tag("钢筋混凝土管 DN1800", x: 560, y: pipeY + pipeRadius + 20, size: size, text: Palette.white, plate: Palette.inkSoft,
              align: .center)
        c.tag("主顶油缸", x: 140, y: pipeY - 100, size: size, text: Palette.white, plate: Palette.inkSoft)
        c.line((170, pipeY - 72), (170, pipeY - 38), width: 1.5, Palette.inkSoft)
        c.tag("既有燃气管", x: 726, y: 404, size: size, text: Palette.ink, plate: Palette.white.alpha(0.9))
        c.callout(x: 790, y: 300 + 330, w: 280, title: "顶管施工监测",
                  lines: ["顶进 126 m / 320 m · 顶力 860 t", "姿态偏差 水平 +12 mm · 高程 −8 mm"], accent: Palette.orange,
                  target: (machineFront - 60, pipeY + pipeRadius), size: 15)
    }
}
