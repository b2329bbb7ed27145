@preconcurrency import CCairo
import Document
import Foundation
import Model

/// Paints pictures on the PDF surface, each file turned into one cairo
/// surface that its uses on different pages share (so the PDF holds it
/// once). A second use on the same page gets a surface of its own: cairo
/// 1.16 would list the shared one twice in the page's resources, a
/// duplicate key `qpdf --check` warns about.
///
/// - PNG: decoded by cairo (`cairo_image_surface_create_from_png_stream`);
///   the PDF stores the pixels Flate-compressed, alpha as a soft mask.
/// - JPEG: never decoded or re-encoded. An image surface of the stored size
///   carries the original bytes as `CAIRO_MIME_TYPE_JPEG` mime data, and
///   cairo's PDF backend writes those bytes unchanged as a DCTDecode image.
///   (Painted on any other surface type it would show black.)
///
/// EXIF orientation is applied here, with a transform from stored pixels to
/// the picture as shown; the HTML leaves it to the browser.
final class ImagePainter {
    private var surfaces: [String: OpaquePointer] = [:]
    /// Sources painted on the current page.
    private var onPage: Set<String> = []
    /// The first picture that could not be decoded; the export fails with it.
    private(set) var failure: PDFBookError?

    /// Call before painting each page.
    func startPage() { onPage = [] }

    /// Draws the picture into its rectangle, turned as its orientation asks.
    func paint(_ placement: ImagePlacement, on cr: OpaquePointer) {
        let image = placement.image
        let repeated = !onPage.insert(image.source).inserted
        guard let surface = repeated ? makeSurface(for: image) : surface(for: image) else { return }
        defer { if repeated { cairo_surface_destroy(surface) } }
        let info = image.info
        let m = ImageInfo.orientationTransform(info.orientation, storedWidth: Double(info.pixelWidth),
                                               storedHeight: Double(info.pixelHeight))
        var matrix = cairo_matrix_t()
        cairo_matrix_init(&matrix, m.xx, m.yx, m.xy, m.yy, m.x0, m.y0)
        cairo_save(cr)
        cairo_translate(cr, placement.rect.x, placement.rect.y)
        cairo_scale(cr, placement.rect.width / Double(info.width), placement.rect.height / Double(info.height))
        cairo_transform(cr, &matrix)
        cairo_set_source_surface(cr, surface, 0, 0)
        cairo_paint(cr)
        cairo_restore(cr)
    }

    /// Drops the surfaces; call after the PDF surface is finished.
    func release() {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
        surfaces = [:]
    }

    deinit { release() }

    private func surface(for image: ImageBlock) -> OpaquePointer? {
        if let known = surfaces[image.source] { return known }
        let made = makeSurface(for: image)
        if let made { surfaces[image.source] = made }
        return made
    }

    /// A new surface of the picture (the caller owns it), or nil, noting the failure.
    private func makeSurface(for image: ImageBlock) -> OpaquePointer? {
        let made: OpaquePointer?
        switch image.format {
        case .png: made = Self.pngSurface(image.bytes)
        case .jpeg: made = Self.jpegSurface(image.bytes, info: image.info)
        }
        guard let made, cairo_surface_status(made) == CAIRO_STATUS_SUCCESS else {
            let status = made.map { cairo_surface_status($0) } ?? CAIRO_STATUS_NO_MEMORY
            if let made { cairo_surface_destroy(made) }
            if failure == nil {
                failure = .image(source: image.source, reason: String(cString: cairo_status_to_string(status)))
            }
            return nil
        }
        return made
    }

    private static func pngSurface(_ bytes: [UInt8]) -> OpaquePointer? {
        let reader = ByteReader(bytes)
        return withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream({ closure, data, length in
                guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
                let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
                return reader.read(into: data, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
            }, Unmanaged.passUnretained(reader).toOpaque())
        }
    }

    /// An opaque surface of the stored size whose only content is the JPEG
    /// mime data; cairo frees its copy of the bytes with the surface.
    private static func jpegSurface(_ bytes: [UInt8], info: ImageInfo) -> OpaquePointer? {
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(info.pixelWidth),
                                                       Int32(info.pixelHeight)),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let copy = malloc(max(1, bytes.count))
        else { return nil }
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: $0.count) } }
        let status = cairo_surface_set_mime_data(
            surface, "image/jpeg", copy.assumingMemoryBound(to: UInt8.self), UInt(bytes.count),
            { free($0) }, copy)
        if status != CAIRO_STATUS_SUCCESS {
            free(copy)
            cairo_surface_destroy(surface)
            return nil
        }
        return surface
    }
}

/// Hands a file's bytes to cairo's PNG reader in the pieces it asks for.
private final class ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count >= 0, offset + count <= bytes.count else { return false }
        bytes.withUnsafeBufferPointer { destination.update(from: $0.baseAddress! + offset, count: count) }
        offset += count
        return true
    }
}
