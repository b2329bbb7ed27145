import Document
import Foundation
import Model
import Statistics

/// The state a build's steps read and extend, in pipeline order.
struct BuildContext {
    let options: BuildOptions
    var diagnostics = Diagnostics()
    var config: SiteConfig?
    var datasets: Datasets?
    var statistics: ProvinceStatistics?
    var publications: [Publication] = []
    /// The other pages of content/pages/, built like chapters.
    var pages: [Chapter] = []
    /// The chart gallery's data, resolved with the documents.
    var gallery: [ChartData]?
    /// The case collection; nil when content/cases/ holds no case.
    var cases: CaseCollection?
    var files: [OutputFile] = []
    var pdfPaths: [PublicationKind: String] = [:]
    /// Steps run so far, and how many this run has, for progress events.
    /// The build cache (nil with `--no-cache`) and the fingerprint every output reads.
    var cache: BuildCache?
    var inputsBase = ""
    var stepsDone = 0
    var stepTotal = 0

    init(options: BuildOptions) { self.options = options }
}
