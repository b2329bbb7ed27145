import Model

/// A picture made for the web: its encoded bytes and its size in pixels
/// (upright, as shown; the bytes carry no EXIF orientation).
public struct ResizedImage: Sendable, Equatable {
    public let bytes: [UInt8]
    public let width: Int
    public let height: Int
    public let format: ImageFormat

    public init(bytes: [UInt8], width: Int, height: Int, format: ImageFormat) {
        self.bytes = bytes
        self.width = width
        self.height = height
        self.format = format
    }
}
