import Document
import Foundation
import Model

extension BuildPipeline {
    /// The publications, the case collection and the content pages as
    /// documents. A publication whose folder, pictures and data are as when
    /// an earlier build converted it comes back as its outline from the
    /// cache; its chapters are converted only if one of its outputs is not
    /// in the cache either (``BuildContext/documents``).
    static func makeDocuments(_ context: inout BuildContext) throws {
        guard let config = context.config, let statistics = context.statistics else { return }
        if context.renders { startTableFiles(&context) }
        let values = ValueTable(statistics: statistics, source: context.datasets, dust: config.dust)
        let content = context.options.content
        for kind in [PublicationKind.annual, .supervision] {
            let sources = ChapterFiles.sources(of: kind, content: content, diagnostics: &context.diagnostics)
            guard !sources.isEmpty else { continue }
            let folder = ContentHash.folder(content.appendingPathComponent("reports/\(kind.rawValue)"))
            let document = outlined(PublicationOutline.self, key: PublicationOutline.key(kind, base: context.inputsBase,
                                                                                        folder: folder),
                                    folder: folder, context: &context) { diagnostics in
                PublicationBuilder.build(kind, sources: sources, config: config, statistics: statistics, values: values,
                                         diagnostics: &diagnostics)
            }
            context.publications.append(document.shown)
            context.documents[kind] = document.whole
            context.publicationPrints[kind] = document.fingerprint
        }
        let caseSources = CaseFiles.sources(content: content, diagnostics: &context.diagnostics)
        if !caseSources.isEmpty {
            let preface = CaseFiles.preface(content: content, diagnostics: &context.diagnostics)
            let folder = ContentHash.folder(content.appendingPathComponent("cases"))
            let document = outlined(CaseOutline.self, key: CaseOutline.key(base: context.inputsBase, folder: folder),
                                    folder: folder, context: &context) { diagnostics in
                CaseCollectionBuilder.build(sources: caseSources, preface: preface, config: config,
                                            statistics: statistics, values: values, diagnostics: &diagnostics)
            }
            context.cases = document.shown
            context.caseDocument = document.whole
            context.casesPrint = document.fingerprint
        }
        context.pages = ChapterFiles.pages(content: content, diagnostics: &context.diagnostics)
            .map { ChapterBuilder.build($0, statistics: statistics, values: values, diagnostics: &context.diagnostics) }
        // Datasets read by now (not taken from the cache, or read for a chapter's list): resolve the
        // gallery's charts while the hourly grids are there. Otherwise the gallery resolves its charts
        // itself if it is rendered.
        if let source = context.datasets, source.isMade {
            context.gallery = FigureData.galleryData(statistics: statistics, datasets: source.value, dust: config.dust)
        }
    }

    /// Lets go of the hourly dust grids (a year of 3,000 devices is 200 MB) once every chart has its
    /// data, before rendering, which holds several PDFs and pages in memory at once. Called when
    /// nothing else holds the datasets any more (the documents' values and the downloads' tables are
    /// done), so that the memory really is freed and can be handed back.
    static func releaseHourlyGrids(_ context: inout BuildContext) {
        // Dropped in a function of its own: its locals still hold the grids until it returns.
        if dropHourlyGrids(&context) { releaseFreedMemory() }
    }

    private static func dropHourlyGrids(_ context: inout BuildContext) -> Bool {
        // Only when the gallery has its charts: otherwise it resolves them from these datasets (which
        // a job may have read since the documents were made, as the downloads' tables do on a cache miss).
        guard context.gallery != nil, let source = context.datasets, source.isMade else { return false }
        var datasets = source.value
        guard datasets.dustReadings != nil || datasets.stationReadings != nil else { return false }
        datasets.dustReadings = nil
        datasets.stationReadings = nil
        context.datasets = Lazy(value: datasets)
        return true
    }
}
