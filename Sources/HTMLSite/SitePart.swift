import Document
import Model

/// A group of the site's pages that renders on its own, with what it reads.
///
/// Every part reads the statistics, datasets, site config, templates and
/// the site's structure (which publications, chapters, pages and cases
/// exist, their titles, and the PDFs — the navigation, breadcrumbs and
/// footers show them). ``reads`` lists what it reads beyond that; nil means
/// "everything" (the portal and the search index).
public struct SitePart: Sendable {
    /// What a part may read beyond the data, config, templates and structure.
    public enum Input: Hashable, Sendable {
        /// The chapters (text, figures, pictures) of a publication.
        case publication(PublicationKind)
        /// The case files and their pictures.
        case cases
        /// The content pages (`content/pages/`).
        case pages
    }

    /// A stable name (`regions`, `publication-annual`).
    public let name: String
    public let reads: Set<Input>?
    public let render: @Sendable () throws -> [OutputFile]
}
