@preconcurrency import CCairo
import Testing
@testable import Imaging

/// Pictures made in the tests: pixels computed here, encoded with the module's encoders.
enum TestImages {
    /// Packed RGB of a picture split into four flat quadrants:
    /// red top-left, green top-right, blue bottom-left, yellow bottom-right.
    static func quadrantsRGB(width: Int, height: Int) -> [UInt8] {
        var rgb = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let colour: (UInt8, UInt8, UInt8) =
                    switch (x < width / 2, y < height / 2) {
                    case (true, true): (255, 0, 0)
                    case (false, true): (0, 255, 0)
                    case (true, false): (0, 0, 255)
                    case (false, false): (255, 255, 0)
                    }
                let o = (y * width + x) * 3
                rgb[o] = colour.0
                rgb[o + 1] = colour.1
                rgb[o + 2] = colour.2
            }
        }
        return rgb
    }

    static func quadrantsJPEG(width: Int, height: Int) throws -> [UInt8] {
        try JPEGEncoder.encode(rgb: quadrantsRGB(width: width, height: height), width: width, height: height, quality: 90)
    }

    /// A PNG drawn with cairo: the left half transparent, the right half opaque orange.
    static func halfTransparentPNG(width: Int, height: Int) throws -> [UInt8] {
        let surface = try ImageSurface(format: CAIRO_FORMAT_ARGB32, width: width, height: height)
        let cr = cairo_create(surface.pointer)
        cairo_set_source_rgb(cr, 1, 0.5, 0)
        cairo_rectangle(cr, Double(width) / 2, 0, Double(width) / 2, Double(height))
        cairo_fill(cr)
        cairo_destroy(cr)
        return try PNGCodec.encode(surface)
    }

    /// An RGB24 surface of one colour (0xXXRRGGBB).
    static func filled(width: Int, height: Int, _ colour: UInt32) throws -> ImageSurface {
        try painted(width: width, height: height) { _, _ in colour }
    }

    /// An RGB24 surface whose every pixel differs: red is x, green is y.
    static func numbered(width: Int, height: Int) throws -> ImageSurface {
        try painted(width: width, height: height) { x, y in 0xFF00_0000 | UInt32(x) << 16 | UInt32(y) << 8 }
    }

    /// An RGB24 surface of unrelated neighbouring pixels, hard on any rounding.
    static func noise(width: Int, height: Int) throws -> ImageSurface {
        try painted(width: width, height: height) { x, y in
            let v = UInt32(truncatingIfNeeded: (x &* 37 &+ y &* 91) ^ (x &* y))
            return 0xFF00_0000 | (v & 0xFF) << 16 | (v >> 3 & 0xFF) << 8 | (v >> 5 & 0xFF)
        }
    }

    private static func painted(width: Int, height: Int, _ colour: (Int, Int) -> UInt32) throws -> ImageSurface {
        let surface = try ImageSurface(format: CAIRO_FORMAT_RGB24, width: width, height: height)
        let data = try #require(cairo_image_surface_get_data(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        for y in 0..<height {
            for x in 0..<width {
                UnsafeMutableRawPointer(data + y * stride + x * 4).storeBytes(of: colour(x, y), as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface.pointer)
        return surface
    }

    /// Red, green and blue of a cairo pixel (alpha dropped, colours as stored).
    static func rgb(_ pixel: UInt32) -> (r: Int, g: Int, b: Int) {
        (Int(pixel >> 16 & 0xFF), Int(pixel >> 8 & 0xFF), Int(pixel & 0xFF))
    }

    /// Whether `pixel` is within `tolerance` of the colour in every channel.
    static func matches(_ pixel: UInt32, _ r: Int, _ g: Int, _ b: Int, tolerance: Int = 24) -> Bool {
        let c = rgb(pixel)
        return abs(c.r - r) <= tolerance && abs(c.g - g) <= tolerance && abs(c.b - b) <= tolerance
    }

    /// The marker bytes (the byte after 0xFF) of a JPEG's segments up to its scan.
    static func markers(_ jpeg: [UInt8]) -> [UInt8] {
        var found: [UInt8] = []
        var i = 2
        while i + 3 < jpeg.count, jpeg[i] == 0xFF {
            let marker = jpeg[i + 1]
            found.append(marker)
            if marker == 0xDA { break }
            i += 2 + (Int(jpeg[i + 2]) << 8 | Int(jpeg[i + 3]))
        }
        return found
    }
}
