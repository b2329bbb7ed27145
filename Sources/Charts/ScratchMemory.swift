import Synchronization

/// Pixel memory that PNG rendering reuses from chart to chart. A 2× chart
/// needs about 9 MB of scratch (the cairo surface, the scanlines, the
/// compressed stream); fresh allocations of that size come from the kernel
/// as zeroed pages each time, which cost more than drawing the chart.
/// Buffers are handed out whole, one per caller, so renders on several
/// threads never share one.
final class ScratchMemory: Sendable {
    static let shared = ScratchMemory()

    /// Buffers kept for reuse at most (one per core is plenty).
    private static let keep = 8
    /// Free buffers as (address, size): plain integers, so the lock's state is Sendable.
    private let free = Mutex<[Block]>([])
    private struct Block: Sendable {
        let address: UInt
        let count: Int
        var buffer: UnsafeMutableRawBufferPointer {
            UnsafeMutableRawBufferPointer(start: UnsafeMutableRawPointer(bitPattern: address), count: count)
        }
    }

    /// Runs `body` with at least `count` bytes of uninitialised, 16-byte aligned memory.
    func withBuffer<R>(count: Int, _ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        let buffer = take(count)
        defer { giveBack(buffer) }
        return try body(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<count]))
    }

    private func take(_ count: Int) -> UnsafeMutableRawBufferPointer {
        let reused: Block? = free.withLock { blocks in
            guard let index = blocks.firstIndex(where: { $0.count >= count }) else { return nil }
            return blocks.remove(at: index)
        }
        return reused?.buffer ?? .allocate(byteCount: count, alignment: 16)
    }

    private func giveBack(_ buffer: UnsafeMutableRawBufferPointer) {
        let block = Block(address: UInt(bitPattern: buffer.baseAddress), count: buffer.count)
        let dropped: Block? = free.withLock { blocks in
            blocks.append(block)
            blocks.sort { $0.count < $1.count }
            return blocks.count > Self.keep ? blocks.removeFirst() : nil
        }
        dropped?.buffer.deallocate()
    }
}
