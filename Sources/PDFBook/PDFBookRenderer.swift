import Document

/// Renders a publication as a print-ready A4 PDF: cover, chapters, running
/// heads, page numbers, outline and metadata, fonts embedded as subsets.
///
/// Two stages, as typst does it: `BookLayouter` turns the document into
/// positioned page frames; `PDFExporter` paints them on a cairo PDF surface.
/// All Pango and cairo handles live inside one call, except the fonts, which
/// stay with the calling thread for its next book (see `TextShaper`).
public enum PDFBookRenderer {
    /// The PDF of `publication`. The same publication and options always give
    /// the same bytes.
    public static func render(_ publication: Publication, options: PDFOptions) throws -> [UInt8] {
        let shaper = try TextShaper(fonts: options)
        let book = BookLayouter(options: options, shaper: shaper).layout(publication)
        let metadata = PDFMetadata(publication: publication, date: options.creationDate)
        return try PDFExporter(shaper: shaper).export(book, metadata: metadata)
    }
}
