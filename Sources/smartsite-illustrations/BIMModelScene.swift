/// bim-model.jpg: an isometric BIM model, floors coloured by use and the
/// building services (sprinklers, water, ducts, cable trays) running inside.
enum BIMModelScene {
    private static let uses: [(name: String, colour: Color)] = [
        ("5F 设备层", Color(0x9B72CF)), ("4F 会议", Color(0x43AA8B)), ("2F–3F 办公", Color(0x5B8DEF)),
        ("1F 商业", Color(0xF4A259)),
    ]
    /// Floor colours, ground floor first.
    private static let floors: [Color] = [uses[3].colour, uses[2].colour, uses[2].colour, uses[1].colour, uses[0].colour]
    private static let services: [(name: String, colour: Color)] = [
        ("消防喷淋", Color(0xE63946)), ("给水", Color(0x1D70B8)), ("排水", Color(0x2A9D8F)),
        ("通风空调", Color(0xF6BD60)), ("电气桥架", Color(0x6C757D)),
    ]
    private static let length = 12.0, depth = 7.0, floorHeight = 1.2

    static func draw(_ c: Canvas) {
        c.verticalGradient(0, 0, c.width, c.height, [(0, Color(0xF4F7FB)), (1, Color(0xDCE4EE))])
        let iso = Isometric(origin: (585, 255), scale: 36)
        groundGrid(c, iso)
        c.polygon(iso.floor(-1.2, -1.2, length + 1.2, depth + 1.2, z: 0), Color(0xC9D2DC))
        c.polygon(iso.faceX(-1.2, length + 1.2, y: depth + 1.2, -0.3, 0), Color(0xAEB8C4))
        c.polygon(iso.faceY(-1.2, depth + 1.2, x: length + 1.2, -0.3, 0), Color(0x98A3B0))
        // The top floor has no roof, so its plant and services show.
        for (level, floor) in floors.enumerated() {
            storey(c, iso, level: level, colour: floor) {
                if level == floors.count - 1 { plant(c, iso, z: Double(level) * floorHeight) }
            }
        }
        header(c)
        legend(c, x: 40, y: 470)
        viewCube(c, at: (1105, 90))
    }

    private static func groundGrid(_ c: Canvas, _ iso: Isometric) {
        let grid = Color(0xB8C4D2, alpha: 0.55)
        for i in -6...20 {
            let v = Double(i)
            c.line(iso(v, -6, 0), iso(v, 14, 0), width: 0.8, grid)
            c.line(iso(-6, v, 0), iso(20, v, 0), width: 0.8, grid)
        }
    }

    /// One floor: slab, back walls, `contents`, services under its ceiling, columns, glass front.
    private static func storey(_ c: Canvas, _ iso: Isometric, level: Int, colour: Color, contents: () -> Void) {
        let z0 = Double(level) * floorHeight, z1 = z0 + floorHeight
        let slab = 0.16
        c.polygon(iso.faceX(0, length, y: depth, z0 - slab, z0), Color(0xA7B1BC))
        c.polygon(iso.faceY(0, depth, x: length, z0 - slab, z0), Color(0x8E99A6))
        c.polygon(iso.floor(0, 0, length, depth, z: z0), Color(0xE6EAEF))
        // Back walls, tinted with the floor's colour.
        c.polygon(iso.faceX(0, length, y: 0, z0, z1), colour.mix(Palette.white, 0.62))
        c.polygon(iso.faceY(0, depth, x: 0, z0, z1), colour.mix(Palette.white, 0.5))
        // Rooms drawn as faint partitions on the slab.
        for x in stride(from: 3.0, to: length, by: 3) {
            c.polygon(iso.faceY(0, 2.6, x: x, z0, z0 + 0.5), colour.mix(Palette.white, 0.4).alpha(0.6))
        }
        contents()
        services(c, iso, z0: z0, z1: z1)
        for x in stride(from: 0.0, through: length, by: 4) {
            for y in stride(from: 0.0, through: depth, by: 3.5) {
                c.isoBox(iso, x: x - 0.15, y: y - 0.15, z: z0, w: 0.3, d: 0.3, h: floorHeight, Color(0xCBD2DA))
            }
        }
        // Glass on the two faces turned to the viewer.
        c.polygon(iso.faceX(0, length, y: depth, z0, z1), colour.alpha(0.3))
        c.polygon(iso.faceY(0, depth, x: length, z0, z1), colour.darker(0.1).alpha(0.38))
        for x in stride(from: 1.0, to: length, by: 1) {
            c.line(iso(x, depth, z0), iso(x, depth, z1), width: 0.8, colour.darker(0.2).alpha(0.45))
        }
        for y in stride(from: 1.0, to: depth, by: 1) {
            c.line(iso(length, y, z0), iso(length, y, z1), width: 0.8, colour.darker(0.3).alpha(0.45))
        }
        c.polyline([iso(0, depth, z1), iso(length, depth, z1), iso(length, 0, z1)], width: 1.4, colour.darker(0.3))
        c.polyline([iso(0, depth, z0), iso(length, depth, z0), iso(length, 0, z0)], width: 1.2, colour.darker(0.3))
        c.line(iso(length, depth, z0), iso(length, depth, z1), width: 1.4, colour.darker(0.3))
    }

