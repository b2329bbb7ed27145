/// The image formats chapters and cases may use.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case png
    case jpeg

    /// The MIME type (`image/png`, `image/jpeg`).
    public var mimeType: String { "image/\(rawValue)" }

    /// The format a file name's extension promises (`.png`, `.jpg`, `.jpeg`, any case); nil for others.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        default: return nil
        }
    }
}

/// What the header of an image file says: its format, its size in pixels
/// as stored, and the EXIF orientation a viewer applies when showing it.
///
/// Orientations 5–8 turn the picture by a quarter, so the size as shown
/// (``width`` × ``height``) is the stored size with its axes swapped.
public struct ImageInfo: Sendable, Hashable {
    public var format: ImageFormat
    /// Size of the pixel grid as stored in the file.
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// EXIF Orientation (tag 0x0112), 1…8; 1 (as stored) when the file has none.
    public var orientation: Int

    public init(format: ImageFormat, pixelWidth: Int, pixelHeight: Int, orientation: Int = 1) {
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.orientation = (1...8).contains(orientation) ? orientation : 1
    }

    /// Whether showing the image turns it by a quarter (EXIF orientations 5–8).
    public var swapsAxes: Bool { orientation >= 5 }

    /// Width in pixels as shown, orientation applied.
    public var width: Int { swapsAxes ? pixelHeight : pixelWidth }
    /// Height in pixels as shown, orientation applied.
    public var height: Int { swapsAxes ? pixelWidth : pixelHeight }
}

extension ImageInfo {
    /// The affine map from stored pixel coordinates to the picture as shown
    /// (cairo's `xx, yx, xy, yy, x0, y0`), for EXIF orientation 1…8 of a
    /// stored `w` × `h` grid: 2 mirrors, 3 turns half, 4 flips, 5 transposes,
    /// 6 turns a quarter clockwise, 7 transverses, 8 turns a quarter anticlockwise.
    public static func orientationTransform(_ orientation: Int, storedWidth w: Double, storedHeight h: Double)
        -> (xx: Double, yx: Double, xy: Double, yy: Double, x0: Double, y0: Double) {
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
    }
}
