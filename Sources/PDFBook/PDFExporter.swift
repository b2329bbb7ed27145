@preconcurrency import CCairo
import Charts

/// The export stage: paints page frames on a cairo PDF surface, adds the
/// outline, page labels and metadata, and returns the file's bytes.
struct PDFExporter {
    let shaper: TextShaper

    func export(_ book: BookLayout, metadata: PDFMetadata) throws -> [UInt8] {
        let sink = PDFByteSink()
        let width = book.pages.first?.width ?? PageGeometry.a4.pageWidth
        let height = book.pages.first?.height ?? PageGeometry.a4.pageHeight
        return try withExtendedLifetime(sink) {
            guard let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PDFByteSink>.fromOpaque(closure).takeUnretainedValue()
                    .bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), width, height) else {
                throw PDFBookError.cairo("no PDF surface")
            }
            defer { cairo_surface_destroy(surface) }
            metadata.apply(to: surface)
            let cr = cairo_create(surface)!
            let images = ImagePainter()
            for page in book.pages {
                cairo_pdf_surface_set_size(surface, page.width, page.height)
                cairo_pdf_surface_set_page_label(surface, page.label)
                images.startPage()
                for item in page.items { paint(item, on: cr, images: images) }
                cairo_show_page(cr)
            }
            addOutline(book.outline, to: surface)
            let drawing = cairo_status(cr)
            cairo_destroy(cr)
            cairo_surface_finish(surface)
            images.release()
            if let failure = images.failure { throw failure }
            for status in [drawing, cairo_surface_status(surface)] where status != CAIRO_STATUS_SUCCESS {
                throw PDFBookError.cairo(String(cString: cairo_status_to_string(status)))
            }
            return sink.bytes
        }
    }

    private func paint(_ item: FrameItem, on cr: OpaquePointer, images: ImagePainter) {
        switch item {
        case .text(let placement):
            paintText(placement, on: cr)
        case let .rule(from, to, width, color):
            setColor(color, on: cr)
            cairo_set_line_width(cr, width)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
            cairo_move_to(cr, from.x, from.y)
            cairo_line_to(cr, to.x, to.y)
            cairo_stroke(cr)
        case let .fill(rect, color):
            setColor(color, on: cr)
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            cairo_fill(cr)
        case .chart(let placement):
            paintChart(placement, on: cr)
        case .image(let placement):
            images.paint(placement, on: cr)
        }
    }

    /// Paints lines `placement.lines` of the text, each at its own baseline.
    private func paintText(_ placement: TextPlacement, on cr: OpaquePointer) {
        let layout = shaper.layout(placement.spec)
        setColor(placement.spec.style.color, on: cr)
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        var index = 0
        repeat {
            if index >= placement.lines.upperBound { break }
            if index >= placement.lines.lowerBound, let line = pango_layout_iter_get_line_readonly(iter) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let baseline = Double(pango_layout_iter_get_baseline(iter)) / TextShaper.scale
                cairo_move_to(cr, placement.origin.x + Double(logical.x) / TextShaper.scale,
                              placement.origin.y + baseline)
                pango_cairo_show_layout_line(cr, line)
            }
            index += 1
        } while pango_layout_iter_next_line(iter) != 0
    }

    /// The one call into the chart library: its renderer draws with its top-left at the origin.
    private func paintChart(_ placement: ChartPlacement, on cr: OpaquePointer) {
        cairo_save(cr)
        cairo_translate(cr, placement.origin.x, placement.origin.y)
        ChartRenderer.draw(placement.chart, on: cr)
        cairo_restore(cr)
    }

    private func addOutline(_ outline: [OutlineEntry], to surface: OpaquePointer) {
        var chapter = Int32(CAIRO_PDF_OUTLINE_ROOT)
        for entry in outline {
            let y = (entry.y * 100).rounded() / 100
            let link = "page=\(entry.pageIndex + 1) pos=[0 \(y)]"
            let parent = entry.level <= 1 ? Int32(CAIRO_PDF_OUTLINE_ROOT) : chapter
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, link,
                                                   entry.level <= 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN
                                                                    : cairo_pdf_outline_flags_t(rawValue: 0))
            if entry.level <= 1 { chapter = id }
        }
    }

    private func setColor(_ color: RGB, on cr: OpaquePointer) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }
}

/// Collects what cairo writes.
private final class PDFByteSink {
    var bytes: [UInt8] = []
}
