import Document

extension PDFBookRenderer {
    /// The PDF of the case collection (省级绿色智慧工地案例集): cover, table
    /// of contents by city, the preface, each case on a page of its own
    /// (title band, facts box, summary, cover photo, body, photos), and an
    /// index of the cases by technology tag. JPEG photos are embedded as
    /// their files' bytes. The same collection and options always give the
    /// same bytes.
    public static func render(_ collection: CaseCollection, options: PDFOptions) throws -> [UInt8] {
        let shaper = try TextShaper(fonts: options)
        let book = CaseBookLayouter(options: options, shaper: shaper).layout(collection)
        let metadata = PDFMetadata(collection: collection, date: options.creationDate)
        return try PDFExporter(shaper: shaper).export(book, metadata: metadata)
    }
}
