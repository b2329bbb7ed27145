/// Isometric projection: x runs down-right, y down-left, z up; `scale`
/// logical units per model unit, the model origin drawn at `origin`.
struct Isometric {
    let origin: Canvas.Point
    let scale: Double

    func callAsFunction(_ x: Double, _ y: Double, _ z: Double) -> Canvas.Point {
        (origin.x + (x - y) * 0.866 * scale, origin.y + (x + y) * 0.5 * scale - z * scale)
    }

    /// The corners of the horizontal rectangle x0…x1 × y0…y1 at height z.
    func floor(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, z: Double) -> [Canvas.Point] {
        [self(x0, y0, z), self(x1, y0, z), self(x1, y1, z), self(x0, y1, z)]
    }

    /// A vertical face along x at depth y, from z0 to z1.
    func faceX(_ x0: Double, _ x1: Double, y: Double, _ z0: Double, _ z1: Double) -> [Canvas.Point] {
        [self(x0, y, z0), self(x1, y, z0), self(x1, y, z1), self(x0, y, z1)]
    }

    /// A vertical face along y at x, from z0 to z1.
    func faceY(_ y0: Double, _ y1: Double, x: Double, _ z0: Double, _ z1: Double) -> [Canvas.Point] {
        [self(x, y0, z0), self(x, y1, z0), self(x, y1, z1), self(x, y0, z1)]
    }
}

extension Canvas {
    /// A solid box: its top and the two faces turned to the viewer, shaded.
    func isoBox(_ iso: Isometric, x: Double, y: Double, z: Double, w: Double, d: Double, h: Double, _ c: Color) {
        polygon(iso.faceX(x, x + w, y: y + d, z, z + h), c.darker(0.12))
        polygon(iso.faceY(y, y + d, x: x + w, z, z + h), c.darker(0.25))
        polygon(iso.floor(x, y, x + w, y + d, z: z + h), c)
    }
}
