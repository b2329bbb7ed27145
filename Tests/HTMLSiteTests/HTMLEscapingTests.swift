@testable import HTMLSite
import Testing

/// Escaping at byte level gives what escaping `String` scalar by scalar gave.
@Suite struct HTMLEscapingTests {
    /// The escaping as it was written on `String`, scalar by scalar.
    static func scalarByScalar(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static let samples = [
        "", "plain", "<>&\"'", "a<b>c&d\"e'f", "&amp;", "南京市<秦淮区>&“引号”'", "𠀀<𠀁>", "e\u{301}<é>",
        "JS2024-320104-0002", "\u{2028}\u{0}\t\n", "<", "末尾&", "&开头", String(repeating: "工程&", count: 300),
    ]

    @Test func escapesLikeTheScalarVersion() {
        for text in Self.samples {
            #expect(HTMLEscaping.escape(text) == Self.scalarByScalar(text))
            #expect(Array(HTMLEscaping.escape(text).utf8) == Array(Self.scalarByScalar(text).utf8))
        }
        #expect(HTMLEscaping.escape("<a href='x'>\"南\" & 京</a>")
            == "&lt;a href=&#39;x&#39;&gt;&quot;南&quot; &amp; 京&lt;/a&gt;")
    }

    @Test func bytesHoldMarkupAsGivenAndValuesEscaped() {
        for text in Self.samples {
            var out = HTMLBytes()
            out.raw("<td title=\"")
            out.escaped(text)
            out.raw("\">")
            out.escaped(text)
            out.raw("</td>")
            let escaped = Self.scalarByScalar(text)
            #expect(out.text == "<td title=\"\(escaped)\">\(escaped)</td>")
            #expect(out.bytes == Array(out.text.utf8))
        }
    }
}
