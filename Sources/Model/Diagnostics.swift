/// The diagnostics of one run, in the order they were found.
///
/// A run reports every problem, not the first; after ``limit`` errors the
/// rest are only counted so a broken export does not flood the terminal.
public struct Diagnostics: Sendable {
    public private(set) var items: [Diagnostic] = []
    /// Errors beyond ``limit`` that were counted but not kept.
    public private(set) var suppressedErrors = 0
    public let limit: Int

    public init(limit: Int = 200) { self.limit = limit }

    public mutating func append(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error && errorCount >= limit {
            suppressedErrors += 1
        } else {
            items.append(diagnostic)
        }
    }

    public mutating func append(contentsOf other: Diagnostics) {
        for item in other.items { append(item) }
        suppressedErrors += other.suppressedErrors
    }

    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    public var errorCount: Int { items.lazy.filter { $0.severity == .error }.count }
    public var totalErrorCount: Int { errorCount + suppressedErrors }
    public var hasErrors: Bool { totalErrorCount > 0 }
}

/// Thrown when a stage stops because of errors it has already reported.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: Diagnostics
    public init(_ diagnostics: Diagnostics) { self.diagnostics = diagnostics }
    public var description: String {
        diagnostics.errors.map(\.description).joined(separator: "\n")
    }
}
