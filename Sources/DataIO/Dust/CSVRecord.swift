/// One CSV record read from bytes with the rules of ``CSVParser``: quoted
/// fields with commas, doubled quotes and line breaks, CRLF or LF, a last
/// line with or without a line break. The slow path of the readings reader.
struct CSVRecord {
    var fields: [String]
    /// Offset just after the record (after its line break).
    var next: Int
    /// Line breaks consumed, including those inside quotes.
    var lines: Int

    /// A line holding nothing, which the readers skip.
    var isEmpty: Bool { fields.count == 1 && fields[0].isEmpty }

    /// The record starting at `start`; nil when the bytes end inside it and more are coming.
    static func parse(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, atEnd: Bool) -> CSVRecord? {
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var wasQuoted = false
        var lines = 0
        var i = start

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }

        while i < end {
            let byte = bytes[i]
            if inQuotes {
                if byte == quote {
                    if i + 1 < end {
                        if bytes[i + 1] == quote {
                            field.append(quote)
                            i += 1
                        } else {
                            inQuotes = false
                        }
                    } else if atEnd {
                        inQuotes = false
                    } else {
                        return nil  // a doubled quote may follow
                    }
                } else {
                    if byte == lf { lines += 1 }
                    field.append(byte)
                }
            } else {
                switch byte {
                case quote where field.isEmpty && !wasQuoted:
                    inQuotes = true
                    wasQuoted = true
                case comma:
                    endField()
                case cr where i + 1 < end && bytes[i + 1] == lf:
                    break
                case cr where i + 1 == end && !atEnd:
                    return nil  // a line break may follow
                case lf:
                    endField()
                    return CSVRecord(fields: fields, next: i + 1, lines: lines + 1)
                default:
                    field.append(byte)
                }
            }
            i += 1
        }
        guard atEnd else { return nil }
        endField()
        return CSVRecord(fields: fields, next: end, lines: lines)
    }
}
