@testable import HTMLSite
import Testing

extension SearchTests {
    /// index.js is loaded by `<script src>`: nothing in the data may close the script or start a comment.
    @Test func markupInNamesIsEscapedInsideTheScript() throws {
        let js = Self.text(Self.entries)
        #expect(!js.contains("<"))
        #expect(!js.contains(">"))
        #expect(!js.contains("&"))
        #expect(js.contains(#"["\u003cscript\u003ealert(1)\u003c/script\u003e工程","#))
        #expect(js.contains(#""\"引号\"\u0026\u003c公司\u003e""#))
        let object = try Self.object(Self.entries)
        let rows = try #require(object["entries"] as? [[Any]])
        #expect(rows[7][0] as? String == "<script>alert(1)</script>工程")
    }

    @Test func controlCharactersAreEscaped() {
        let entry = SearchEntry(title: "a\u{01}b\\c\"d\te\u{2028}f", url: "x.html", kind: "页面")
        #expect(Self.text([entry]).contains(#""entries":[["a\u0001b\\c\"d\te\u2028f",0]]"#))
    }
}
