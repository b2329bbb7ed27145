import Foundation

/// What `smartsite build` and `smartsite check` were asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    public var output: URL
    /// The templates folder; nil = `templates/` inside or beside the content folder, else `./templates`.
    public var templates: URL?
    /// Overrides site.yml's year.
    public var year: Int?
    /// Restricts the build to some parts; empty = everything.
    public var only: Set<BuildPart>
    public var pdf: Bool
    /// Warnings fail the build.
    public var strict: Bool
    /// Render PDFs and pages on all cores (default); false renders one thing
    /// after another. Both give byte-identical output.
    public var parallel = true
    /// Where rendered PDFs and pages are kept for the next build; nil (the default) renders
    /// everything every time. The command line uses ``defaultCache`` unless given `--no-cache`.
    public var cache: URL?

    /// `.cache/smartsite/` beside the content folder (the project folder, where git ignores `.cache/`).
    public var defaultCache: URL {
        content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".cache/smartsite")
    }
    /// Whether `build` frees what it read and made before returning (the default). A program that
    /// exits right after one build sets it false: freeing the datasets and documents object by object
    /// takes longer than letting the process end.
    public var freesMemory = true
    /// Called as each step starts and finishes (progress display, timings); nil for none.
    public var onEvent: (@Sendable (BuildEvent) -> Void)?

    public init(content: URL, output: URL, templates: URL? = nil, year: Int? = nil,
                only: Set<BuildPart> = [], pdf: Bool = true, strict: Bool = false) {
        self.content = content
        self.output = output
        self.templates = templates
        self.year = year
        self.only = only
        self.pdf = pdf
        self.strict = strict
    }

    func includes(_ part: BuildPart) -> Bool { only.isEmpty || only.contains(part) }

    /// The templates folder this build uses.
    /// The templates folder this build uses (watched by the preview server).
    public var resolvedTemplatesFolder: URL { resolvedTemplates }

    var resolvedTemplates: URL {
        if let templates { return templates }
        let fm = FileManager.default
        for candidate in [content.appendingPathComponent("templates"),
                          content.deletingLastPathComponent().appendingPathComponent("templates")]
        where fm.fileExists(atPath: candidate.appendingPathComponent("base.mustache").path) {
            return candidate
        }
        return URL(fileURLWithPath: "templates")
    }
}

/// The parts `--only` can pick.
public enum BuildPart: String, Sendable, CaseIterable {
    case annual, cases, supervision, site
}
