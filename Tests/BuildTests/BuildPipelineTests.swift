@testable import Build
import Foundation
import Model
import Testing
import TestSupport

@Suite struct BuildPipelineTests {
    private func options(content: URL, output: URL, pdf: Bool) -> BuildOptions {
        BuildOptions(content: content, output: output,
                     templates: Fixtures.repositoryRoot.appendingPathComponent("templates"), pdf: pdf)
    }

    @Test func buildWritesPagesChartAndATextPDF() throws {
        let content = try Fixtures.contentFolder()
        let output = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let summary = try BuildPipeline.build(options(content: content, output: output, pdf: true))
        #expect(summary.pdfs == 1)
        #expect(summary.diagnostics.errors.isEmpty)

        let chapter = try String(contentsOf: output.appendingPathComponent("annual/2025/overview.html"), encoding: .utf8)
        #expect(chapter.contains("全省规模以上政府投资工程智慧工地覆盖率为 <span class=\"figure-value\" data-name=\"province.smart_coverage\">50.0%</span>"))
        #expect(chapter.contains("<td class=\"num\"><span class=\"figure-value\" data-name=\"cities.320200.smart_coverage\">33.3%</span></td>"))
        #expect(chapter.contains("<figcaption>图 1-1 各设区市规模以上政府投资工程智慧工地覆盖率</figcaption>"))
        let svg = try Data(contentsOf: output.appendingPathComponent("annual/2025/figures/fig-1-1.svg"))
        #expect(svg.starts(with: Array("<?xml".utf8)))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("charts/index.html").path))

        let pdf = output.appendingPathComponent("annual/2025/annual-2025.pdf").path
        let text = try runTool("pdftotext", [pdf, "-"])
        #expect(text.status == 0)
        let flat = text.output.replacingOccurrences(of: "\n", with: "")
        #expect(flat.contains("全省规模以上政府投资工程智慧工地覆盖率为 50.0%，南京市为 66.7%。"))
        let fonts = try runTool("pdffonts", [pdf])
        let rows = fonts.output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows { #expect(row.contains(" yes "), "font not embedded: \(row)") }
    }

    @Test func failedBuildLeavesPreviousOutputIntact() throws {
        let content = try Fixtures.contentFolder()
        let output = try Fixtures.temporaryFolder().appendingPathComponent("output")
        _ = try BuildPipeline.build(options(content: content, output: output, pdf: false))
        let before = try Data(contentsOf: output.appendingPathComponent("index.html"))

        try Fixtures.write(Fixtures.chapter + "\n{{ province.no_such_value }}\n",
                           to: content.appendingPathComponent("reports/annual/01-overview.md"))
        #expect(throws: DiagnosticsError.self) {
            try BuildPipeline.build(options(content: content, output: output, pdf: false))
        }
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(siblings == ["output"])
    }

    @Test func checkReportsErrorsWithoutWriting() throws {
        let content = try Fixtures.contentFolder(
            projects: Fixtures.projectsCSV.replacingOccurrences(of: "P05,秦淮区戊商业综合体,320104,房屋建筑,否", with: "P05,秦淮区戊商业综合体,320104,房屋建筑,也许"))
        let diagnostics = BuildPipeline.check(BuildOptions(content: content, output: content.appendingPathComponent("out")))
        #expect(diagnostics.errors.map(\.description) == [
            "data/projects.csv:6: 列「政府投资」(government_funded) 的值 \"也许\" 不是有效的是/否值（应为 是/否、Y/N、yes/no、true/false 或 1/0）",
        ])
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("out").path))
    }
}

@Suite struct PartialBuildTests {
    @Test func onlyReplacesItsOwnPartAndKeepsTheRest() throws {
        let content = try Fixtures.contentFolder()
        try Fixtures.write("# 验证情况\n\n全年验证 {{ province.verifications.total }} 次。\n",
                           to: content.appendingPathComponent("reports/supervision/01-verification.md"))
        let output = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let templates = Fixtures.repositoryRoot.appendingPathComponent("templates")
        _ = try BuildPipeline.build(BuildOptions(content: content, output: output, templates: templates, pdf: false))
        let supervisionPage = output.appendingPathComponent("supervision/2025/verification.html")
        let before = try Data(contentsOf: supervisionPage)

        try Fixtures.write("# 总体情况\n\n新的一段文字。\n", to: content.appendingPathComponent("reports/annual/01-overview.md"))
        try Fixtures.write("# 旧章节\n", to: output.appendingPathComponent("annual/2025/stale.html"))
        _ = try BuildPipeline.build(BuildOptions(content: content, output: output, templates: templates,
                                                 only: [.annual], pdf: false))
        #expect(try Data(contentsOf: supervisionPage) == before)
        let annual = try String(contentsOf: output.appendingPathComponent("annual/2025/overview.html"), encoding: .utf8)
        #expect(annual.contains("<p>新的一段文字。</p>"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("annual/2025/stale.html").path))
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("supervision/2025/index.html"))
    }
}

