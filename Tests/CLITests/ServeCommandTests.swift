import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `smartsite serve` end to end: the real binary builds, serves on
/// 127.0.0.1, rebuilds after an edit, shows a build error in the page while
/// it keeps running, and recovers when the error is fixed.
@Suite struct ServeCommandTests {
    private func fetch(_ url: URL) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: url)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `url` until `condition` holds on its body, for at most `seconds`.
    private func wait(for url: URL, seconds: Double = 30, until condition: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = (try? await fetch(url).body) ?? ""
            if condition(last) { return last }
            try await Task.sleep(nanoseconds: 200_000_000)
        }
        return last
    }

    @Test func servesRebuildsAndShowsErrorsInThePage() async throws {
        let content = try Fixtures.contentFolder()
        let output = content.appendingPathComponent("out")
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve", "--content", content.path, "--output", output.path, "--port", "0",
                             "--templates", Fixtures.repositoryRoot.appendingPathComponent("templates").path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }

        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while !printed.contains("\n"), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let address = try #require(printed.range(of: #"http://127\.0\.0\.1:[0-9]+/"#, options: .regularExpression))
        let base = try #require(URL(string: String(printed[address])))
        let status = base.appendingPathComponent("__smartsite/status")

        let home = try await fetch(base)
        #expect(home.status == 200)
        #expect(home.body.contains("<script src=\"/__smartsite/reload.js\" defer></script></body>"))
        #expect(try await fetch(status).body == "{\"generation\":1,\"failed\":false}")

        let chapter = try #require(try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("reports/annual").path)
            .first { $0.hasSuffix(".md") })
        let chapterURL = content.appendingPathComponent("reports/annual/\(chapter)")
        let original = try String(contentsOf: chapterURL, encoding: .utf8)
        try (original + "\n{{ province.no_such_value }}\n").write(to: chapterURL, atomically: true, encoding: .utf8)
        _ = try await wait(for: status) { $0.contains("\"failed\":true") }
        let failed = try await fetch(base)
        #expect(failed.status == 500)
        #expect(failed.body.contains("未知的数据名称「province.no_such_value」"))

        try (original + "\n预览修改后的句子。\n").write(to: chapterURL, atomically: true, encoding: .utf8)
        _ = try await wait(for: status) { $0.contains("\"generation\":3,\"failed\":false") }
        #expect(try await fetch(status).body == "{\"generation\":3,\"failed\":false}")
        #expect(process.isRunning)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
    }
}
