import Document
@testable import HTMLSite
import Model
import Testing

/// Case files are untrusted: their title, summary, tags, alt texts and
/// captions are escaped everywhere, raw HTML stays text and a
/// `javascript:` link never becomes an href.
@Suite struct CasesSafetyTests {
    let site: SiteFixture.Generated

    init() throws { site = try CasesFixture.site() }

    @Test func markupInTitleSummaryAndTagIsShownAsText() throws {
        let html = try site.page("cases/2025/b-wuxi.html")
        expectContains(html, "<h1>&lt;script&gt;alert(1)&lt;/script&gt;无锡塔吊</h1>")
        expectContains(html, "<p class=\"lead\">摘要&lt;script&gt;alert(1)&lt;/script&gt;</p>")
        expectContains(html, ">&lt;script&gt;alert(1)&lt;/script&gt;</a></li>")
        expectContains(html, "&lt;script&gt;alert(2)&lt;/script&gt;")
        let index = try site.page("cases/2025/index.html")
        expectContains(index, "&lt;script&gt;alert(1)&lt;/script&gt;无锡塔吊</a>")
        let tag = try site.page("cases/2025/" + CasePaths(CasesFixture.collection).tagPage(CasesFixture.hostile))
        expectContains(tag, "<h1>技术标签「&lt;script&gt;alert(1)&lt;/script&gt;」的案例（1）</h1>")
    }

    @Test func noPageHasAScriptElementButOurOwn() {
        for (path, html) in site.pages {
            let scripts = html.components(separatedBy: "<script").dropFirst().map { String($0.prefix(60)) }
            for script in scripts {
                #expect(script.hasPrefix(" src=\""), "\(path): <script\(script)")
            }
            expectAbsent(html, "<script>alert")
            expectAbsent(html, "<b>")
        }
    }

    @Test func aJavascriptLinkIsNoHrefAnywhere() {
        for (path, html) in site.pages {
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(path)")
        }
        let b = site.pages["cases/2025/b-wuxi.html"] ?? ""
        expectContains(b, "<a href=\"https://example.org/a\">那里</a>")
    }

    @Test func theSearchIndexCarriesNoMarkup() throws {
        let script = String(decoding: try #require(site.files.first { $0.path == "search/index.js" }).bytes, as: UTF8.self)
        expectAbsent(script, "<script>")
        expectContains(script, "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e无锡塔吊")
    }
}
