/// A problem found anywhere in the pipeline, pointing at the place to fix.
///
/// One type for all stages (reading data, resolving chapter values, rendering):
/// collected by ``Diagnostics`` and printed by one writer.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning
        case error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var severity: Severity
    /// Path relative to the content root (`data/projects.csv`), or nil for the whole run.
    public var file: String?
    /// 1-based line; for CSV the header is line 1, for XLSX the sheet row.
    public var line: Int?
    /// The column's header as written in the file.
    public var column: String?
    /// The offending value as found.
    public var value: String?
    /// What is wrong and what was expected, in the user's words.
    public var message: String
    /// How to fix it, when there is something more to say.
    public var hint: String?

    public init(_ severity: Severity, file: String? = nil, line: Int? = nil, column: String? = nil,
                value: String? = nil, message: String, hint: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.value = value
        self.message = message
        self.hint = hint
    }

    public static func error(_ message: String, file: String? = nil, line: Int? = nil,
                             column: String? = nil, value: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, column: column, value: value, message: message, hint: hint)
    }

    public static func warning(_ message: String, file: String? = nil, line: Int? = nil,
                               column: String? = nil, value: String? = nil, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, column: column, value: value, message: message, hint: hint)
    }

    /// `data/projects.csv:17: message` (the location part only when known).
    public var location: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line)"
        case let (file?, nil): return file
        default: return ""
        }
    }

    public var description: String {
        var text = location.isEmpty ? message : "\(location): \(message)"
        if let hint { text += "\n  提示 (hint): \(hint)" }
        return text
    }
}
