/// site-overview.png: the whole site from above, zones coloured by use,
/// with the tower cranes' reach, the gate, monitoring points and a legend.
enum SiteOverviewScene {
    private static let office = Color(0x8DB8E8), rebar = Color(0xF5B971), storage = Color(0xF7DC8A)
    private static let works = Color(0xD5D9DE), green = Color(0xA8D5A2), road = Color(0x9AA3AD)

    static func draw(_ c: Canvas) {
        c.fillAll(Color(0xE6EEDD))
        surroundings(c)
        // Site boundary: inside paved, hoarding all round.
        let site = (x: 90.0, y: 90.0, w: 780.0, h: 600.0)
        c.rect(site.x, site.y, site.w, site.h, Color(0xEDEAE3))
        c.strokeRect(site.x, site.y, site.w, site.h, width: 7, Color(0x2C5F9E))
        // Internal ring road.
        c.strokeRect(site.x + 40, site.y + 40, site.w - 80, site.h - 80, width: 26, road)
        c.strokeRect(site.x + 40, site.y + 40, site.w - 80, site.h - 80, width: 1.5, Palette.white.alpha(0.8), dash: [12, 10])
        zone(c, x: 150, y: 150, w: 470, h: 330, works, "主体施工区")
        for (bx, by) in [(180.0, 200.0), (330, 200), (470, 200)] { building(c, x: bx, y: by, w: 120, h: 240) }
        zone(c, x: 650, y: 150, w: 160, h: 200, office, "办公生活区")
        for row in 0..<4 { c.rect(666, 186 + Double(row) * 38, 128, 26, Palette.white.alpha(0.9)) }
        zone(c, x: 650, y: 380, w: 160, h: 250, rebar, "钢筋加工区")
        c.rect(668, 420, 124, 90, Color(0xE0A45E))
        for i in 0..<6 { c.line((676, 528 + Double(i) * 14), (786, 528 + Double(i) * 14), width: 5, Color(0x8E4B32)) }
        zone(c, x: 150, y: 510, w: 300, h: 120, storage, "材料堆场")
        for i in 0..<5 { c.rect(170 + Double(i) * 54, 560, 40, 50, Color(0xD9A441).darker(Double(i % 2) * 0.08)) }
        zone(c, x: 470, y: 510, w: 150, h: 120, green, "临时绿化")
        for (tx, ty) in [(500.0, 560.0), (540, 590), (585, 555)] { c.circle(tx, ty, 14, Color(0x5BAA5B)) }
        cranes(c)
        gate(c, x: 380, y: 690)
        monitors(c)
        legend(c, x: 900, y: 90)
        northArrow(c, x: 1130, y: 700)
    }

    private static func surroundings(_ c: Canvas) {
        c.rect(0, 730, 880, 44, road)
        c.polyline([(0, 752), (880, 752)], width: 2, Palette.white, dash: [20, 14])
        c.rect(20, 0, 40, 800, road)
        c.polyline([(40, 0), (40, 800)], width: 2, Palette.white, dash: [20, 14])
        c.text("城市道路", x: 700, y: 731, size: 14, Palette.white, bold: true)
        for y in stride(from: 30.0, to: 720, by: 60) { c.circle(75, y, 10, Color(0x7DBB74)) }
    }

    private static func zone(_ c: Canvas, x: Double, y: Double, w: Double, h: Double, _ colour: Color, _ name: String) {
        c.roundRect(x, y, w, h, r: 6, colour)
        c.strokeRect(x, y, w, h, width: 1.5, colour.darker(0.25), r: 6)
        c.tag(name, x: x + 8, y: y + 8, size: 14, text: Palette.ink, plate: Palette.white.alpha(0.85))
    }

    /// A building footprint with its structural grid.
    private static func building(_ c: Canvas, x: Double, y: Double, w: Double, h: Double) {
        c.rect(x + 5, y + 5, w, h, Palette.ink.alpha(0.15))
        c.rect(x, y, w, h, Color(0xB5BCC4))
        for gx in stride(from: x + 20, to: x + w, by: 20) { c.line((gx, y), (gx, y + h), width: 0.8, Color(0x8E969F)) }
        for gy in stride(from: y + 30, to: y + h, by: 30) { c.line((x, gy), (x + w, gy), width: 0.8, Color(0x8E969F)) }
        c.strokeRect(x, y, w, h, width: 2, Color(0x6F7C88))
    }

