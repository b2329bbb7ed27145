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
