import Build
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
