@preconcurrency internal import CCairo

/// Collects what a cairo write stream produces. C callbacks cannot capture,
/// so the sink travels as the callback's closure pointer (`Unmanaged`).
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 {
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
        }
        return CAIRO_STATUS_SUCCESS
    }

    /// Runs `body` with the sink as an opaque pointer, keeping it alive.
    func withPointer<R>(_ body: (UnsafeMutableRawPointer) -> R) -> R {
        withExtendedLifetime(self) { body(Unmanaged.passUnretained(self).toOpaque()) }
    }
}

/// Hands bytes to a cairo read stream in the pieces it asks for.
final class ByteSource {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        return source.read(into: data, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
    }

    /// Runs `body` with the source as an opaque pointer, keeping it alive.
    func withPointer<R>(_ body: (UnsafeMutableRawPointer) -> R) -> R {
        withExtendedLifetime(self) { body(Unmanaged.passUnretained(self).toOpaque()) }
    }

    private func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count >= 0, count <= bytes.count - offset else { return false }
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { destination.update(from: base + offset, count: count) }
        }
        offset += count
        return true
    }
}
