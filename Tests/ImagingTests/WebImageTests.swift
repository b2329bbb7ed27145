import Foundation
import Model
import TestSupport
import Testing
@testable import Imaging

@Suite struct WebImageTests {
    @Test func smallUprightPicturesAreLeftAlone() throws {
        let jpeg = ImageInfo(format: .jpeg, pixelWidth: ImageSamples.jpegWidth, pixelHeight: ImageSamples.jpegHeight)
        #expect(try WebImage.resized(ImageSamples.jpeg, info: jpeg, maxWidth: 40) == nil)
        #expect(try WebImage.resized(ImageSamples.jpeg, info: jpeg, maxWidth: 1600) == nil)
        let png = ImageSamples.png(width: 300, height: 200)
        #expect(try WebImage.resized(png, info: ImageInfo(format: .png, pixelWidth: 300, pixelHeight: 200), maxWidth: 300) == nil)
    }

    @Test func largeJPEGShrinksToExactlyTheMaximumWidth() throws {
        let bytes = try TestImages.quadrantsJPEG(width: 3000, height: 2000)
        let info = ImageInfo(format: .jpeg, pixelWidth: 3000, pixelHeight: 2000)
        let resized = try #require(try WebImage.resized(bytes, info: info, maxWidth: 1600))
        #expect(resized.format == .jpeg)
        #expect((resized.width, resized.height) == (1600, 1067))
        let decoded = try JPEGDecoder.decode(resized.bytes)
        #expect((decoded.storedWidth, decoded.storedHeight) == (1600, 1067))
        #expect(TestImages.matches(decoded.surface.pixel(x: 400, y: 266), 255, 0, 0))
        #expect(TestImages.matches(decoded.surface.pixel(x: 1200, y: 800), 255, 255, 0))
    }

    @Test func heightRoundsToNearestAndIsAtLeastOne() {
        #expect(WebImage.targetSize(width: 3000, height: 2000, maxWidth: 1600) == (1600, 1067))
        #expect(WebImage.targetSize(width: 3000, height: 1000, maxWidth: 1600) == (1600, 533))
        #expect(WebImage.targetSize(width: 4000, height: 10, maxWidth: 100) == (100, 1))
        #expect(WebImage.targetSize(width: 800, height: 600, maxWidth: 1600) == (800, 600))
    }

    @Test(arguments: [1000, 150])
    func orientationSixTurnsThePixelsClockwise(maxWidth: Int) throws {
        let bytes = try TestImages.quadrantsJPEG(width: 400, height: 300)
        let info = ImageInfo(format: .jpeg, pixelWidth: 400, pixelHeight: 300, orientation: 6)
        let resized = try #require(try WebImage.resized(bytes, info: info, maxWidth: maxWidth))
        let (w, h) = maxWidth >= 300 ? (300, 400) : (150, 200)
        #expect((resized.width, resized.height) == (w, h))
        let shown = try JPEGDecoder.decode(resized.bytes).surface
        #expect((shown.width, shown.height) == (w, h))
        // Turned a quarter clockwise: stored top-left shows top-right, bottom-left shows top-left.
        #expect(TestImages.matches(shown.pixel(x: w * 3 / 4, y: h / 4), 255, 0, 0))
        #expect(TestImages.matches(shown.pixel(x: w / 4, y: h / 4), 0, 0, 255))
        #expect(TestImages.matches(shown.pixel(x: w * 3 / 4, y: h * 3 / 4), 0, 255, 0))
        #expect(TestImages.matches(shown.pixel(x: w / 4, y: h * 3 / 4), 255, 255, 0))
    }

    @Test func everyOrientationGivesTheSizeAsShown() throws {
        let bytes = try TestImages.quadrantsJPEG(width: 64, height: 32)
        for orientation in 1...8 {
            let info = ImageInfo(format: .jpeg, pixelWidth: 64, pixelHeight: 32, orientation: orientation)
            let resized = try #require(try WebImage.resized(bytes, info: info, maxWidth: 16))
            #expect((resized.width, resized.height) == (orientation >= 5 ? (16, 32) : (16, 8)))
        }
    }

    @Test func exifIsDroppedAndOrientationApplied() throws {
        let bytes = ImageSamples.jpeg(orientation: 8)
        #expect(TestImages.markers(bytes).contains(0xE1))
        let info = ImageInfo(format: .jpeg, pixelWidth: ImageSamples.jpegWidth, pixelHeight: ImageSamples.jpegHeight,
                             orientation: 8)
        let resized = try #require(try WebImage.resized(bytes, info: info, maxWidth: 1600))
        #expect((resized.width, resized.height) == (24, 40))
        #expect(Array(resized.bytes.prefix(2)) == [0xFF, 0xD8])
        #expect(Array(resized.bytes.suffix(2)) == [0xFF, 0xD9])
        let markers = TestImages.markers(resized.bytes)
        #expect(!markers.contains(0xE1))
        #expect(markers.last == 0xDA)
        #expect(!markers.contains(0xC2), "baseline, not progressive")
    }

