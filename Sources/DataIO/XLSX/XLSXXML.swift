import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Why an XML part could not be read.
struct XLSXXMLError: Error {
    var line: Int
    var reason: String
}

/// A SAX delegate that remembers where the first XML error was.
protocol XLSXParserDelegate: XMLParserDelegate {
    var firstErrorLine: Int? { get set }
}

/// Small helpers shared by the SAX parsers of the package's parts.
enum XLSXXML {
    /// Runs `parser` with `delegate`; throws with the line of the first error on
    /// malformed XML. (On Linux `parse()` may return true after recovering from
    /// an error, so `parserError` is checked as well.)
    ///
    /// The bytes are fed through a stream, in chunks: given all at once, libxml2
    /// refuses a document past 10 MB (its "huge input lookup" limit), and a
    /// 20,000-row sheet is bigger than that.
    static func run(_ data: Data, delegate: XLSXParserDelegate) throws {
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if !ok || parser.parserError != nil {
            let code = parser.parserError.map { ($0 as NSError).code }
            throw XLSXXMLError(line: delegate.firstErrorLine ?? parser.lineNumber,
                               reason: "XML 错误代码 \(code.map(String.init) ?? "未知")")
        }
    }

    /// `x:row` → `row`: some writers prefix every SpreadsheetML element.
    @inline(__always)
    static func local(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// Decodes the `_xHHHH_` escapes of OOXML strings (`_x000D_` is a carriage
    /// return; `_x005F_` escapes a literal underscore).
    static func unescape(_ text: String) -> String {
        guard let first = text.utf8.firstIndex(of: UInt8(ascii: "_")),
              text.utf8[first...].dropFirst().contains(UInt8(ascii: "x")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), i + 6 < bytes.count, bytes[i + 1] == UInt8(ascii: "x"),
               bytes[i + 6] == UInt8(ascii: "_"),
               let code = UInt32(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i += 7
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Start and end tags of a small part (relationships, workbook, styles) in
/// document order, names and attribute names without namespace prefixes.
final class XLSXTagCollector: NSObject, XLSXParserDelegate {
    enum Event {
        case start(String, [String: String])
        case end(String)
    }

    private(set) var events: [Event] = []
    var firstErrorLine: Int?

    static func parse(_ data: Data) throws -> [Event] {
        let collector = XLSXTagCollector()
        try XLSXXML.run(data, delegate: collector)
        return collector.events
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[XLSXXML.local(key)] = value }
        events.append(.start(XLSXXML.local(elementName), attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        events.append(.end(XLSXXML.local(elementName)))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstErrorLine == nil { firstErrorLine = parser.lineNumber }
    }
}

/// xl/sharedStrings.xml: one string per `<si>`, rich-text runs concatenated,
/// phonetic guides (`<rPh>`) left out.
final class XLSXSharedStringsParser: NSObject, XLSXParserDelegate {
    private(set) var strings: [String] = []
    var firstErrorLine: Int?
    private var current = ""
    private var inText = false
    private var phoneticDepth = 0

    static func parse(_ data: Data) throws -> [String] {
        let parser = XLSXSharedStringsParser()
        try XLSXXML.run(data, delegate: parser)
        return parser.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XLSXXML.local(elementName) {
        case "si": current = ""
        case "t": inText = phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        case "sst": if let count = attributeDict["uniqueCount"].flatMap(Int.init) { strings.reserveCapacity(count) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch XLSXXML.local(elementName) {
        case "si": strings.append(XLSXXML.unescape(current))
        case "t": inText = false
        case "rPh": phoneticDepth -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        if inText { current += whitespaceString }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if inText { current += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if firstErrorLine == nil { firstErrorLine = parser.lineNumber }
    }
}
