/// A dataset file as read: header cells and rows, each with its line number.
public struct RawTable: Sendable {
    /// Path relative to the content root, for diagnostics.
    public var file: String
    public var header: [String]
    public var rows: [CSVParser.Record]

    public init(file: String, header: [String], rows: [CSVParser.Record]) {
        self.file = file
        self.header = header
        self.rows = rows
    }
}
