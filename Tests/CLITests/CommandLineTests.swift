import Foundation
import Testing
import TestSupport

/// The public contract of the command: flags, exit codes and the JSON of `check`.
@Suite struct CommandLineTests {
    /// The `smartsite` binary built next to the test bundle.
    static let binary = smartsiteBinary

    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    private var templates: String { Fixtures.repositoryRoot.appendingPathComponent("templates").path }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try run(["build", "--no-such-flag"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
        #expect(try run(["build", "--content", "/nonexistent/folder"]).status == 2)
    }

    @Test func anOutputThatWouldReplaceTheContentIsAUsageError() throws {
        let content = try Fixtures.contentFolder()
        for output in [content.path, content.deletingLastPathComponent().path, content.appendingPathComponent("data").path,
                       content.appendingPathComponent("reports/annual/out").path] {
            let result = try run(["build", "--content", content.path, "--output", output, "--no-pdf"])
            #expect(result.status == 2, "\(output)")
            #expect(result.stderr.contains("输出目录"))
        }
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("data/projects.csv").path))
        #expect(FileManager.default.fileExists(atPath: content.appendingPathComponent("reports/annual/01-overview.md").path))
    }

    @Test func buildSucceedsWithZeroAndWritesTheSite() throws {
        let content = try Fixtures.contentFolder()
        let output = content.appendingPathComponent("out")
        let result = try run(["build", "--content", content.path, "--output", output.path,
                              "--templates", templates, "--year", "2025", "--no-pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("构建完成"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func withoutATerminalProgressIsPlainLinesAndQuietPrintsNothing() throws {
        let content = try Fixtures.contentFolder()
        let output = content.appendingPathComponent("out")
        let arguments = ["build", "--content", content.path, "--output", output.path, "--templates", templates, "--no-pdf"]
        let plain = try run(arguments)
        #expect(plain.status == 0, "\(plain.stderr)")
        let steps = plain.stderr.split(separator: "\n").filter { $0.hasPrefix("[") }.map { String($0.prefix(12)) }
        #expect(steps.first == "[1/8] 读取站点配置" && steps.last?.hasPrefix("[8/8] 写入输出") == true, "\(plain.stderr)")
        #expect(steps.count == 8)
        #expect(!plain.stderr.contains("\u{1B}["))  // no colours, no redrawing, when not on a terminal
        #expect(plain.stdout.contains("页面 pages"))

        let verbose = try run(arguments + ["--verbose"])
        #expect(verbose.stderr.split(separator: "\n").contains { $0.hasPrefix("[4/8] 生成文档") && $0.hasSuffix(" s") })

        let quiet = try run(arguments + ["--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        #expect(!quiet.stderr.contains("[1/8]"))
        #expect(try run(arguments + ["--quiet", "--verbose"]).status == 2)
    }

    @Test func dataErrorsExitWithOneAndCheckPrintsAJSONArray() throws {
        let content = try Fixtures.contentFolder(
            projects: Fixtures.projectsCSV.replacingOccurrences(of: "2024-09-09", with: "2024-09-31"))
        let build = try run(["build", "--content", content.path, "--output", content.appendingPathComponent("out").path,
                             "--templates", templates, "--no-pdf"])
        #expect(build.status == 1)
        #expect(build.stderr.contains("data/projects.csv:10: 列「开工日期」(start_date) 的值 \"2024-09-31\" 不是有效日期"))
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("out").path))

        let check = try run(["check", "--content", content.path, "--format", "json"])
        #expect(check.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json[0]["severity"] as? String == "error")
        #expect(json[0]["file"] as? String == "data/projects.csv")
        #expect(json[0]["line"] as? Int == 10)
        #expect(json[0]["column"] as? String == "开工日期")
        #expect(json[0]["value"] as? String == "2024-09-31")
    }
}
