import Foundation
import PDFBook

/// Runs the system's PDF tools (poppler-utils, qpdf) on rendered files.
enum PopplerTools {
    struct Output {
        var status: Int32
        var text: String
    }

    /// Runs `tool` (found on PATH) with `arguments`; stdout and stderr together.
    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, text: String(decoding: data, as: UTF8.self))
    }

    /// Text of `pages` (1-based, inclusive), as `pdftotext -layout` gives it.
    static func text(_ path: String, first: Int? = nil, last: Int? = nil) throws -> String {
        var arguments = ["-layout", "-enc", "UTF-8"]
        if let first { arguments += ["-f", String(first)] }
        if let last { arguments += ["-l", String(last)] }
        return try run("pdftotext", arguments + [path, "-"]).text
    }

    /// `pdfinfo`'s "Key: value" lines as a dictionary.
    static func info(_ path: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for line in try run("pdfinfo", [path]).text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}

/// The sample publication rendered once per test run.
enum RenderedSample {
    static let bytes: Result<[UInt8], any Error> = Result {
        try PDFBookRenderer.render(SamplePublication.publication, options: PDFOptions(creationDate: SamplePublication.date))
    }

    /// Where the sample was written (kept after the run, for looking at).
    static let path: Result<String, any Error> = Result {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("smartsite-pdfbook-sample.pdf")
        try Data(try bytes.get()).write(to: url, options: .atomic)
        return url.path
    }
}

extension String {
    /// Without any whitespace: pdftotext breaks and pads lines where the PDF did.
    var squeezed: String { String(unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
}
