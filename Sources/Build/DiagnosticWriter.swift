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

    /// The diagnostics as a JSON array of
    /// `{"severity", "file", "line", "column", "value", "message", "hint"}` (absent fields are null).
    public static func json(_ diagnostics: Diagnostics) -> String {
        struct Item: Encodable {
            let severity: String
            let file: String?
            let line: Int?
            let column: String?
            let value: String?
            let message: String
            let hint: String?

            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(severity, forKey: .severity)
                try c.encode(file, forKey: .file)
                try c.encode(line, forKey: .line)
                try c.encode(column, forKey: .column)
                try c.encode(value, forKey: .value)
                try c.encode(message, forKey: .message)
                try c.encode(hint, forKey: .hint)
            }
            enum CodingKeys: String, CodingKey { case severity, file, line, column, value, message, hint }
        }
        var items = (diagnostics.errors + diagnostics.warnings).map {
            Item(severity: $0.severity.rawValue, file: $0.file, line: $0.line, column: $0.column,
                 value: $0.value, message: $0.message, hint: $0.hint)
        }
        if diagnostics.suppressedErrors > 0 {
            items.append(Item(severity: "error", file: nil, line: nil, column: nil, value: nil,
                              message: "另有 \(diagnostics.suppressedErrors) 个错误未列出", hint: nil))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
