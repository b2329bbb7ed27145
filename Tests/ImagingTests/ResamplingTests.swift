@preconcurrency import CCairo
import Model
import Testing
@testable import Imaging

/// The resampling kernel, the single-decode path and orientation applied pixel for pixel.
@Suite struct ResamplingTests {
    @Test(arguments: [(1600, 960), (2400, 1600), (2000, 480), (1200, 960), (960, 960), (7, 3), (5, 1), (100, 150)])
    func weightsSumToOneAndStayInside(source: Int, target: Int) {
        let taps = FilterTaps(source: source, target: target, weightBits: 14)
        #expect(taps.first.count == target)
        for i in 0..<target {
            let weights = taps.weights[taps.offsets[i]..<taps.offsets[i + 1]]
            #expect(weights.reduce(0) { $0 + Int($1) } == 1 << 14)
            #expect(taps.first[i] >= 0 && taps.first[i] + weights.count <= source)
        }
    }

    @Test func halvingAveragesPairsAndSmallShrinksInterpolate() {
        let half = FilterTaps(source: 8, target: 4, weightBits: 8)
        #expect(half.first == [0, 2, 4, 6])
        #expect(half.weights == [128, 128, 128, 128, 128, 128, 128, 128])
        // 5 → 4 is below 4/3: bilinear between the two nearest pixels, the edge padded.
        let slight = FilterTaps(source: 5, target: 4, weightBits: 8)
        #expect(slight.first[0] == 0)
        #expect(Array(slight.weights[slight.offsets[0]..<slight.offsets[1]]) == [224, 32])
        #expect(!FilterTaps.averages(source: 5, target: 4))
        #expect(FilterTaps.averages(source: 4, target: 3) && FilterTaps.averages(source: 9, target: 9))
    }

    @Test func flatColourStaysExactlyFlat() throws {
        let surface = try TestImages.filled(width: 317, height: 211, 0xFF_3C_7A_C8)
        let small = try Resampler.resized(surface, width: 64, height: 43)
        #expect((small.width, small.height) == (64, 43))
        for (x, y) in [(0, 0), (63, 42), (31, 20), (63, 0)] {
            #expect(small.pixel(x: x, y: y) & 0xFF_FFFF == 0x3C_7AC8)
        }
        #expect(try Resampler.resized(surface, width: 317, height: 211) === surface)
    }

    @Test func aSizeThatDividesALargerAverageComesFromItWithTheSamePixels() throws {
        let picture = try TestImages.noise(width: 1600, height: 1066)
        var sources = ResampleSources(picture)
        _ = try sources.resized(width: 960, height: 640)
        let chained = try sources.resized(width: 480, height: 320)
        let direct = try Resampler.resized(picture, width: 480, height: 320)
        var largest = 0
        for y in stride(from: 0, to: 320, by: 7) {
            for x in stride(from: 0, to: 480, by: 5) {
                let a = TestImages.rgb(chained.pixel(x: x, y: y)), b = TestImages.rgb(direct.pixel(x: x, y: y))
                largest = max(largest, abs(a.r - b.r), abs(a.g - b.g), abs(a.b - b.b))
            }
        }
        #expect(largest <= 1)
    }

    @Test(arguments: 1...8)
    func uprightMovesEveryPixelUnchanged(orientation: Int) throws {
        let stored = try TestImages.numbered(width: 5, height: 3)
        let shown = try Orientation.upright(stored, orientation: orientation)
        let swaps = orientation >= 5
        #expect((shown.width, shown.height) == (swaps ? 3 : 5, swaps ? 5 : 3))
        let m = ImageInfo.orientationTransform(orientation, storedWidth: 5, storedHeight: 3)
        for y in 0..<3 {
            for x in 0..<5 {
                // Pixel centres map onto pixel centres.
                let cx = Double(x) + 0.5, cy = Double(y) + 0.5
                let sx = Int(m.xx * cx + m.xy * cy + m.x0), sy = Int(m.yx * cx + m.yy * cy + m.y0)
                #expect(shown.pixel(x: sx, y: sy) & 0xFF_FFFF == stored.pixel(x: x, y: y) & 0xFF_FFFF, "(\(x), \(y))")
            }
        }
    }

    @Test func everyWidthFromOneDecodeHasItsSizeAndOrientation() throws {
        let bytes = try TestImages.quadrantsJPEG(width: 1000, height: 600)
        let info = ImageInfo(format: .jpeg, pixelWidth: 1000, pixelHeight: 600, orientation: 6)
        let maxWidths = [480, 240, 800, 100]
        let made = try WebImage.resized(bytes, info: info, maxWidths: maxWidths)
        #expect(made.count == maxWidths.count)
        for (maxWidth, resized) in zip(maxWidths, made) {
            let resized = try #require(resized)
            let width = min(maxWidth, 600)
            #expect((resized.width, resized.height) == (width, (1000 * width + 300) / 600))
            let shown = try JPEGDecoder.decode(resized.bytes).surface
            #expect((shown.width, shown.height) == (resized.width, resized.height))
            let (w, h) = (shown.width, shown.height)
            // Turned a quarter clockwise: stored red top-left shows top-right.
            #expect(TestImages.matches(shown.pixel(x: w * 3 / 4, y: h / 4), 255, 0, 0))
            #expect(TestImages.matches(shown.pixel(x: w / 4, y: h / 4), 0, 0, 255))
            #expect(TestImages.matches(shown.pixel(x: w / 4, y: h * 3 / 4), 255, 255, 0))
        }
    }

    @Test func widthsBeyondThePictureAreNeverUpscaled() throws {
        let png = try TestImages.halfTransparentPNG(width: 600, height: 300)
        let upright = ImageInfo(format: .png, pixelWidth: 600, pixelHeight: 300)
        let made = try WebImage.resized(png, info: upright, maxWidths: [480, 960, 600])
        #expect(made.map { $0.map { [$0.width, $0.height] } } == [[480, 240], nil, nil])

        let jpeg = try TestImages.quadrantsJPEG(width: 600, height: 300)
        let turned = ImageInfo(format: .jpeg, pixelWidth: 600, pixelHeight: 300, orientation: 8)
        let shown = try WebImage.resized(jpeg, info: turned, maxWidths: [480, 960, 300])
        #expect(shown.map { $0.map { [$0.width, $0.height] } } == [[300, 600], [300, 600], [300, 600]])
    }

    @Test func nothingIsDecodedWhenEveryWidthKeepsTheOriginal() throws {
        let info = ImageInfo(format: .jpeg, pixelWidth: 640, pixelHeight: 480)
        let notAJPEG: [UInt8] = [0, 1, 2, 3]
        #expect(try WebImage.resized(notAJPEG, info: info, maxWidths: [960, 1600, 640]) == [nil, nil, nil])
        #expect(throws: ImagingError.self) { try WebImage.resized(notAJPEG, info: info, maxWidths: [960, 480]) }
        #expect(throws: ImagingError.self) { try WebImage.resized(notAJPEG, info: info, maxWidths: [960, 0]) }
    }
}
