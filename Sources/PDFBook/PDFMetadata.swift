@preconcurrency import CCairo
import Document
import Model

/// The document information dictionary. Dates come from the options, never
/// the clock, so the bytes depend on the input alone.
struct PDFMetadata: Sendable, Equatable {
    var title: String
    var author: String
    var subject: String
    var creator = "SmartSite"
    /// ISO 8601, as cairo expects it: "2026-01-15T00:00:00".
    var date: String

    init(publication: Publication, date: Day) {
        title = publication.title
        author = publication.office
        subject = switch publication.kind {
        case .annual: "江苏省智慧工地建设年度发展报告"
        case .supervision: "房屋建筑与市政基础设施工程安全监督报告"
        case .cases: "省级绿色智慧工地案例集"
        }
        self.date = "\(date)T00:00:00"
    }

    func apply(to surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }
}
