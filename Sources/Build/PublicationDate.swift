import Foundation
import Model

/// The date stamped into PDFs and XLSX files: site.yml's `publication_date`,
/// else `SOURCE_DATE_EPOCH` (reproducible-builds.org), else 31 December of the
/// report year — never the clock, so the same input gives the same bytes.
enum PublicationDate {
    static func resolve(_ config: SiteConfig,
                        environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let day = config.publicationDate { return day }
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text), seconds >= 0 {
            return Day(ordinal: Day(year: 1970, month: 1, day: 1)!.ordinal + seconds / 86_400)
        }
        return .endOfYear(config.year)
    }
}
