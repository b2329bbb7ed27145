import Build
import Foundation
import Model
import Testing
import TestSupport

/// Pictures through the whole build: read once beside the chapter, copied
/// next to the page, shown in the HTML and embedded in the PDF; a path
/// leaving content/ stops the build with nothing written.
@Suite struct ImageBuildTests {
    static let chapter = Fixtures.chapter + """

    ![工地全景照片](images/site.jpg "某工地全景")

    ![监测设备布置示意图](images/layout.png)

    """

    private func content(chapter: String = Self.chapter) throws -> URL {
        let content = try Fixtures.contentFolder(chapter: chapter)
        try ImageSamples.write(ImageSamples.jpeg, to: content.appendingPathComponent("reports/annual/images/site.jpg"))
        try ImageSamples.write(ImageSamples.png(width: 30, height: 20),
                               to: content.appendingPathComponent("reports/annual/images/layout.png"))
        return content
    }

    private func options(content: URL, output: URL, pdf: Bool = true) -> BuildOptions {
        BuildOptions(content: content, output: output,
                     templates: Fixtures.repositoryRoot.appendingPathComponent("templates"), pdf: pdf)
    }

    @Test func imagesAreCopiedBesideTheChapterShownAndEmbedded() throws {
        let content = try content()
        try Fixtures.write("# 关于\n\n![团队合影](images/team.png)\n", to: content.appendingPathComponent("pages/about.md"))
        try ImageSamples.write(ImageSamples.png(width: 8, height: 6), to: content.appendingPathComponent("pages/images/team.png"))
        let output = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let summary = try BuildPipeline.build(options(content: content, output: output))
        #expect(summary.diagnostics.items.isEmpty, "\(summary.diagnostics.items)")

        let copied = try Data(contentsOf: output.appendingPathComponent("annual/2025/images/4097038c-site.jpg"))
        #expect([UInt8](copied) == ImageSamples.jpeg)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("annual/2025/images/3041ec25-layout.png").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("images/ba79d49a-team.png").path))

        let page = try String(contentsOf: output.appendingPathComponent("annual/2025/overview.html"), encoding: .utf8)
        #expect(page.contains("<figure class=\"image\"><img src=\"images/4097038c-site.jpg\" alt=\"工地全景照片\" width=\"40\" height=\"24\" loading=\"lazy\" decoding=\"async\"><figcaption>某工地全景</figcaption></figure>"))
        #expect(page.contains("<img src=\"images/3041ec25-layout.png\" alt=\"监测设备布置示意图\" width=\"30\" height=\"20\""))
        let about = try String(contentsOf: output.appendingPathComponent("about.html"), encoding: .utf8)
        #expect(about.contains("<img src=\"images/ba79d49a-team.png\""))

        let pdf = output.appendingPathComponent("annual/2025/annual-2025.pdf").path
        let list = try runTool("pdfimages", ["-list", pdf])
        let encodings = list.output.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true)[8] }
        #expect(encodings == ["jpeg", "image"])
        #expect(try runTool("qpdf", ["--check", pdf]).status == 0)
    }

    @Test func aPathLeavingContentStopsTheBuildAndWritesNothing() throws {
        let content = try content(chapter: Self.chapter + "\n![口令](../../../etc/passwd)\n")
        let output = try Fixtures.temporaryFolder().appendingPathComponent("output")
        let line = Self.chapter.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        do {
            _ = try BuildPipeline.build(options(content: content, output: output, pdf: false))
            Issue.record("the build should fail")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.errors.map(\.description) == [
                "reports/annual/01-overview.md:\(line): 图片路径「../../../etc/passwd」超出了 content/ 目录，不允许使用\n  提示 (hint): 图片放在 content/ 目录中，路径相对于章节文件所在的文件夹，如 images/tower.png",
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let checked = BuildPipeline.check(options(content: content, output: output))
        #expect(checked.errors.map(\.message) == ["图片路径「../../../etc/passwd」超出了 content/ 目录，不允许使用"])
    }
}