    @Test func pngStaysPNGWithItsAlpha() throws {
        let bytes = try TestImages.halfTransparentPNG(width: 2000, height: 1000)
        let info = ImageInfo(format: .png, pixelWidth: 2000, pixelHeight: 1000)
        let resized = try #require(try WebImage.resized(bytes, info: info, maxWidth: 500))
        #expect(resized.format == .png)
        #expect((resized.width, resized.height) == (500, 250))
        #expect(Array(resized.bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(resized.bytes[25] == 6, "IHDR colour type RGBA")
        let decoded = try PNGCodec.decode(resized.bytes)
        #expect((decoded.width, decoded.height) == (500, 250))
        #expect(decoded.pixel(x: 100, y: 100) >> 24 == 0)
        #expect(decoded.pixel(x: 400, y: 100) >> 24 == 255)
        #expect(TestImages.matches(decoded.pixel(x: 400, y: 100), 255, 128, 0, tolerance: 2))
    }

    @Test func sameInputGivesSameBytes() throws {
        let jpeg = try TestImages.quadrantsJPEG(width: 1200, height: 900)
        let jpegInfo = ImageInfo(format: .jpeg, pixelWidth: 1200, pixelHeight: 900, orientation: 3)
        let first = try WebImage.resized(jpeg, info: jpegInfo, maxWidth: 500)
        #expect(first != nil)
        #expect(first == (try WebImage.resized(jpeg, info: jpegInfo, maxWidth: 500)))
        let png = try TestImages.halfTransparentPNG(width: 900, height: 600)
        let pngInfo = ImageInfo(format: .png, pixelWidth: 900, pixelHeight: 600)
        #expect(try WebImage.resized(png, info: pngInfo, maxWidth: 320) == (try WebImage.resized(png, info: pngInfo, maxWidth: 320)))
    }

    @Test func corruptFilesThrowInsteadOfCrashing() throws {
        let good = try TestImages.quadrantsJPEG(width: 800, height: 600)
        let info = ImageInfo(format: .jpeg, pixelWidth: 800, pixelHeight: 600)
        let garbage: [UInt8] = [0xFF, 0xD8] + (0..<500).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let candidates: [[UInt8]] = [[], [0x00, 0x01, 0x02], garbage, Array(good.prefix(good.count / 2)),
                                     Array(good.prefix(300))]
        for bytes in candidates {
            #expect(throws: ImagingError.self) { try WebImage.resized(bytes, info: info, maxWidth: 400) }
        }
        do {
            _ = try WebImage.resized(garbage, info: info, maxWidth: 400)
        } catch {
            #expect(error.message.hasPrefix("无法解码 JPEG 图片："))
        }
        let pngInfo = ImageInfo(format: .png, pixelWidth: 800, pixelHeight: 600)
        #expect(throws: ImagingError.self) { try WebImage.resized(garbage, info: pngInfo, maxWidth: 400) }
    }

    @Test func nonPositiveWidthIsAnError() {
        let info = ImageInfo(format: .jpeg, pixelWidth: 40, pixelHeight: 24)
        #expect(throws: ImagingError.self) { try WebImage.resized(ImageSamples.jpeg, info: info, maxWidth: 0) }
    }
}

@Suite struct ResamplingQualityTests {
    /// One-pixel black and white stripes shrunk 2.4× come out as an even
    /// grey; point sampling would give black, white or a moiré.
    @Test func fineStripesAverageOut() throws {
        var rgb = [UInt8](repeating: 0, count: 1200 * 40 * 3)
        for y in 0..<40 {
            for x in stride(from: 0, to: 1200, by: 2) {
                let o = (y * 1200 + x) * 3
                rgb[o] = 255
                rgb[o + 1] = 255
                rgb[o + 2] = 255
            }
        }
        let jpeg = try JPEGEncoder.encode(rgb: rgb, width: 1200, height: 40, quality: 100)
        // Through the PNG path too, which has no DCT scaling to help.
        let decoded = try JPEGDecoder.decode(jpeg).surface
        let png = try PNGCodec.encode(decoded)
        let resized = try #require(try WebImage.resized(png, info: ImageInfo(format: .png, pixelWidth: 1200, pixelHeight: 40),
                                                        maxWidth: 500))
        let shown = try PNGCodec.decode(resized.bytes)
        let greys = (2..<498).map { TestImages.rgb(shown.pixel(x: $0, y: 8)).g }
        #expect(greys.allSatisfy { (97...158).contains($0) }, "\(greys.min() ?? 0)…\(greys.max() ?? 0)")
    }
}
