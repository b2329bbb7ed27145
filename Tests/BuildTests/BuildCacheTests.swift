@testable import Build
import Foundation
import Model
import Testing
import TestSupport

/// The build cache: a rebuild reuses what did not change, an edit redoes
/// what reads it, and the output is always what a build without cache writes.
@Suite struct BuildCacheTests {
    let content: URL
    let cache: URL
    let templates = Fixtures.repositoryRoot.appendingPathComponent("templates")

    init() throws {
        content = try Fixtures.contentFolder()
        try Fixtures.write("# 验证情况\n\n全省共有 {{ province.active_projects }} 个在建项目。\n",
                           to: content.appendingPathComponent("reports/supervision/01-verification.md"))
        cache = content.appendingPathComponent(".cache")
    }

    private func build(_ output: String, cached: Bool = true) throws -> BuildSummary {
        var options = BuildOptions(content: content, output: content.appendingPathComponent(output), templates: templates)
        options.cache = cached ? cache : nil
        return try BuildPipeline.build(options)
    }

    private func sameTrees(_ a: String, _ b: String) throws -> Bool {
        let diff = try runTool("diff", ["-r", content.appendingPathComponent(a).path, content.appendingPathComponent(b).path])
        if diff.status != 0 { Issue.record("\(diff.output)") }
        return diff.status == 0
    }

    @Test func aRebuildReusesEverythingAndWritesTheSameBytes() throws {
        #expect(try build("first").reused == 0)
        let second = try build("second")
        // stats.json, the downloads' tables, both PDFs, the eleven parts of the site and both
        // publications' pictures.
        #expect(second.reused == 2 + 2 + 11 + 2)
        #expect(try sameTrees("first", "second"))
        _ = try build("fresh", cached: false)
        #expect(try sameTrees("second", "fresh"))
    }

    @Test func editingAChapterRedoesOnlyWhatReadsIt() throws {
        _ = try build("first")
        try Fixtures.write(Fixtures.chapter + "\n新增的一段话。\n", to: content.appendingPathComponent("reports/annual/01-overview.md"))
        let edited = try build("edited")
        // Redone: the annual PDF, pages and pictures; the rest reads no chapter text.
        #expect(edited.reused == 17 - 3)
        let page = try String(contentsOf: content.appendingPathComponent("edited/annual/2025/overview.html"), encoding: .utf8)
        #expect(page.contains("新增的一段话。"))
        _ = try build("fresh", cached: false)
        #expect(try sameTrees("edited", "fresh"))
    }

    @Test func editingATemplateOrTheDataRedoesThePages() throws {
        _ = try build("first")
        try Fixtures.write(Fixtures.projectsCSV.replacingOccurrences(of: "秦淮", with: "建邺"),
                           to: content.appendingPathComponent("data/projects.csv"))
        #expect(try build("after-data").reused == 0)
        _ = try build("fresh", cached: false)
        #expect(try sameTrees("after-data", "fresh"))
    }

    @Test func editingATemplateRedoesEveryPageButNotThePDFs() throws {
        let copy = content.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: templates, to: copy)
        var options = BuildOptions(content: content, output: content.appendingPathComponent("first"), templates: copy)
        options.cache = cache
        _ = try BuildPipeline.build(options)
        let base = copy.appendingPathComponent("base.mustache")
        try (try String(contentsOf: base, encoding: .utf8)).replacingOccurrences(of: "</body>", with: "<!-- 改 --></body>")
            .write(to: base, atomically: true, encoding: .utf8)
        options.output = content.appendingPathComponent("second")
        // The data files, the PDFs and the pictures read no template.
        #expect(try BuildPipeline.build(options).reused == 2 + 2 + 2)
        let portal = try String(contentsOf: content.appendingPathComponent("second/index.html"), encoding: .utf8)
        #expect(portal.contains("<!-- 改 -->"))
    }

    @Test func whatAFailedBuildRenderedIsNeverReusedUnscanned() throws {
        try Fixtures.write(Fixtures.chapter + "\n联系电话 13912345678。\n", to: content.appendingPathComponent("reports/annual/01-overview.md"))
        for _ in 0..<2 {
            #expect(throws: DiagnosticsError.self) { try build("out") }
        }
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    @Test func aDamagedCacheEntryIsRenderedAgain() throws {
        _ = try build("first")
        for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
            let url = cache.appendingPathComponent(name)
            let bytes = try Data(contentsOf: url)
            try bytes.prefix(bytes.count / 2).write(to: url)
        }
        #expect(try build("second").reused == 0)
        #expect(try sameTrees("first", "second"))
    }

    @Test func entriesTheLastBuildDidNotUseAreDeleted() throws {
        _ = try build("first")
        let before = try FileManager.default.contentsOfDirectory(atPath: cache.path).count
        try Fixtures.write(Fixtures.chapter + "\n又一段。\n", to: content.appendingPathComponent("reports/annual/01-overview.md"))
        _ = try build("second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).count == before)
    }
}