    /// Tower cranes with their slewing radius.
    private static func cranes(_ c: Canvas) {
        for (x, y, r) in [(315.0, 200.0, 150.0), (545, 455, 145)] {
            c.circle(x, y, r, Palette.yellow.alpha(0.12))
            c.strokeCircle(x, y, r, width: 2, Palette.yellowDark, dash: [10, 7])
            c.rect(x - 9, y - 9, 18, 18, Palette.yellow)
            c.strokeRect(x - 9, y - 9, 18, 18, width: 2, Palette.yellowDark)
            c.line((x - 40, y), (x + r * 0.9, y - r * 0.3), width: 4, Palette.yellowDark)
        }
    }

    private static func gate(_ c: Canvas, x: Double, y: Double) {
        c.rect(x - 50, y, 100, 32, road)
        c.rect(x - 60, y - 8, 120, 16, Color(0xEDEAE3))
        c.rect(x - 60, y - 10, 8, 20, Color(0x2C5F9E))
        c.rect(x + 52, y - 10, 8, 20, Color(0x2C5F9E))
        c.rect(x + 70, y - 40, 70, 30, Color(0x6FA8DC))
        for i in 0..<4 { c.line((x + 76 + Double(i) * 16, y - 36), (x + 76 + Double(i) * 16, y - 14), width: 2, Palette.white) }
        c.tag("洗车池", x: x + 105, y: y - 72, size: 12, text: Palette.white, plate: Palette.blue, align: .center)
        c.tag("出入口 · 实名制通道", x: x, y: y + 14, size: 12, text: Palette.white, plate: Color(0x2C5F9E), align: .center)
    }

    /// Dust monitors and cameras, as in the legend.
    private static func monitors(_ c: Canvas) {
        for (x, y) in [(110.0, 110.0), (850, 110), (850, 670), (110, 670)] {
            c.circle(x, y, 10, Palette.teal)
            c.circle(x, y, 4, Palette.white)
        }
        for (x, y) in [(330.0, 690.0), (640, 130), (140, 400), (860, 400)] {
            c.polygon([(x - 8, y + 8), (x + 8, y + 8), (x, y - 8)], Palette.red)
        }
    }

    private static func legend(_ c: Canvas, x: Double, y: Double) {
        c.roundRect(x, y, 270, 420, r: 10, Palette.white)
        c.text("总平面布置", x: x + 20, y: y + 18, size: 20, Palette.ink, bold: true)
        let areas: [(Color, String)] = [
            (works, "主体施工区"), (office, "办公生活区"), (rebar, "钢筋加工区"), (storage, "材料堆场"), (green, "临时绿化"),
        ]
        for (i, item) in areas.enumerated() {
            let ry = y + 64 + Double(i) * 36
            c.roundRect(x + 20, ry, 26, 20, r: 4, item.0)
            c.strokeRect(x + 20, ry, 26, 20, width: 1, item.0.darker(0.25), r: 4)
            c.text(item.1, x: x + 58, y: ry - 1, size: 15, Palette.inkSoft)
        }
        let marks = y + 64 + 5 * 36 + 8
        c.strokeCircle(x + 33, marks + 10, 10, width: 2, Palette.yellowDark, dash: [4, 3])
        c.text("塔吊回转半径", x: x + 58, y: marks, size: 15, Palette.inkSoft)
        c.circle(x + 33, marks + 46, 9, Palette.teal)
        c.text("扬尘监测点", x: x + 58, y: marks + 36, size: 15, Palette.inkSoft)
        c.polygon([(x + 25, marks + 90), (x + 41, marks + 90), (x + 33, marks + 74)], Palette.red)
        c.text("视频监控点", x: x + 58, y: marks + 72, size: 15, Palette.inkSoft)
        c.line((x + 20, marks + 118), (x + 46, marks + 118), width: 5, Color(0x2C5F9E))
        c.text("围挡", x: x + 58, y: marks + 108, size: 15, Palette.inkSoft)
    }

    private static func northArrow(_ c: Canvas, x: Double, y: Double) {
        c.circle(x, y, 34, Palette.white)
        c.polygon([(x, y - 28), (x + 12, y + 14), (x, y + 6), (x - 12, y + 14)], Palette.ink)
        c.text("N", x: x, y: y - 62, size: 18, Palette.ink, bold: true, align: .center)
        c.rect(900, y + 24, 160, 6, Palette.ink)
        c.rect(900, y + 24, 40, 6, Palette.white)
        c.rect(980, y + 24, 40, 6, Palette.white)
        c.strokeRect(900, y + 24, 160, 6, width: 1, Palette.ink)
        c.text("0        20        40 m", x: 900, y: y + 34, size: 12, Palette.inkSoft)
    }
}
