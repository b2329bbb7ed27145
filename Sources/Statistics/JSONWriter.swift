/// A JSON value whose objects keep their keys in the order given.
enum JSONValue {
    case null
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    static func double(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
    static func strings(_ values: [String]?) -> JSONValue { values.map { .array($0.map { .string($0) }) } ?? .null }
}

/// Writes a `JSONValue` as UTF-8, pretty-printed with two-space indents and a
/// trailing newline, deterministically: same value, same bytes.
///
/// Doubles use Swift's shortest round-trip form (`0.1`, `1.0`, `6.666666666666667`,
/// `1e-05`), all valid JSON; a non-finite double is written as null. Strings
/// escape only `"`, `\` and control characters: Chinese stays UTF-8.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    static func encode(_ value: JSONValue) -> [UInt8] {
        var writer = JSONWriter()
        writer.write(value, indent: 0)
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes
    }

    private mutating func write(_ value: JSONValue, indent: Int) {
        switch value {
        case .null: append("null")
        case .int(let n): append(String(n))
        case .double(let d): append(d.isFinite ? "\(d)" : "null")
        case .string(let s): writeString(s)
        case .array(let items):
            guard !items.isEmpty else { return append("[]") }
            append("[")
            for (i, item) in items.enumerated() {
                append(i == 0 ? "\n" : ",\n")
                pad(indent + 2)
                write(item, indent: indent + 2)
            }
            append("\n")
            pad(indent)
            append("]")
        case .object(let members):
            guard !members.isEmpty else { return append("{}") }
            append("{")
            for (i, (key, member)) in members.enumerated() {
                append(i == 0 ? "\n" : ",\n")
                pad(indent + 2)
                writeString(key)
                append(": ")
                write(member, indent: indent + 2)
            }
            append("\n")
            pad(indent)
            append("}")
        }
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func pad(_ count: Int) { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }

    private mutating func writeString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                append("\\u00")
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
