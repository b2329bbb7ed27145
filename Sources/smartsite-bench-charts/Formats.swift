@preconcurrency import CCairo
import Charts
import Foundation
import Model

/// What one timed iteration does, per column of the table.
enum Format: String, CaseIterable {
    case layout, svg, png, pdfPage = "pdf-page", pdfFile = "pdf-file"
    /// For finding where the time goes (`--formats`, not in the default table):
    /// Cairo's SVG without SmartSite's post-processing, and the 2× raster
    /// without the PNG encoding.
    case svgCairo = "svg-cairo", pngRaster = "png-raster"

    /// The default columns, in order (scripts/bench-charts.sh reads them by position).
    static let standard: [Format] = [.layout, .svg, .png, .pdfPage, .pdfFile]
}

/// A cairo write function that only counts the bytes (the PDF outputs are
/// not kept: the benchmark measures drawing, not memory).
final class CountingSink {
    var count = 0

    static let write: cairo_write_func_t = { closure, _, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<CountingSink>.fromOpaque(closure).takeUnretainedValue().count += Int(length)
        return CAIRO_STATUS_SUCCESS
    }

    var pointer: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// A PDF document that stays open across iterations: each `addPage` draws
/// one chart on a new page, as a figure in the book is drawn.
final class PDFDocument {
    let sink = CountingSink()
    private let surface: OpaquePointer

    init() {
        surface = cairo_pdf_surface_create_for_stream(CountingSink.write, sink.pointer, 595, 842)
    }

    func addPage(_ layout: ChartLayout) {
        cairo_pdf_surface_set_size(surface, layout.width, layout.height)
        let context = cairo_create(surface)!
        ChartRenderer.draw(layout, on: context)
        cairo_show_page(context)
        cairo_destroy(context)
    }

    /// Writes the rest of the document (fonts, cross-reference table); returns its size.
    func finish() -> Int {
        withExtendedLifetime(sink) {
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
        }
        return sink.count
    }
}

/// One chart as a one-page PDF file, written whole; returns its size.
func pdfFile(_ layout: ChartLayout) -> Int {
    let sink = CountingSink()
    return withExtendedLifetime(sink) {
        let surface = cairo_pdf_surface_create_for_stream(CountingSink.write, sink.pointer, layout.width, layout.height)
        let context = cairo_create(surface)!
        ChartRenderer.draw(layout, on: context)
        cairo_show_page(context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.count
    }
}

/// Cairo's SVG of a chart as `ChartRenderer.svg` makes it, before the post-processing; returns its size.
func cairoSVG(_ layout: ChartLayout) -> Int {
    let sink = CountingSink()
    return withExtendedLifetime(sink) {
        let surface = cairo_svg_surface_create_for_stream(CountingSink.write, sink.pointer, layout.width, layout.height)
        let context = cairo_create(surface)!
        ChartRenderer.draw(layout, on: context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.count
    }
}

/// The chart rasterised as `ChartRenderer.png` does, without encoding the PNG; returns the pixel bytes.
func raster(_ layout: ChartLayout, scale: Double) -> Int {
    let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(max(1, (layout.width * scale).rounded(.up))),
                                             Int32(max(1, (layout.height * scale).rounded(.up))))
    let context = cairo_create(surface)!
    cairo_set_source_rgb(context, 1, 1, 1)
    cairo_paint(context)
    cairo_scale(context, scale, scale)
    ChartRenderer.draw(layout, on: context)
    cairo_destroy(context)
    cairo_surface_flush(surface)
    let bytes = Int(cairo_image_surface_get_stride(surface) * cairo_image_surface_get_height(surface))
    cairo_surface_destroy(surface)
    return bytes
}

/// Monotonic nanoseconds.
func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Per-iteration times of one chart in one format.
struct Timing {
    var nanoseconds: [UInt64] = []

    var medianMS: Double {
        let sorted = nanoseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        let ns = sorted.count % 2 == 1 ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
        return ns / 1e6
    }

    var meanMS: Double {
        nanoseconds.isEmpty ? 0 : Double(nanoseconds.reduce(0, +)) / Double(nanoseconds.count) / 1e6
    }
}

/// Runs `format` on `data` `count` times; returns the per-iteration times and
/// the bytes of the last output (0 for layout and pdf-page).
func run(_ format: Format, _ data: ChartData, width: Double, height: Double, count: Int) -> (Timing, Int) {
    var timing = Timing()
    timing.nanoseconds.reserveCapacity(count)
    var bytes = 0
    let document = format == .pdfPage ? PDFDocument() : nil
    for _ in 0..<count {
        let start = now()
        let layout = ChartLayoutEngine.layout(data, width: width, height: height)
        switch format {
        case .layout: bytes = layout.items.count
        case .svg: bytes = ChartRenderer.svg(layout).count
        case .png: bytes = ChartRenderer.png(layout, scale: 2).count
        case .pdfPage: document?.addPage(layout)
        case .pdfFile: bytes = pdfFile(layout)
        case .svgCairo: bytes = cairoSVG(layout)
        case .pngRaster: bytes = raster(layout, scale: 2)
        }
        timing.nanoseconds.append(now() - start)
    }
    if let document { bytes = document.finish() }
    return (timing, format == .layout || format == .pdfPage ? 0 : bytes)
}
