/// Why a picture could not be decoded, resized or encoded; the message is
/// Chinese and meant for the person running the build, e.g.
/// "无法解码 JPEG 图片：Not a JPEG file: starts with 0x00 0x01".
public struct ImagingError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

extension ImagingError {
    /// `prefix` followed by a NUL-terminated message from C.
    init(_ prefix: String, cMessage: [CChar]) {
        let bytes = cMessage.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        self.init(prefix + String(decoding: bytes, as: UTF8.self))
    }
}
