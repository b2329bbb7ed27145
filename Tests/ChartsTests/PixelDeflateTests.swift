@preconcurrency import CCairo
import Testing
@testable import Charts

@Suite struct PixelDeflateTests {
    /// zlib's own decoder inflates what the encoder wrote back to the input.
    private func roundTrip(_ input: [UInt8], rowBytes: Int, pixelBytes: Int = 3) -> (output: [UInt8], compressed: Int) {
        var compressed = [UInt8](repeating: 0, count: PixelDeflate.bound(count: input.count))
        let length = input.withUnsafeBufferPointer { source in
            compressed.withUnsafeMutableBufferPointer { target in
                PixelDeflate.compress(source.baseAddress!, count: input.count, rowBytes: rowBytes,
                                      pixelBytes: pixelBytes, into: target.baseAddress!)
            }
        }
        var output = [UInt8](repeating: 0, count: input.count + 16)
        var outputLength = uLong(output.count)
        let status = uncompress(&output, &outputLength, compressed, uLong(length))
        #expect(status == Z_OK)
        return (Array(output.prefix(Int(outputLength))), length)
    }

    @Test func flatRowsInflateToTheSameBytesAndCompressWell() {
        // 200 rows of 100 pixels: a filter byte, then white with a blue bar in the middle.
        var rows: [UInt8] = []
        for _ in 0..<200 {
            rows.append(0)
            for x in 0..<100 { rows += (30..<60).contains(x) ? [0x1f, 0x77, 0xb4] : [0xff, 0xff, 0xff] }
        }
        let (output, compressed) = roundTrip(rows, rowBytes: 301)
        #expect(output == rows)
        #expect(compressed < rows.count / 50)
    }

    @Test func unstructuredBytesStillInflateCorrectly() {
        var state: UInt32 = 12345
        let noise = (0..<70_001).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        #expect(roundTrip(noise, rowBytes: 1001).output == noise)
        // A row longer than deflate's 32 KiB window: only pixel matches are used.
        #expect(roundTrip(noise, rowBytes: 40_000).output == noise)
        #expect(roundTrip([7], rowBytes: 1).output == [7])
    }

    @Test func adler32AgreesWithZlib() {
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31 ^ $0 >> 3) }
        let ours = bytes.withUnsafeBufferPointer { PixelDeflate.adler32($0.baseAddress!, count: $0.count) }
        let theirs = bytes.withUnsafeBufferPointer { adler32(1, $0.baseAddress, uInt($0.count)) }
        #expect(UInt(ours) == UInt(theirs))
    }
}
