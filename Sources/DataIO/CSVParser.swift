/// RFC 4180 CSV: quoted fields with commas, doubled quotes and line breaks,
/// CRLF or LF, a last line with or without newline, empty lines skipped.
public enum CSVParser {
    /// One record and the 1-based line it starts on.
    public struct Record: Sendable {
        public var line: Int
        public var fields: [String]
    }

    public static func parse(_ text: String) -> [Record] {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// The parser proper. A field without quotes (nearly all of them) becomes a
    /// string straight from its bytes; only quoted fields are copied byte by byte.
    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var quoted: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        // Unquoted bytes of the current field: bytes[start..<i], plus `quoted` before them when it was quoted.
        var start = 0
        var i = 0

        func endField() {
            if fieldWasQuoted {
                quoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                fields.append(String(decoding: quoted, as: UTF8.self))
                quoted.removeAll(keepingCapacity: true)
            } else {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
            }
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            // A line holding nothing at all (or only separators' absence) is skipped.
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let byte = bytes[i]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    quoted.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        quoted.append(byte)
                        i += 1
                    } else {
                        inQuotes = false
                    }
                    start = i + 1
                } else if byte == UInt8(ascii: "\n") {
                    line += 1
                }
            } else {
                switch byte {
                case UInt8(ascii: "\"") where i == start && quoted.isEmpty && !fieldWasQuoted:
                    inQuotes = true
                    fieldWasQuoted = true
                    start = i + 1
                case UInt8(ascii: ","):
                    endField()
                    start = i + 1
                case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
                    // A CRLF: the field ends before the CR, the next record starts after the LF.
                    endRecord()
                    line += 1
                    recordLine = line
                    i += 2
                    start = i
                    continue
                case UInt8(ascii: "\n"):
                    endRecord()
                    line += 1
                    recordLine = line
                    start = i + 1
                default:
                    break
                }
            }
            i += 1
        }

        if start < i || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}
