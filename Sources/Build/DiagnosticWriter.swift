import Foundation
import Model

/// Prints diagnostics the one way the project prints them: errors first,
/// each with its file:line, then a count.
public enum DiagnosticWriter {
    public static func human(_ diagnostics: Diagnostics, colors: Bool = false) -> String {
        var lines: [String] = []
        let sorted = diagnostics.errors + diagnostics.warnings
        for d in sorted {
            let tag = d.severity == .error ? "错误 (error)" : "警告 (warning)"
            let painted = colors ? (d.severity == .error ? "\u{1B}[31m\(tag)\u{1B}[0m" : "\u{1B}[33m\(tag)\u{1B}[0m") : tag
            lines.append("\(painted) \(d.description)")
        }
        if diagnostics.suppressedErrors > 0 {
            lines.append("…… 另有 \(diagnostics.suppressedErrors) 个错误未列出 (more errors not shown)")
        }
        lines.append("\(diagnostics.totalErrorCount) 个错误，\(diagnostics.warnings.count) 个警告 (\(diagnostics.totalErrorCount) errors, \(diagnostics.warnings.count) warnings)")
        return lines.joined(separator: "\n")
    }

    /// `{"errors": n, "warnings": n, "diagnostics": [{severity, file, line, column, value, message, hint}]}`.
    public static func json(_ diagnostics: Diagnostics) -> String {
        struct Item: Encodable {
            let severity: String
            let file: String?
            let line: Int?
            let column: String?
            let value: String?
            let message: String
            let hint: String?
        }
        struct Report: Encodable {
            let errors: Int
            let warnings: Int
            let diagnostics: [Item]
        }
        let report = Report(
            errors: diagnostics.totalErrorCount, warnings: diagnostics.warnings.count,
            diagnostics: diagnostics.items.map {
                Item(severity: $0.severity.rawValue, file: $0.file, line: $0.line, column: $0.column,
                     value: $0.value, message: $0.message, hint: $0.hint)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(report)) ?? Data(), as: UTF8.self)
    }
}
