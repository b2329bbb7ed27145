import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams a worksheet's XML (SAX, no tree) into records: one per non-empty
/// `<row>`, numbered by the sheet's row number, each cell's text at its column.
final class XLSXSheetParser: NSObject, XLSXParserDelegate {
    /// A shared-string reference that points past the end of the table.
    struct BadReference {
        var line: Int
        var cell: String
        var index: String
    }

    private let sharedStrings: [String]
    private let formats: [XLSXNumberFormat]
    private let date1904: Bool
    private(set) var records: [CSVParser.Record] = []
    private(set) var badReferences: [BadReference] = []
    var firstErrorLine: Int?

    private var rowNumber = 0
    private var fields: [String] = []
    private var column = -1
    private var cellReference: String?
    private var cellType: String?
    private var cellStyle = 0
    private var value = ""
    private var inlineText = ""
    private var capture = Capture.none
    private var phoneticDepth = 0

    private enum Capture { case none, value, inline }

    init(sharedStrings: [String], formats: [XLSXNumberFormat], date1904: Bool) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date1904 = date1904
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XLSXXML.local(elementName) {
        case "c":
            cellReference = attributeDict["r"]
            column = cellReference.flatMap(XLSXSheetParser.columnIndex) ?? column + 1
            cellType = attributeDict["t"]
            cellStyle = attributeDict["s"].flatMap { Int($0) } ?? 0
            value = ""
            inlineText = ""
        case "v": capture = .value
        case "t": capture = phoneticDepth == 0 ? .inline : .none
        case "rPh": phoneticDepth += 1
        case "row":
            rowNumber = attributeDict["r"].flatMap { Int($0) } ?? rowNumber + 1
            fields.removeAll(keepingCapacity: true)
            column = -1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch XLSXXML.local(elementName) {
        case "v", "t": capture = .none
        case "rPh": phoneticDepth -= 1
        case "c": store(cellText())
        case "row":
            if fields.contains(where: { !FieldParsing.trim($0).isEmpty }) {
                records.append(CSVParser.Record(line: rowNumber, fields: fields))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch capture {
        case .none: break
        case .value: value += string
        case .inline: inlineText += string
        }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if capture == .inline { inlineText += whitespaceString }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if capture == .inline { inlineText += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstErrorLine == nil { firstErrorLine = parser.lineNumber }
    }

    /// Puts a non-empty cell at its column; the columns it skipped stay "".
    private func store(_ text: String) {
        guard !text.isEmpty, column >= 0 else { return }
        if column < fields.count {
            fields[column] = text
        } else {
            fields.append(contentsOf: repeatElement("", count: column - fields.count))
            fields.append(text)
        }
    }

    /// The text of the cell just read (DATA.md §1 rules, then FieldParsing as for CSV).
    private func cellText() -> String {
        var format: XLSXNumberFormat { formats.indices.contains(cellStyle) ? formats[cellStyle] : .plain }
        switch cellType {
        case "s":
            guard !value.isEmpty else { return "" }
            if let index = Int(value) ?? Int(FieldParsing.trim(value)), sharedStrings.indices.contains(index) {
                return sharedStrings[index]
            }
            badReferences.append(BadReference(line: rowNumber, cell: cellReference ?? "", index: value))
            return ""
        case "inlineStr": return XLSXXML.unescape(inlineText.isEmpty ? value : inlineText)
        case "str": return XLSXXML.unescape(value)
        case "b": return value == "1" ? "true" : value == "0" ? "false" : value
        case "e": return value
        case "d": return XLSXSheetParser.isoDate(value, keepMidnight: format == .dateTime)
        default:
            guard !value.isEmpty else { return "" }
            return XLSXCellText.number(value, format: format, date1904: date1904)
        }
    }

    /// `D7` → 3 (0-based column of a cell reference); nil without letters.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): index = index * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): index = index * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"): continue
            default:
                return letters > 0 ? index - 1 : nil
            }
            letters += 1
        }
        return letters > 0 ? index - 1 : nil
    }

    /// An ISO 8601 date cell (`t="d"`): `2025-03-07T12:00:00` → `2025-03-07 12:00`;
    /// midnight is dropped unless the cell's format shows a time.
    static func isoDate(_ text: String, keepMidnight: Bool) -> String {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return text }
        var time = parts[1].prefix { $0 != "Z" && $0 != "+" && $0 != "." }
        if !keepMidnight && (time == "00:00:00" || time == "00:00") { return String(parts[0]) }
        if time.hasSuffix(":00") && time.count == 8 { time = time.dropLast(3) }
        return parts[0] + " " + time
    }
}