@Suite struct ContentPagesTests {
    @Test func checkFindsErrorsInContentPages() throws {
        let content = try Fixtures.contentFolder()
        try Fixtures.write("# 关于\n\n全省覆盖率 {{ province.smart_coverag }}。\n", to: content.appendingPathComponent("pages/about.md"))
        let diagnostics = BuildPipeline.check(BuildOptions(content: content, output: content.appendingPathComponent("out")))
        #expect(diagnostics.errors.map(\.location) == ["pages/about.md:3"])
        #expect(diagnostics.errors.first?.message == "未知的数据名称「province.smart_coverag」")
    }
}

@Suite struct ReproducibilityTests {
    @Test func sha256MatchesFIPSVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func manifestListsEveryFileAndSha256sumAgrees() throws {
        let content = try Fixtures.contentFolder()
        let output = content.appendingPathComponent("out")
        _ = try BuildPipeline.build(BuildOptions(content: content, output: output,
                                                 templates: Fixtures.repositoryRoot.appendingPathComponent("templates"),
                                                 pdf: false))
        // The manifest is checked by the system's sha256sum, and lists every file but itself.
        let check = try runTool("sh", ["-c", "cd '\(output.path)' && sha256sum -c --quiet manifest.sha256 && wc -l < manifest.sha256"])
        #expect(check.status == 0)
        let files = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue && $0 != "manifest.sha256"
        }
        #expect(Int(check.output.trimmingCharacters(in: .whitespacesAndNewlines)) == files.count)
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.sha256"), encoding: .utf8)
        let paths = manifest.split(separator: "\n").map { String($0.dropFirst(66)) }
        #expect(paths == paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func twoBuildsOfTheSameContentAreByteIdentical() throws {
        let content = try Fixtures.contentFolder()
        let templates = Fixtures.repositoryRoot.appendingPathComponent("templates")
        let first = content.appendingPathComponent("out1"), second = content.appendingPathComponent("out2")
        _ = try BuildPipeline.build(BuildOptions(content: content, output: first, templates: templates))
        _ = try BuildPipeline.build(BuildOptions(content: content, output: second, templates: templates))
        let a = try Data(contentsOf: first.appendingPathComponent("manifest.sha256"))
        let b = try Data(contentsOf: second.appendingPathComponent("manifest.sha256"))
        #expect(a == b)
        let diff = try runTool("diff", ["-r", first.path, second.path])
        #expect(diff.status == 0, "\(diff.output)")
        #expect(String(decoding: a, as: UTF8.self).contains("  annual/2025/annual-2025.pdf\n"))
    }
}

extension BuildPipelineTests {
    /// The shipped example (three PDFs, cases with pictures, charts) built on
    /// all cores and built one piece after another: the same bytes.
    @Test func aParallelBuildWritesWhatASequentialBuildWrites() throws {
        let folder = try Fixtures.temporaryFolder()
        let content = Fixtures.repositoryRoot.appendingPathComponent("content")
        let templates = Fixtures.repositoryRoot.appendingPathComponent("templates")
        let parallel = folder.appendingPathComponent("parallel"), sequential = folder.appendingPathComponent("sequential")
        var options = BuildOptions(content: content, output: parallel, templates: templates)
        let summary = try BuildPipeline.build(options)
        #expect(summary.pdfs == 3)
        options.output = sequential
        options.parallel = false
        _ = try BuildPipeline.build(options)
        let diff = try runTool("diff", ["-r", parallel.path, sequential.path])
        #expect(diff.status == 0, "\(diff.output)")
    }
}

@Suite struct PublicationDateTests {
    @Test func configThenSourceDateEpochThenYearEnd() {
        var config = SiteConfig(title: "t", year: 2025)
        #expect(PublicationDate.resolve(config, environment: [:]) == Day(year: 2025, month: 12, day: 31))
        // 1767225600 = 2026-01-01T00:00:00Z.
        #expect(PublicationDate.resolve(config, environment: ["SOURCE_DATE_EPOCH": "1767225600"]) == Day(year: 2026, month: 1, day: 1))
        config.publicationDate = Day(year: 2026, month: 3, day: 15)
        #expect(PublicationDate.resolve(config, environment: ["SOURCE_DATE_EPOCH": "1767225600"]) == Day(year: 2026, month: 3, day: 15))
    }
}
