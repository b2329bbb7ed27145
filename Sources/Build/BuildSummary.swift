import Model

/// What a build did, for the one-screen summary.
public struct BuildSummary: Sendable {
    public var pages = 0
    public var charts = 0
    public var pdfs = 0
    public var dataFiles = 0
    public var otherFiles = 0
    public var seconds = 0.0
    /// Parts (PDFs, groups of pages, the data files) taken from the build cache instead of rendered.
    public var reused = 0
    public var diagnostics = Diagnostics()

    public init() {}

    mutating func count(_ file: OutputFile) {
        switch file.path.split(separator: ".").last {
        case "html": pages += 1
        case "svg": charts += 1
        case "pdf": pdfs += 1
        case "json", "csv", "xlsx": dataFiles += 1
        default: otherFiles += 1
        }
    }
}
