/// What ``DemoDataGenerator/write(to:)`` wrote: one entry per file, in the
/// order the files were written.
public struct DemoDataSummary: Sendable, Equatable, CustomStringConvertible {
    /// One written file.
    public struct File: Sendable, Equatable {
        /// File name inside the target directory (`projects.csv`).
        public var name: String
        /// Data rows, the header not counted.
        public var rows: Int
        /// Size in bytes, BOM and header included.
        public var bytes: Int

        /// A file entry; the generator makes these, tests may too.
        public init(name: String, rows: Int, bytes: Int) {
            self.name = name
            self.rows = rows
            self.bytes = bytes
        }
    }

    /// The files written, in writing order.
    public var files: [File]

    /// A summary of the given files.
    public init(files: [File]) { self.files = files }

    /// Data rows of the file called `name`, or nil when it was not written.
    public func rows(in name: String) -> Int? {
        files.first { $0.name == name }?.rows
    }

    /// Total size of all files in bytes.
    public var totalBytes: Int { files.reduce(0) { $0 + $1.bytes } }

    /// One line per file: `projects.csv  400 rows  123,456 bytes`.
    public var description: String {
        let width = files.map(\.name.count).max() ?? 0
        return files.map { file in
            let pad = String(repeating: " ", count: width - file.name.count)
            return "\(file.name)\(pad)  \(file.rows) rows  \(file.bytes) bytes"
        }.joined(separator: "\n")
    }
}
