import Model

/// `manifest.sha256`: every file of the output with its SHA-256, sorted by
/// path, in `sha256sum` format so `sha256sum -c manifest.sha256` checks a copy.
enum Manifest {
    static let path = "manifest.sha256"

    /// `digest` gives a file's SHA-256 as hex (a cache may know it already).
    static func file(for files: [OutputFile], digest: (OutputFile) -> String = { SHA256.hex($0.bytes) }) -> OutputFile {
        let lines = files
            .filter { $0.path != path }
            .sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
            .map { "\(digest($0))  \($0.path)\n" }
        return OutputFile(path: path, text: lines.joined())
    }
}
