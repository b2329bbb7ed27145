@preconcurrency import CCairo
import Document
import Model

/// The document information dictionary. Dates come from the options, never
/// the clock, so the bytes depend on the input alone.
struct PDFMetadata: Sendable, Equatable {
    var title: String
    var author: String
    var subject: String
    /// Comma-separated, as viewers and search indexes read them.
    var keywords: String
    var creator = "SmartSite"
    /// ISO 8601, as cairo expects it: "2026-01-15T00:00:00".
    var date: String

    init(publication: Publication, date: Day) {
        title = publication.title
        author = publication.office
        let topics: [String]
        switch publication.kind {
        case .annual:
            subject = "江苏省智慧工地建设\(publication.year)年度发展报告"
            topics = ["覆盖率", "智慧监管平台", "数据动态验证", "集成服务商"]
        case .supervision:
            subject = "江苏省智慧工地\(publication.year)年度安全监督报告：数据动态验证、应验未验、三星级申报与扬尘监测"
            topics = ["安全监督", "数据动态验证", "应验未验", "三星级", "扬尘监测"]
        case .cases:
            subject = "江苏省\(publication.year)年省级绿色智慧工地案例集"
            topics = ["绿色智慧工地", "典型案例"]
        }
        keywords = (["智慧工地", "江苏省", "\(publication.year)年"] + topics).joined(separator: ", ")
        self.date = "\(date)T00:00:00"
    }

    func apply(to surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, keywords)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, creator)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }
}
