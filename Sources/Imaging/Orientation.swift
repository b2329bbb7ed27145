@preconcurrency internal import CCairo
import Model

/// EXIF orientations as cairo transforms.
enum Orientation {
    /// ``ImageInfo/orientationTransform(_:storedWidth:storedHeight:)`` as a cairo matrix.
    static func matrix(_ orientation: Int, storedWidth w: Double, storedHeight h: Double) -> cairo_matrix_t {
        let m = ImageInfo.orientationTransform(orientation, storedWidth: w, storedHeight: h)
        var matrix = cairo_matrix_t()
        cairo_matrix_init(&matrix, m.xx, m.yx, m.xy, m.yy, m.x0, m.y0)
        return matrix
    }

    /// Whether the orientation turns the picture by a quarter (5–8).
    static func swapsAxes(_ orientation: Int) -> Bool { (5...8).contains(orientation) }
}
