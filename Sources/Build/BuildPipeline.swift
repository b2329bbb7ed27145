import DataExport
import DataIO
import Document
import Foundation
import HTMLSite
import Model
import PDFBook
import Statistics

/// The pipeline: load → compute → document → render → write, as named steps
/// over one context. `check` runs the steps up to the document.
public enum BuildPipeline {
    /// Validates content and data without rendering or writing anything.
    public static func check(_ options: BuildOptions) -> Diagnostics {
        var context = BuildContext(options: options)
        context.stepTotal = validationSteps.count
        _ = try? run(validationSteps, on: &context, collectAll: true)
        return context.diagnostics
    }

    /// Builds everything into `options.output`; throws `DiagnosticsError` when
    /// content or data have errors (nothing is written then).
    public static func build(_ options: BuildOptions) throws -> BuildSummary {
        let start = Date()
        AllocatorWarmup.done
        var context = BuildContext(options: options)
        context.renders = true
        context.stepTotal = validationSteps.count + renderSteps.count + 2
        try run(validationSteps, on: &context, collectAll: true)
        try run(renderSteps, on: &context)
        if options.strict && !context.diagnostics.warnings.isEmpty {
            throw DiagnosticsError(context.diagnostics)
        }
        try run([privacyStep, writeStep], on: &context)
        var summary = BuildSummary()
        for file in context.files { summary.count(file) }
        summary.diagnostics = context.diagnostics
        summary.reused = context.cache?.hitCount ?? 0
        summary.seconds = Date().timeIntervalSince(start)
        if !options.freesMemory { Abandoned.keep(context) }
        return summary
    }

    /// Runs `steps` in order. Validation steps all run, so a run reports every
    /// problem; rendering stops at the first step with errors.
    private static func run(_ steps: [BuildStep], on context: inout BuildContext, collectAll: Bool = false) throws {
        for step in steps {
            let start = Date()
            let index = context.stepsDone + 1
            context.options.onEvent?(.stepStarted(name: step.name, index: index, total: context.stepTotal))
            defer {
                context.stepsDone = index
                context.options.onEvent?(.stepFinished(name: step.name, index: index, total: context.stepTotal,
                                                       seconds: Date().timeIntervalSince(start), files: context.files.count))
            }
            do {
                try step.run(&context)
            } catch let error as DiagnosticsError {
                throw error
            } catch {
                throw BuildStepFailure(step: step.name, underlying: error)
            }
            if !collectAll && context.diagnostics.hasErrors { throw DiagnosticsError(context.diagnostics) }
        }
        if context.diagnostics.hasErrors { throw DiagnosticsError(context.diagnostics) }
    }

    static let validationSteps: [BuildStep] = [
        BuildStep(name: "读取站点配置") { context in
            context.config = ContentLoader(root: context.options.content)
                .loadConfig(year: context.options.year, diagnostics: &context.diagnostics)
        },
        BuildStep(name: "读取数据") { context in
            // Read the data even when site.yml is broken, so one run reports both.
            let year = context.config?.year ?? context.options.year ?? 0
            var loader = ContentLoader(root: context.options.content)
            loader.readingsCache = context.options.cache.map { ReadingsCache(folder: $0, salt: BuildInputs.program) }
            let grading = context.config?.grading ?? GradingThresholds()
            // The cache and the fingerprint every output reads: known here, as soon as site.yml is.
            if context.config != nil, let cache = context.options.cache.map({ BuildCache(folder: $0) }) {
                context.cache = cache
                context.inputsBase = BuildInputs.base(context)
                if let bytes = cache.entry(key: DataSnapshot.key(base: context.inputsBase)),
                   let snapshot = DataSnapshot.decode(bytes) {
                    // The same data gives the same datasets and warnings: read them only if a page needs them.
                    for diagnostic in snapshot.diagnostics { context.diagnostics.append(diagnostic) }
                    context.statistics = snapshot.statistics
                    let reader = loader
                    context.datasets = Lazy {
                        var again = Diagnostics()
                        return reader.loadDatasets(year: year, grading: grading, diagnostics: &again)
                    }
                    return
                }
            }
            let before = context.diagnostics.items.count
            context.datasets = Lazy(value: loader.loadDatasets(year: year, grading: grading,
                                                               diagnostics: &context.diagnostics))
            context.dataDiagnostics = Array(context.diagnostics.items[before...])
        },
        BuildStep(name: "计算统计") { context in
            guard context.statistics == nil, let datasets = context.datasets?.value, let config = context.config
            else { return }
            let statistics = StatisticsCalculator.compute(
                datasets, config: config, warnings: context.diagnostics.warnings.count)
            context.statistics = statistics
            // Kept for the next build only if this one succeeds (the cache writes nothing before).
            if let cache = context.cache, !context.diagnostics.hasErrors,
               let bytes = try? DataSnapshot(diagnostics: context.dataDiagnostics, statistics: statistics).encoded() {
                cache.store(bytes, key: DataSnapshot.key(base: context.inputsBase))
            }
        },
        BuildStep(name: "生成文档", run: makeDocuments),
    ]

