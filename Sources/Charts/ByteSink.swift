@preconcurrency import CCairo

/// Collects what a cairo stream writes. C callbacks cannot capture, so the
/// sink travels as the callback's closure pointer (`Unmanaged`).
final class ByteSink {
    var bytes: [UInt8] = []

    /// A `cairo_write_func_t` appending to the sink passed as `closure`.
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
