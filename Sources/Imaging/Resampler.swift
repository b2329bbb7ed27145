@preconcurrency internal import CCairo

/// Resizes an upright RGB24 or ARGB32 surface with the ``FilterTaps``
/// kernel (what CAIRO_FILTER_GOOD gives), in two separable passes: each
/// output row first blends the source rows under it, then the columns of
/// that blended row. Pixman instead evaluates the whole 2-D kernel for
/// every output pixel, many times the work for large reductions.
/// Colours stay premultiplied, as cairo stores them.
enum Resampler {
    /// Weight precision of the vertical pass: 8 bits keep a blended byte
    /// within 16 bits, so that pass runs on 16-bit lanes. Pixman's bilinear
    /// filter uses 7.
    private static let rowWeightBits = 8
    private static let columnWeightBits = 14

    /// `source` at `width` × `height`; `source` itself when that is its size.
    static func resized(_ source: ImageSurface, width: Int, height: Int) throws(ImagingError) -> ImageSurface {
        if source.width == width && source.height == height { return source }
        let target = try ImageSurface(format: source.format, width: width, height: height)
        let rows = FilterTaps(source: source.height, target: height, weightBits: rowWeightBits)
        let columns = FilterTaps(source: source.width, target: width, weightBits: columnWeightBits)
        cairo_surface_flush(source.pointer)
        guard let input = cairo_image_surface_get_data(source.pointer),
              let output = cairo_image_surface_get_data(target.pointer)
        else { throw ImagingError("无法缩放图片：无法读取像素") }
        let inputStride = Int(cairo_image_surface_get_stride(source.pointer))
        let outputStride = Int(cairo_image_surface_get_stride(target.pointer))

        let rowBytes = source.width * 4
        let blended = UnsafeMutablePointer<UInt16>.allocate(capacity: rowBytes)
        defer { blended.deallocate() }
        for y in 0..<height {
            blendRows(rows, y, from: input, stride: inputStride, count: rowBytes, into: blended)
            blendColumns(columns, of: blended, into: output + y * outputStride, width: width)
        }
        cairo_surface_mark_dirty(target.pointer)
        return target
    }

    /// Target row `y` before the horizontal pass: the bytes of the source
    /// rows under it summed with their weights (at most 255 × 256).
    private static func blendRows(_ taps: FilterTaps, _ y: Int, from input: UnsafeMutablePointer<UInt8>, stride: Int,
                                  count: Int, into blended: UnsafeMutablePointer<UInt16>) {
        let start = taps.offsets[y], end = taps.offsets[y + 1]
        var row = UnsafePointer(input + taps.first[y] * stride)
        var weight = taps.weights[start]
        for i in 0..<count { blended[i] = weight &* UInt16(row[i]) }
        for tap in start + 1..<end {
            row += stride
            weight = taps.weights[tap]
            for i in 0..<count { blended[i] &+= weight &* UInt16(row[i]) }
        }
    }

    /// One output row from a vertically blended row: each pixel's four
    /// channels summed across its source columns, rounded back to 8 bits.
    private static func blendColumns(_ taps: FilterTaps, of blended: UnsafeMutablePointer<UInt16>,
                                     into output: UnsafeMutablePointer<UInt8>, width: Int) {
        let shift = UInt32(rowWeightBits + taps.weightBits)
        let half = SIMD4<UInt32>(repeating: 1 << (shift - 1))
        taps.weights.withUnsafeBufferPointer { weights in
            taps.first.withUnsafeBufferPointer { first in
                taps.offsets.withUnsafeBufferPointer { offsets in
                    let input = UnsafeRawPointer(blended)
                    for x in 0..<width {
                        var offset = first[x] * 8
                        var sum = half
                        for tap in offsets[x]..<offsets[x + 1] {
                            let pixel = input.loadUnaligned(fromByteOffset: offset, as: SIMD4<UInt16>.self)
                            sum &+= SIMD4<UInt32>(truncatingIfNeeded: pixel) &* UInt32(weights[tap])
                            offset += 8
                        }
                        let out = SIMD4<UInt8>(truncatingIfNeeded: sum &>> shift)
                        UnsafeMutableRawPointer(output).storeBytes(of: out, toByteOffset: x * 4, as: SIMD4<UInt8>.self)
                    }
                }
            }
        }
    }
}
