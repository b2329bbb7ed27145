@preconcurrency import CCairo
import Charts

/// The export stage: paints page frames on a cairo PDF surface, adds the
/// outline, page labels and metadata, and returns the file's bytes.
struct PDFExporter {
    let shaper: TextShaper
    /// The named destinations of the book being exported.
    private var destinations: Set<String> = []

    init(shaper: TextShaper) {
        self.shaper = shaper
    }

    func export(_ book: BookLayout, metadata: PDFMetadata) throws -> [UInt8] {
        var exporter = self
        exporter.destinations = Set(book.pages.flatMap { page in
            page.items.compactMap { item -> String? in
                if case .destination(let name, _) = item { name } else { nil }
            }
        })
        return try exporter.write(book, metadata: metadata)
    }

    private func write(_ book: BookLayout, metadata: PDFMetadata) throws -> [UInt8] {
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
            for (index, page) in book.pages.enumerated() {
                cairo_pdf_surface_set_size(surface, page.width, page.height)
                // One structure element around all content: cairo 1.16 writes link
                // annotations with a structure parent, and without a structure tree
                // around them qpdf calls the file damaged. Opened after the first
                // page's size is set: opened before, a destination on the last
                // page trips an assertion in cairo 1.16 when the file is finished.
                if index == 0 { cairo_tag_begin(cr, Self.documentTag, "") }
                cairo_pdf_surface_set_page_label(surface, page.label)
                images.startPage()
                for item in page.items { paint(item, on: cr, images: images) }
                if index == book.pages.count - 1 { cairo_tag_end(cr, Self.documentTag) }
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
            paintLinks(placement, on: cr)
        case let .rules(segments, width, color):
            setColor(color, on: cr)
            cairo_set_line_width(cr, width)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
            for segment in segments {
                cairo_move_to(cr, segment.from.x, segment.from.y)
                cairo_line_to(cr, segment.to.x, segment.to.y)
            }
            cairo_stroke(cr)
        case let .fill(rect, color):
            setColor(color, on: cr)
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            cairo_fill(cr)
        case .chart(let placement):
            paintChart(placement, on: cr)
        case .image(let placement):
            images.paint(placement, on: cr)
        case let .link(rect, target):
            link(target, rects: [rect], on: cr)
        case let .destination(name, point):
            cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='\(name)' x=\(number(point.x)) y=\(number(point.y))")
            cairo_tag_end(cr, CAIRO_TAG_DEST)
        case let .dots(points, radius, color):
            setColor(color, on: cr)
            for point in points {
                cairo_new_sub_path(cr)
                cairo_arc(cr, point.x, point.y, radius, 0, 2 * Double.pi)
            }
            cairo_fill(cr)
        }
    }

    static let documentTag = "Document"

    /// A link annotation over `rects` (page coordinates). A link to a
    /// destination no page has is left out: cairo would fail the whole file.
    private func link(_ target: LinkTarget, rects: [Rect], on cr: OpaquePointer) {
        if case .destination(let name) = target, !destinations.contains(name) { return }
        let area = rects.map { "\(number($0.x)) \(number($0.y)) \(number($0.width)) \(number($0.height))" }
            .joined(separator: " ")
        let goal = switch target {
        case .destination(let name): "dest='\(name)'"
        case .uri(let address): "uri='\(address)'"
        }
        cairo_tag_begin(cr, CAIRO_TAG_LINK, "rect=[\(area)] \(goal)")
        cairo_tag_end(cr, CAIRO_TAG_LINK)
    }

    /// The links of a text's painted lines, one annotation per target.
    private func paintLinks(_ placement: TextPlacement, on cr: OpaquePointer) {
        var order: [LinkTarget] = []
        var rects: [LinkTarget: [Rect]] = [:]
        for box in shaper.linkBoxes(placement.spec) where placement.lines.contains(box.line) {
            if rects[box.target] == nil { order.append(box.target) }
            rects[box.target, default: []].append(Rect(x: placement.origin.x + box.rect.x,
                                                       y: placement.origin.y + box.rect.y,
                                                       width: box.rect.width, height: box.rect.height))
        }
        for target in order { link(target, rects: rects[target] ?? [], on: cr) }
    }

    /// A coordinate as cairo's attribute parser reads it: plain decimals, two places.
    private func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Paints lines `placement.lines` of the text, each at its own baseline.
    private func paintText(_ placement: TextPlacement, on cr: OpaquePointer) {
        let shape = shaper.shaped(placement.spec)
        setColor(placement.spec.style.color, on: cr)
        let iter = pango_layout_get_iter(shape.layout)
        defer { pango_layout_iter_free(iter) }
        var index = 0
        repeat {
            if index >= placement.lines.upperBound { break }
            if index >= placement.lines.lowerBound, let line = pango_layout_iter_get_line_readonly(iter) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let baseline = Double(pango_layout_iter_get_baseline(iter)) / TextShaper.scale
                cairo_move_to(cr, placement.origin.x + Double(shape.xShift + logical.x) / TextShaper.scale,
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
