@preconcurrency import CCairo
import Imaging

/// One drawing of the example case collection: its file, pixel size and
/// the logical size its `draw` lays itself out in (same aspect ratio).
struct Illustration {
    enum Format { case jpeg, png }

    let fileName: String
    let pixelWidth: Int
    let pixelHeight: Int
    let logicalWidth: Double
    let format: Format
    let draw: (Canvas) -> Void

    var logicalHeight: Double { logicalWidth * Double(pixelHeight) / Double(pixelWidth) }

    static let jpegQuality = 85

    static var all: [Illustration] {
        [
            Illustration(fileName: "tower-crane.jpg", pixelWidth: 2400, pixelHeight: 1600, logicalWidth: 1200, format: .jpeg,
                         draw: TowerCraneScene.draw),
            Illustration(fileName: "dust-monitor.jpg", pixelWidth: 2400, pixelHeight: 1600, logicalWidth: 1200, format: .jpeg,
                         draw: DustMonitorScene.draw),
            Illustration(fileName: "ai-camera.jpg", pixelWidth: 1600, pixelHeight: 1200, logicalWidth: 1200, format: .jpeg,
                         draw: AICameraScene.draw),
            Illustration(fileName: "bim-model.jpg", pixelWidth: 1600, pixelHeight: 1000, logicalWidth: 1200, format: .jpeg,
                         draw: BIMModelScene.draw),
            Illustration(fileName: "turnstile.jpg", pixelWidth: 1600, pixelHeight: 1067, logicalWidth: 1200, format: .jpeg,
                         draw: TurnstileScene.draw),
            Illustration(fileName: "deep-pit.jpg", pixelWidth: 1600, pixelHeight: 1067, logicalWidth: 1200, format: .jpeg,
                         draw: DeepPitScene.draw),
            Illustration(fileName: "control-room.jpg", pixelWidth: 2000, pixelHeight: 1125, logicalWidth: 1200, format: .jpeg,
                         draw: ControlRoomScene.draw),
            Illustration(fileName: "drainage-pipe.jpg", pixelWidth: 1600, pixelHeight: 1067, logicalWidth: 1200, format: .jpeg,
                         draw: DrainagePipeScene.draw),
            Illustration(fileName: "site-overview.png", pixelWidth: 1200, pixelHeight: 800, logicalWidth: 1200, format: .png,
                         draw: SiteOverviewScene.draw),
        ]
    }

    /// The drawing rendered and encoded.
    func render() throws -> [UInt8] {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight))
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else {
            throw ImagingError("无法创建 \(pixelWidth) × \(pixelHeight) 像素的画布")
        }
        defer { cairo_surface_destroy(surface) }
        let scale = Double(pixelWidth) / logicalWidth
        cairo_scale(cr, scale, scale)
        let canvas = Canvas(cr: cr, width: logicalWidth, height: logicalHeight)
        canvas.fillAll(Palette.white)
        draw(canvas)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        switch format {
        case .jpeg:
            return try JPEGEncoder.encode(cairoSurface: surface, quality: Self.jpegQuality)
        case .png:
            return try PNGWriter.encode(surface)
        }
    }
}

/// PNG through cairo's own writer (libpng; no timestamps, so byte-stable).
enum PNGWriter {
    static func encode(_ surface: OpaquePointer) throws -> [UInt8] {
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let status = withExtendedLifetime(sink) {
            cairo_surface_write_to_png_stream(surface, { closure, data, length in
                guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
                let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
                if let data { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length))) }
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            throw ImagingError("无法编码 PNG 图片：\(String(cString: cairo_status_to_string(status)))")
        }
        return sink.bytes
    }
}
