/// A column of a dataset: its Chinese header, its English key, and whether it must be filled.
public struct Column: Sendable, Hashable {
    public var header: String
    public var key: String
    public var required: Bool

    public init(_ header: String, _ key: String, required: Bool = false) {
        self.header = header
        self.key = key
        self.required = required
    }

    /// `列「开工日期」(start_date)`, the way messages name a column.
    public var label: String { "列「\(header)」(\(key))" }
}