    /// Services hung under the ceiling of one floor, back to front.
    private static func services(_ c: Canvas, _ iso: Isometric, z0: Double, z1: Double) {
        let sprinkler = services[0].colour, water = services[1].colour, drain = services[2].colour
        let duct = services[3].colour, tray = services[4].colour
        let top = z1 - 0.18
        // Risers in the shaft at the back corner.
        for (i, colour) in [sprinkler, water, drain].enumerated() {
            let x = 0.8 + Double(i) * 0.45
            c.line(iso(x, 0.7, z0), iso(x, 0.7, z1), width: 3.2, colour)
        }
        c.line(iso(0.5, 1.6, top - 0.05), iso(length - 0.5, 1.6, top - 0.05), width: 4.5, tray)
        c.line(iso(0.5, 1.6, top - 0.05), iso(length - 0.5, 1.6, top - 0.05), width: 2, tray.lighter(0.4))
        // Air duct: a wide band with a lighter top.
        c.polygon([iso(0.6, 2.6, top), iso(length - 0.6, 2.6, top), iso(length - 0.6, 3.5, top), iso(0.6, 3.5, top)], duct)
        c.polygon(iso.faceX(0.6, length - 0.6, y: 3.5, top - 0.3, top), duct.darker(0.15))
        for x in stride(from: 2.0, to: length - 1, by: 3) {
            c.polygon(iso.floor(x, 3.5, x + 0.5, 4.1, z: top - 0.15), duct.darker(0.1))
        }
        c.line(iso(0.8, 4.8, top), iso(length - 0.4, 4.8, top), width: 3, water)
        c.line(iso(1.25, 0.7, top), iso(1.25, 4.8, top), width: 3, water)
        c.line(iso(0.8, 5.8, top), iso(length - 0.4, 5.8, top), width: 3.4, sprinkler)
        c.line(iso(0.8, 0.7, top), iso(0.8, 5.8, top), width: 3.4, sprinkler)
        for x in stride(from: 1.5, to: length - 0.5, by: 1.5) {
            c.line(iso(x, 5.8, top), iso(x, 4.2, top), width: 1.6, sprinkler)
            c.line(iso(x, 5.8, top), iso(x, 6.7, top), width: 1.6, sprinkler)
            c.circle(iso(x, 4.2, top - 0.1).x, iso(x, 4.2, top - 0.1).y, 2.2, sprinkler)
        }
        c.line(iso(1.7, 0.7, z0 + 0.15), iso(1.7, 6.4, z0 + 0.15), width: 3, drain)
    }

    /// Plant standing on the equipment floor: an air handler, pumps, a water tank.
    private static func plant(_ c: Canvas, _ iso: Isometric, z: Double) {
        c.isoBox(iso, x: 8.2, y: 0.4, z: z, w: 3.2, d: 1.6, h: 0.8, Color(0x9FD3E6))
        c.isoBox(iso, x: 4.2, y: 0.4, z: z, w: 1.8, d: 1.4, h: 0.9, Color(0xCBD2DA))
        for x in [2.2, 3.0] {
            c.isoBox(iso, x: x, y: 0.5, z: z, w: 0.5, d: 0.7, h: 0.45, Color(0x3E7CB1))
        }
    }

    private static func header(_ c: Canvas) {
        c.text("BIM 模型 · 机电管线综合", x: 40, y: 34, size: 30, Palette.ink, bold: true)
        c.text("LOD 300  ·  碰撞检查 0 处  ·  模型与现场同步", x: 40, y: 80, size: 17, Palette.inkSoft)
    }

    private static func legend(_ c: Canvas, x: Double, y: Double) {
        c.roundRect(x, y, 250, 250, r: 10, Palette.white.alpha(0.85))
        c.text("楼层", x: x + 18, y: y + 14, size: 15, Palette.ink, bold: true)
        c.text("管线", x: x + 136, y: y + 14, size: 15, Palette.ink, bold: true)
        for (i, use) in uses.enumerated() {
            let row = y + 48 + Double(i) * 38
            c.roundRect(x + 18, row + 2, 18, 18, r: 3, use.colour)
            c.text(use.name, x: x + 44, y: row, size: 14, Palette.inkSoft)
        }
        for (i, service) in services.enumerated() {
            let row = y + 48 + Double(i) * 38
            c.line((x + 136, row + 11), (x + 160, row + 11), width: 5, service.colour, round: true)
            c.text(service.name, x: x + 168, y: row, size: 14, Palette.inkSoft)
        }
    }

    /// The navigation cube of a BIM viewer.
    private static func viewCube(_ c: Canvas, at origin: Canvas.Point) {
        let iso = Isometric(origin: origin, scale: 34)
        c.isoBox(iso, x: 0, y: 0, z: 0, w: 1.4, d: 1.4, h: 1.4, Color(0xF8FAFC))
        c.strokePolygon(iso.floor(0, 0, 1.4, 1.4, z: 1.4), width: 1, Color(0x8E99A6))
        c.strokePolygon(iso.faceX(0, 1.4, y: 1.4, 0, 1.4), width: 1, Color(0x8E99A6))
        c.strokePolygon(iso.faceY(0, 1.4, x: 1.4, 0, 1.4), width: 1, Color(0x8E99A6))
        let top = iso(0.7, 0.7, 1.4), front = iso(0.7, 1.4, 0.7), right = iso(1.4, 0.7, 0.7)
        c.text("上", x: top.x, y: top.y - 10, size: 14, Palette.inkSoft, align: .center)
        c.text("前", x: front.x, y: front.y - 10, size: 14, Palette.inkSoft, align: .center)
        c.text("右", x: right.x, y: right.y - 10, size: 14, Palette.inkSoft, align: .center)
    }
}