    static let renderSteps: [BuildStep] = [
        BuildStep(name: "生成数据文件", run: makeDataFiles),
        BuildStep(name: "排版 PDF 和生成网站", run: renderBooksAndSite),
    ]

    static let privacyStep = BuildStep(name: "检查个人信息") { context in
        let allowed = context.config?.allowedPersonalNumbers ?? []
        // Files from the cache were scanned, under the same site.yml, by the build that made them.
        let reused = context.cache?.reusedPaths ?? []
        let fresh = context.files.filter { !reused.contains($0.path) }
        for problem in PersonalDataScan.scan(files: fresh, publications: context.publications, allowed: allowed,
                                             content: context.options.content) {
            context.diagnostics.append(problem)
        }
    }

    static let writeStep = BuildStep(name: "写入输出") { context in
        let options = context.options
        // A partial build (--only) keeps the rest of the previous output and replaces its own parts.
        let replaced: [String]? = options.only.isEmpty ? nil
            : context.publications.filter { options.includes(part(of: $0.kind)) }
                .map { "\($0.kind.rawValue)/\($0.year)" }
                + (options.includes(.cases) ? context.cases.map { ["cases/\($0.year)"] } ?? [] : [])
        var writer = OutputWriter(output: options.output)
        if let cache = context.cache { writer.digest = { cache.sha256($0.bytes) } }
        // Every check has passed: the new cache entries are written beside the output.
        let cache = context.cache
        let entries = BackgroundJob { cache?.flushEntries() }
        try writer.write(context.files, replacingOnly: replaced)
        try entries.value()
        cache?.saveDigests()
        // Keep only what this build used; a partial build (--only) leaves the rest of the cache alone.
        if options.only.isEmpty { cache?.prune() }
    }

    /// The pictures of the pages, beside them as the HTML expects
    /// (`annual/2025/images/NAME`, `images/NAME` for content pages): the
    /// bytes read when the chapter was built, each file written once.
    static func imageFiles(of publications: [Publication], pages: [Chapter]) -> [OutputFile] {
        var files: [OutputFile] = []
        var written: Set<String> = []
        func add(_ images: [ImageBlock], folder: String) {
            for image in images where written.insert(folder + image.outputName).inserted {
                files.append(OutputFile(path: folder + image.outputName, bytes: image.bytes))
            }
        }
        for publication in publications {
            add(publication.chapters.flatMap(\.blocks.images), folder: "\(publication.kind.rawValue)/\(publication.year)/images/")
        }
        add(pages.flatMap(\.blocks.images), folder: "images/")
        return files
    }

    static func pdfPath(of publication: Publication) -> String {
        "\(publication.kind.rawValue)/\(publication.year)/\(publication.kind.rawValue)-\(publication.year).pdf"
    }

    static func part(of kind: PublicationKind) -> BuildPart {
        switch kind {
        case .annual: .annual
        case .supervision: .supervision
        case .cases: .cases
        }
    }

    /// Hands memory freed on this thread back to the system: rendering runs on
    /// other threads, whose malloc arenas would not reuse it, so the freed dust
    /// grids would otherwise stay in the peak.
    static func releaseFreedMemory() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim` (declared in <malloc.h>, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// What a build made, left to the end of the process (``BuildOptions/freesMemory``).
private final class Abandoned: @unchecked Sendable {
    let context: BuildContext
    private init(_ context: BuildContext) { self.context = context }

    static func keep(_ context: BuildContext) { _ = Unmanaged.passRetained(Abandoned(context)) }
}
