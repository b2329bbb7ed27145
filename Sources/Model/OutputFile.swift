/// A file a renderer produced, at a path relative to the output root.
public struct OutputFile: Sendable {
    /// `annual/2025/index.html`, always with `/` separators.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
