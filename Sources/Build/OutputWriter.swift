import Foundation
import Model

/// Writes a build's files so that readers only ever see a complete output:
/// everything goes into a staging folder beside the output folder, which is
/// swapped in at the end. A failure leaves the previous output untouched.
struct OutputWriter: Sendable {
    let output: URL
    /// A file's SHA-256 for the manifest.
    var digest: @Sendable (OutputFile) -> String = { SHA256.hex($0.bytes) }
    /// Writes one file; tests replace it to simulate a full disk.
    var writeFile: @Sendable ([UInt8], URL) throws -> Void = { try FileBytes.write($0, to: $1.path) }

    private var parent: URL { output.deletingLastPathComponent() }
    private var staging: URL { parent.appendingPathComponent(".\(output.lastPathComponent).staging") }
    private var retired: URL { parent.appendingPathComponent(".\(output.lastPathComponent).old") }

    /// Writes `files` as the new output. With `replacingOnly`, the previous
    /// output is carried over except the listed folders, which are replaced.
    func write(_ files: [OutputFile], replacingOnly folders: [String]? = nil) throws {
        let fm = FileManager.default
        // Debris of an interrupted earlier run.
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: retired)
        do {
            if let folders, fm.fileExists(atPath: output.path) {
                try fm.copyItem(at: output, to: staging)
                for folder in folders { try? fm.removeItem(at: staging.appendingPathComponent(folder)) }
            } else {
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            }
            var created: Set<String> = []
            let stagingPath = staging.path, outputPath = output.path
            for file in files {
                if let slash = file.path.lastIndex(of: "/"), created.insert(String(file.path[..<slash])).inserted {
                    try fm.createDirectory(atPath: stagingPath + "/" + file.path[..<slash], withIntermediateDirectories: true)
                }
            }
            // The files, and beside them the manifest's digests (of a carried-over output: after them).
            let writer = self
            let manifest = try Concurrently.map([
                {
                    for file in files {
                        try writer.place(file, at: stagingPath + "/" + file.path, previous: outputPath + "/" + file.path)
                    }
                    return nil
                },
                { folders == nil ? Manifest.file(for: files, digest: writer.digest) : nil },
            ] as [@Sendable () throws -> OutputFile?]).compactMap { $0 }.first
                ?? Manifest.file(for: try filesIn(staging), digest: digest)
            try FileBytes.write(manifest.bytes, to: staging.appendingPathComponent(Manifest.path).path)
            // Keep the placeholder that lets git track the empty output folder.
            let keep = output.appendingPathComponent(".gitkeep")
            if fm.fileExists(atPath: keep.path) {
                try Data().write(to: staging.appendingPathComponent(".gitkeep"))
            }
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: retired)
            }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: retired)
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: output)
            }
            throw error
        }
    }

    /// Writes `file`, or links the previous output's copy when it holds exactly these bytes (after a
    /// small edit, most files): a link costs a system call, writing costs the whole file. The previous
    /// output is only ever renamed or deleted, never changed in place, so the link stays right.
    private func place(_ file: OutputFile, at path: String, previous: String) throws {
        if FileBytes.holds(file.bytes, at: previous), link(previous, path) == 0 { return }
        try writeFile(file.bytes, URL(fileURLWithPath: path))
    }

    /// Every file under `folder` (a carried-over output), except hidden ones.
    private func filesIn(_ folder: URL) throws -> [OutputFile] {
        let fm = FileManager.default
        let base = folder.standardizedFileURL.path + "/"
        var result: [OutputFile] = []
        guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        for case let url as URL in walker {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            if path.hasPrefix(".") || path.contains("/.") { continue }
            result.append(OutputFile(path: path, bytes: [UInt8](try Data(contentsOf: url))))
        }
        return result
    }
}
