@testable import Build
import Document
import Foundation
import Model
import Testing
import TestSupport

/// A build after a chapter edit, on the shipped example (publications, pages
/// and cases): the statistics and the untouched documents come from the
/// cache, the datasets are not read, and the output is still exactly what a
/// build without cache writes.
@Suite struct WarmBuildTests {
    let content: URL
    let cache: URL
    let templates = Fixtures.repositoryRoot.appendingPathComponent("templates")
    let chapter: URL

    init() throws {
        let folder = try Fixtures.temporaryFolder()
        content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.repositoryRoot.appendingPathComponent("content"), to: content)
        cache = folder.appendingPathComponent(".cache")
        chapter = content.appendingPathComponent("reports/annual/01-overview.md")
    }

    private func options(_ output: String, cached: Bool = true) -> BuildOptions {
        var options = BuildOptions(content: content, output: content.deletingLastPathComponent().appendingPathComponent(output),
                                   templates: templates)
        options.cache = cached ? cache : nil
        return options
    }

    private func edit(_ sentence: String) throws {
        let text = try String(contentsOf: chapter, encoding: .utf8)
        try Fixtures.write(text + "\n\(sentence)\n", to: chapter)
    }

    /// The steps up to the documents, as a build runs them.
    private func documents() throws -> BuildContext {
        var context = BuildContext(options: options("unused"))
        for step in BuildPipeline.validationSteps { try step.run(&context) }
        return context
    }

    private func expectSameTrees(_ a: String, _ b: String) throws {
        let root = content.deletingLastPathComponent()
        let diff = try runTool("diff", ["-r", root.appendingPathComponent(a).path, root.appendingPathComponent(b).path])
        #expect(diff.status == 0, "\(diff.output.prefix(2000))")
    }

    @Test func afterAChapterEditOnlyThatPublicationIsConvertedAndTheDataIsNotRead() throws {
        let first = try BuildPipeline.build(options("first"))
        try edit("新增的一段话。")

        let context = try documents()
        #expect(context.datasets?.isMade == false, "the statistics came from the cache")
        #expect(context.statistics != nil)
        let annual = try #require(context.publications.first { $0.kind == .annual })
        let supervision = try #require(context.publications.first { $0.kind == .supervision })
        #expect(annual.chapters.contains { !$0.blocks.isEmpty }, "the edited publication is converted")
        #expect(supervision.chapters.allSatisfy { $0.blocks.isEmpty }, "the other one is its outline")
        #expect(supervision.chapters.map(\.title) == ["数据动态验证情况"])
        #expect(context.caseDocument?.isMade == false)
        #expect(context.cases?.cases.count == 8)
        // The same warnings as the build that read everything, in the same order.
        #expect(context.diagnostics.items == first.diagnostics.items)

        let edited = try BuildPipeline.build(options("edited"))
        #expect(edited.diagnostics.items == first.diagnostics.items)
        let page = try String(contentsOf: content.deletingLastPathComponent()
            .appendingPathComponent("edited/annual/2025/overview.html"), encoding: .utf8)
        #expect(page.contains("新增的一段话。"))
        _ = try BuildPipeline.build(options("fresh", cached: false))
        try expectSameTrees("edited", "fresh")
    }

    @Test func outputsMissingFromTheCacheAreRenderedFromTheWholeDocuments() throws {
        _ = try BuildPipeline.build(options("first"))
        // Damage every entry but the statistics and the outlines: the PDFs and pages of the
        // publications and cases must be rendered again, from documents converted on demand.
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
            let url = cache.appendingPathComponent(name)
            let bytes = try [UInt8](Data(contentsOf: url))
            let head = String(decoding: bytes.prefix(40), as: UTF8.self)
            if head.contains("outline") || head.contains("data snapshot") || name == BuildCache.digestsFile { continue }
            try Data(bytes.prefix(bytes.count / 2)).write(to: url)
        }
        let second = try BuildPipeline.build(options("second"))
        #expect(second.reused == 0)
        try expectSameTrees("first", "second")
    }

    @Test func aChangedPictureOutsideThePublicationFolderConvertsItAgain() throws {
        let picture = content.appendingPathComponent("images/shared.png")
        try ImageSamples.write(ImageSamples.png(width: 30, height: 20), to: picture)
        try edit("![共用的示意图](../../images/shared.png)")
        _ = try BuildPipeline.build(options("first"))
        try ImageSamples.write(ImageSamples.png(width: 60, height: 40), to: picture)
        let context = try documents()
        let annual = try #require(context.publications.first { $0.kind == .annual })
        #expect(annual.chapters.flatMap(\.blocks.images).first { $0.source == "images/shared.png" }?.width == 60)
        _ = try BuildPipeline.build(options("second"))
        _ = try BuildPipeline.build(options("fresh", cached: false))
        try expectSameTrees("second", "fresh")
    }

    @Test func theSnapshotGivesBackTheStatisticsExactly() throws {
        let context = try documents()
        let statistics = try #require(context.statistics)
        let snapshot = DataSnapshot(diagnostics: context.dataDiagnostics, statistics: statistics)
        #expect(DataSnapshot.decode(try snapshot.encoded()) == snapshot)
        #expect(!context.dataDiagnostics.isEmpty, "the example's data has warnings to replay")
    }
}
