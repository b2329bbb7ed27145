import Model

/// `manifest.sha256`: every file of the output with its SHA-256, sorted by
/// path, in `sha256sum` format so `sha256sum -c manifest.sha256` checks a copy.
enum Manifest {
    static let path = "manifest.sha256"

    static func file(for files: [OutputFile]) -> OutputFile {
        let lines = files
            .filter { $0.path != path }
            .sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
            .map { "\(SHA256.hex($0.bytes))  \($0.path)\n" }
        return OutputFile(path: path, text: lines.joined())
    }
}
