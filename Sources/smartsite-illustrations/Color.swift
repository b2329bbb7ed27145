/// An sRGB colour with alpha, components 0…1.
struct Color {
    var r: Double, g: Double, b: Double, a: Double = 1

    /// From a 0xRRGGBB literal.
    init(_ hex: UInt32, alpha: Double = 1) {
        r = Double(hex >> 16 & 0xFF) / 255
        g = Double(hex >> 8 & 0xFF) / 255
        b = Double(hex & 0xFF) / 255
        a = alpha
    }

    init(r: Double, g: Double, b: Double, a: Double = 1) {
        (self.r, self.g, self.b, self.a) = (r, g, b, a)
    }

    func alpha(_ value: Double) -> Color { Color(r: r, g: g, b: b, a: value) }

    /// `amount` of the way towards `other` (0 = self, 1 = other).
    func mix(_ other: Color, _ amount: Double) -> Color {
        Color(r: r + (other.r - r) * amount, g: g + (other.g - g) * amount,
              b: b + (other.b - b) * amount, a: a + (other.a - a) * amount)
    }

    func darker(_ amount: Double = 0.2) -> Color { mix(Color(0x000000, alpha: a), amount) }
    func lighter(_ amount: Double = 0.2) -> Color { mix(Color(0xFFFFFF, alpha: a), amount) }
}

/// The colours the drawings share: a calm editorial palette with safety
/// yellow and orange as accents.
enum Palette {
    static let skyTop = Color(0x9FCFEA)
    static let skyHorizon = Color(0xE8F4FA)
    static let cloud = Color(0xFFFFFF, alpha: 0.9)
    static let distant = Color(0xBFD5E3)
    static let ground = Color(0xD8C7A3)
    static let groundDark = Color(0xC2AE86)
    static let soil = Color(0xA98B63)
    static let soilDeep = Color(0x8C6F4E)
    static let asphalt = Color(0x5E6670)
    static let concrete = Color(0xC9CDD2)
    static let concreteDark = Color(0x9EA5AD)
    static let steel = Color(0x6F7C88)
    static let ink = Color(0x1F2D3D)
    static let inkSoft = Color(0x3C4B5C)
    static let white = Color(0xFFFFFF)
    static let paper = Color(0xF7F8FA)
    static let yellow = Color(0xF2B705)
    static let yellowDark = Color(0xC99700)
    static let orange = Color(0xF28C28)
    static let red = Color(0xD64541)
    static let blue = Color(0x2F6DB5)
    static let blueLight = Color(0x6FA8DC)
    static let teal = Color(0x2A9D8F)
    static let green = Color(0x5BAA5B)
    static let greenDark = Color(0x3F8545)
    static let glass = Color(0x8FC1E3)
    static let skin = Color(0xF1C6A0)
    static let hair = Color(0x2B2B2B)
    static let trousers = Color(0x34495E)
    static let screen = Color(0x0E1A2B)
    static let led = Color(0x38E07B)
    static let ledAmber = Color(0xFFB23F)
}
