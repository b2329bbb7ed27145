@testable import Build
import Foundation
import Model
import Synchronization
import Testing
import TestSupport

/// The output is swapped in whole or not at all: a full disk or a killed
/// build leaves the previous output exactly as it was, and the next run
/// clears what the failed one left beside it.
@Suite struct OutputWriterTests {
    let folder: URL
    let output: URL

    init() throws {
        folder = try Fixtures.temporaryFolder()
        output = folder.appendingPathComponent("output")
        try OutputWriter(output: output).write([OutputFile(path: "index.html", text: "旧"),
                                                OutputFile(path: "a/b.html", text: "旧的 b")])
    }

    private func siblings() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aFullDiskLeavesThePreviousOutputAndNoDebris() throws {
        var writer = OutputWriter(output: output)
        let written = Mutex(0)
        writer.writeFile = { bytes, url in
            if written.withLock({ $0 += 1; return $0 }) == 3 { throw CocoaError.error(errno: ENOSPC, path: url.path) }
            try FileBytes.write(bytes, to: url.path)
        }
        let files = (1...5).map { OutputFile(path: "p\($0).html", text: "新 \($0)") }
        #expect(throws: CocoaError.self) { try writer.write(files) }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "旧")
        #expect(try String(contentsOf: output.appendingPathComponent("a/b.html"), encoding: .utf8) == "旧的 b")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("p1.html").path))
        #expect(try siblings() == ["output"])
    }

    @Test func debrisOfAKilledRunIsClearedByTheNextRun() throws {
        // What a build killed while writing, or while swapping, leaves beside the output.
        try Fixtures.write("半截", to: folder.appendingPathComponent(".output.staging/index.html"))
        try Fixtures.write("旧", to: folder.appendingPathComponent(".output.old/index.html"))
        try OutputWriter(output: output).write([OutputFile(path: "index.html", text: "新")])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "新")
        #expect(try siblings() == ["output"])
    }

    @Test func aBuildKilledMidwayLeavesACompleteOutput() throws {
        // The real binary on the shipped example, killed after a moment: whatever it had done,
        // the output is the previous build's, complete (its manifest checks), or the new one.
        let content = Fixtures.repositoryRoot.appendingPathComponent("content")
        let templates = Fixtures.repositoryRoot.appendingPathComponent("templates").path
        let site = folder.appendingPathComponent("site")
        func build() throws -> Process {
            let process = Process()
            process.executableURL = smartsiteBinary
            process.arguments = ["build", "--content", content.path, "--output", site.path, "--templates", templates,
                                 "--no-cache", "--quiet"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let first = try build()
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        let manifest = try Data(contentsOf: site.appendingPathComponent("manifest.sha256"))
        for delay in [0.3, 1.0, 2.0] {
            let killed = try build()
            Thread.sleep(forTimeInterval: delay)
            kill(killed.processIdentifier, SIGKILL)
            killed.waitUntilExit()
            #expect(try Data(contentsOf: site.appendingPathComponent("manifest.sha256")) == manifest)
            let check = try runTool("sh", ["-c", "cd '\(site.path)' && sha256sum --quiet -c manifest.sha256"])
            #expect(check.status == 0, "\(check.output)")
        }
        let last = try build()
        last.waitUntilExit()
        #expect(try siblings().filter { $0.contains("site") } == ["site"])
    }

    /// A file whose bytes did not change is linked from the previous output instead of written again.
    @Test func unchangedFilesAreLinkedFromThePreviousOutput() throws {
        func inode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber]
                as? NSNumber)?.intValue ?? -1
        }
        let before = (try inode("index.html"), try inode("a/b.html"))
        try OutputWriter(output: output).write([OutputFile(path: "index.html", text: "旧"),
                                                OutputFile(path: "a/b.html", text: "新的 b")])
        #expect(try inode("index.html") == before.0, "same bytes: the same file, linked")
        #expect(try inode("a/b.html") != before.1, "new bytes: written")
        #expect(try String(contentsOf: output.appendingPathComponent("a/b.html"), encoding: .utf8) == "新的 b")
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "旧")
        #expect(try siblings() == ["output"])
    }
}
