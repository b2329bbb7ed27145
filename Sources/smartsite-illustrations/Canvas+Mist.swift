import Foundation

/// Water mist from a nozzle: a widening plume that sags as it goes,
/// dotted with droplets.
extension Canvas {
    /// Mist leaving `nozzle` at `angle` (radians; 0 = +x, positive turns
    /// clockwise since y points down), travelling `length`.
    func mist(from nozzle: Point, angle: Double, length: Double, seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let direction = (x: cos(angle), y: sin(angle))
        func centre(_ t: Double) -> Point {
            (nozzle.x + direction.x * length * t, nozzle.y + direction.y * length * t + 0.2 * length * t * t)
        }
        func radius(_ t: Double) -> Double { 8 + length * 0.22 * t }
        for i in 0..<40 {
            let t = Double(i) / 39
            let p = centre(t)
            circle(p.x, p.y, radius(t), Palette.white.alpha(0.09 * (1 - 0.6 * t)))
        }
        for _ in 0..<700 {
            let t = random.next().squareRoot()
            let p = centre(t)
            let a = random.next() * 2 * .pi
            let r = radius(t) * random.next().squareRoot() * 1.1
            let size = 0.9 + random.next() * 2.2
            circle(p.x + cos(a) * r, p.y + sin(a) * r, size, Palette.white.alpha(0.85 - 0.6 * t))
        }
    }
}
