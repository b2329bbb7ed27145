import Document
import Foundation
import Model
import Statistics

/// The state a build's steps read and extend, in pipeline order.
struct BuildContext {
    let options: BuildOptions
    var diagnostics = Diagnostics()
    var config: SiteConfig?
    /// Read in the data step, or, when the statistics come from the cache, on first use.
    var datasets: Lazy<Datasets>?
    /// The warnings the data step gave (stored with the statistics in the cache).
    var dataDiagnostics: [Diagnostic] = []
    var statistics: ProvinceStatistics?
    /// The publications, each whole or, when its outline came from the cache, titles only.
    var publications: [Publication] = []
    /// Each publication whole: converted already, or converted when first asked for.
    var documents: [PublicationKind: Lazy<Publication>] = [:]
    /// Each publication's fingerprint: its folder and the pictures it shows.
    var publicationPrints: [PublicationKind: String] = [:]
    /// The other pages of content/pages/, built like chapters.
    var pages: [Chapter] = []
    /// The chart gallery's data, resolved with the documents.
    var gallery: [ChartData]?
    /// The case collection; nil when content/cases/ holds no case.
    var cases: CaseCollection?
    /// The case collection whole (``cases`` may hold only its titles), and its fingerprint.
    var caseDocument: Lazy<CaseCollection>?
    var casesPrint = ""
    /// The downloads' tables, being made while the documents are (``BuildPipeline/startTableFiles(_:)``).
    var tableFiles: BackgroundJob<[OutputFile]>?
    /// Whether rendering follows the validation steps (a build, not a check).
    var renders = false
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
