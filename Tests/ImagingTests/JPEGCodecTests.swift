import Foundation
import Testing
@testable import Imaging

@Suite struct JPEGCodecTests {
    @Test func decodesAtTheSmallestDCTScaleStillLargeEnough() throws {
        let bytes = try TestImages.quadrantsJPEG(width: 1600, height: 1200)
        let cases: [(minWidth: Int, minHeight: Int, denominator: Int, width: Int)] = [
            (0, 0, 1, 1600), (1, 0, 8, 200), (190, 100, 8, 200), (201, 100, 4, 400), (400, 300, 4, 400),
            (401, 0, 2, 800), (100, 601, 1, 1600), (1600, 1200, 1, 1600), (2000, 0, 1, 1600),
        ]
        for c in cases {
            let decoded = try JPEGDecoder.decode(bytes, minWidth: c.minWidth, minHeight: c.minHeight)
            #expect(decoded.scaleDenominator == c.denominator, "\(c)")
            #expect(decoded.surface.width == c.width, "\(c)")
            #expect((decoded.storedWidth, decoded.storedHeight) == (1600, 1200))
        }
    }

    @Test func fullSizeIsTheDefault() throws {
        let bytes = try TestImages.quadrantsJPEG(width: 64, height: 48)
        let decoded = try JPEGDecoder.decode(bytes, minWidth: 64, minHeight: 48)
        #expect(decoded.scaleDenominator == 1)
        #expect((decoded.surface.width, decoded.surface.height) == (64, 48))
        #expect(TestImages.matches(decoded.surface.pixel(x: 5, y: 5), 255, 0, 0))
        #expect(TestImages.matches(decoded.surface.pixel(x: 60, y: 44), 255, 255, 0))
    }

    /// 16 × 8, mid grey (100), made by Pillow.
    static let grayJPEG = Array(Data(base64Encoded: """
        /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIU\
        FRT/wAALCAAIABABAREA/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJx\
        FDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZ\
        mqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/9oACAEBAAA/APNKK//Z
        """) ?? Data())

    /// 16 × 8, CMYK (0, 255, 255, 0) — red — with an Adobe marker, made by Pillow.
    static let cmykJPEG = Array(Data(base64Encoded: """
        /9j/7gAOQWRvYmUAZAAAAAAA/9sAQwADAgIDAgIDAwMDBAMDBAUIBQUEBAUKBwcGCAwKDAwLCgsLDQ4SEA0OEQ4LCxAWEBETFBUVFQwPFxgWFBgSFBUU\
        /8AAFAgACAAQBEMRAE0RAFkRAEsRAP/EAB8AAAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFB\
        BhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqS\
        k5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/aAA4EQwBNAFkASwAAPwD9U6/Kqvyq\
        r9U6KKKK/9k=
        """) ?? Data())

    @Test func grayscaleComesOutAsRGB() throws {
        let decoded = try JPEGDecoder.decode(Self.grayJPEG)
        #expect((decoded.surface.width, decoded.surface.height) == (16, 8))
        #expect(TestImages.matches(decoded.surface.pixel(x: 8, y: 4), 100, 100, 100, tolerance: 2))
    }

    @Test func cmykIsConvertedToRGB() throws {
        let decoded = try JPEGDecoder.decode(Self.cmykJPEG)
        #expect((decoded.surface.width, decoded.surface.height) == (16, 8))
        #expect(TestImages.matches(decoded.surface.pixel(x: 8, y: 4), 255, 0, 0, tolerance: 8))
    }

    @Test func encoderRejectsWrongSizes() {
        #expect(throws: ImagingError.self) { try JPEGEncoder.encode(rgb: [1, 2, 3], width: 2, height: 1, quality: 80) }
        #expect(throws: ImagingError.self) { try JPEGEncoder.encode(rgb: [], width: 0, height: 0, quality: 80) }
    }

    @Test func encoderWritesABaselineJFIFWithoutExif() throws {
        let bytes = try JPEGEncoder.encode(rgb: TestImages.quadrantsRGB(width: 32, height: 16), width: 32, height: 16, quality: 85)
        #expect(Array(bytes.prefix(2)) == [0xFF, 0xD8])
        let markers = TestImages.markers(bytes)
        #expect(markers.first == 0xE0)
        #expect(markers.contains(0xC0))
        #expect(!markers.contains(0xE1))
    }
}
