@preconcurrency internal import CCairo

/// EXIF orientations as cairo transforms.
enum Orientation {
    /// The affine map from stored pixel coordinates to the picture as shown
    /// (cairo's `xx, yx, xy, yy, x0, y0`), for EXIF orientation 1…8:
    /// 2 mirrors, 3 turns half, 4 flips, 5 transposes, 6 turns a quarter
    /// clockwise, 7 transverses, 8 turns a quarter anticlockwise.
    static func matrix(_ orientation: Int, storedWidth w: Double, storedHeight h: Double) -> cairo_matrix_t {
        let m: (Double, Double, Double, Double, Double, Double) =
            switch orientation {
            case 2: (-1, 0, 0, 1, w, 0)
            case 3: (-1, 0, 0, -1, w, h)
            case 4: (1, 0, 0, -1, 0, h)
            case 5: (0, 1, 1, 0, 0, 0)
            case 6: (0, 1, -1, 0, h, 0)
            case 7: (0, -1, -1, 0, h, w)
            case 8: (0, -1, 1, 0, 0, w)
            default: (1, 0, 0, 1, 0, 0)
            }
        var matrix = cairo_matrix_t()
        cairo_matrix_init(&matrix, m.0, m.1, m.2, m.3, m.4, m.5)
        return matrix
    }

    /// Whether the orientation turns the picture by a quarter (5–8).
    static func swapsAxes(_ orientation: Int) -> Bool { (5...8).contains(orientation) }
}
