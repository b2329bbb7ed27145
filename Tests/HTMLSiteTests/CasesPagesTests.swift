import Document
@testable import HTMLSite
import Model
import Testing

/// The case collection's pages: collection page with its listing links and
/// filter form, listing pages per city, category and tag, case pages with
/// their facts box and previous/next links, nav, portal and search.
@Suite struct CasesPagesTests {
    let site: SiteFixture.Generated
    let paths = CasePaths(CasesFixture.collection)

    init() throws { site = try CasesFixture.site() }

    /// The case pages a page's cards link to, in order.
    func cardLinks(_ html: String) -> [String] {
        html.components(separatedBy: "<h3 class=\"case-card-title\"><a href=\"").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
            + html.components(separatedBy: "<h2 class=\"case-card-title\"><a href=\"").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func collectionPageHasEveryCaseListingLinksWithCountsAndThePDF() throws {
        let html = try site.page("cases/2025/index.html")
        #expect(cardLinks(html) == ["a-school.html", "c-gate.html", "b-wuxi.html"])
        expectContains(html, "<h1>2025年省级绿色智慧工地案例集</h1>")
        expectContains(html, "<a href=\"city-320100.html\">南京市<span class=\"case-count\">（2）</span></a>")
        expectContains(html, "<a href=\"city-320200.html\">无锡市<span class=\"case-count\">（1）</span></a>")
        expectContains(html, "<a href=\"category-building.html\">房屋建筑<span class=\"case-count\">（1）</span></a>")
        expectContains(html, "<a href=\"category-municipal.html\">市政基础设施<span class=\"case-count\">（1）</span></a>")
        expectContains(html, "<a href=\"\(paths.tagPage("塔吊监测"))\">塔吊监测<span class=\"case-count\">（3）</span></a>")
        expectContains(html, "<a class=\"button\" href=\"cases-2025.pdf\">下载 PDF 全文</a>")
        // Without a preface, one sentence introduces the collection.
        expectContains(html, "本案例集收录 3 个省级绿色智慧工地典型案例，分布在 2 个设区市")
        // The filter form is in the page, hidden until the script shows it; the script is ours.
        expectContains(html, "<form class=\"case-filters\" id=\"case-filters\" aria-labelledby=\"case-filters-title\" hidden>")
        expectContains(html, "<option value=\"320100\">南京市（2）</option>")
        expectContains(html, "<script src=\"../../assets/case-filter.js\"></script>")
        #expect(site.paths.contains("assets/case-filter.js"))
        // Cards carry what the script filters on.
        let tagKey = paths.tagPage("塔吊监测").replacingOccurrences(of: ".html", with: "")
        let aiKey = paths.tagPage("AI视频识别").replacingOccurrences(of: ".html", with: "")
        expectContains(html, "<li class=\"case-card\" data-city=\"320100\" data-category=\"building\" data-tags=\"\(aiKey) \(tagKey)\">")
        expectContains(html, "<p class=\"case-card-meta\">南京市 · 秦淮区 · 房屋建筑 · 2025 年</p>")
    }

    @Test func withoutAPDFThereIsNoLinkAndAPrefaceReplacesTheSentence() throws {
        var collection = CasesFixture.collection
        collection.preface = Chapter(number: 0, slug: "preface", title: "前言", source: "cases/_preface.md",
                                     blocks: [.paragraph([.text("前言正文<b>")])])
        let html = try CasesFixture.site(collection, pdf: false).page("cases/2025/index.html")
        expectAbsent(html, ".pdf")
        expectContains(html, "<h2>前言</h2>\n<p>前言正文&lt;b&gt;</p>")
        expectAbsent(html, "本案例集收录")
    }

    @Test func listingPagesHoldExactlyTheirCases() throws {
        let nanjing = try site.page("cases/2025/city-320100.html")
        #expect(cardLinks(nanjing) == ["a-school.html", "c-gate.html"])
        expectContains(nanjing, "<h1>南京市的案例（2）</h1>")
        expectContains(nanjing, "<a href=\"index.html\">← 全部案例（3）</a>")
        expectContains(nanjing, "<a href=\"city-320100.html\" aria-current=\"page\">南京市")
        #expect(cardLinks(try site.page("cases/2025/city-320200.html")) == ["b-wuxi.html"])
        #expect(cardLinks(try site.page("cases/2025/category-building.html")) == ["a-school.html"])
        #expect(cardLinks(try site.page("cases/2025/category-municipal.html")) == ["b-wuxi.html"])
        #expect(!site.paths.contains("cases/2025/category-rail-transit.html"))
        let tower = try site.page("cases/2025/" + paths.tagPage("塔吊监测"))
        #expect(cardLinks(tower) == ["a-school.html", "c-gate.html", "b-wuxi.html"])
        expectContains(tower, "<h1>技术标签「塔吊监测」的案例（3）</h1>")
        #expect(cardLinks(try site.page("cases/2025/" + paths.tagPage("AI视频识别"))) == ["a-school.html"])
    }

    @Test func tagPagesHaveStableASCIINames() {
        let name = paths.tagPage("塔吊监测")
        #expect(name == "tag-\(CasePaths.hash("塔吊监测", digits: 8)).html")
        #expect(name.count == "tag-12345678.html".count)
        #expect(CasePaths(CasesFixture.collection).tagPage("塔吊监测") == name)
        for path in site.paths {
            let ascii = path.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii, "\(path)")
        }
    }

    @Test func casePageHasFactsTagsBodyAndGallery() throws {
        let html = try site.page("cases/2025/a-school.html")
        expectContains(html, "<h1>AI 视频识别守护校园</h1>")
        expectContains(html, "<p class=\"lead\">校园工地部署 AI 视频识别。</p>")
        expectContains(html, "<p class=\"kicker\">案例 1 · 南京市秦淮区</p>")
        for (label, value) in [("项目编号", "P02"), ("项目名称", "秦淮区乙学校工程"), ("所在地区", "南京市秦淮区"),
                               ("工程类别", "房屋建筑"), ("施工单位", "P02建设公司"), ("集成服务商", "未填报"),
                               ("最近一次数据验证等次", "优良（2025年6月12日验证）")] {
            expectContains(html, "<div><dt>\(label)</dt><dd>\(value)</dd></div>")
        }
        expectContains(html, "<a href=\"\(paths.tagPage("塔吊监测"))\">塔吊监测</a>")
        expectContains(html, "<h2 id=\"s1\">项目概况</h2>")
        expectContains(html, "<title>AI 视频识别守护校园 - 2025年省级绿色智慧工地案例集</title>")
        expectContains(html, "<a href=\"../../cases/2025/index.html\">2025年省级绿色智慧工地案例集</a>")

        // Without a project: place, category (none here) and year only; the photos make the gallery.
        let gate = try site.page("cases/2025/c-gate.html")
        expectContains(gate, "<dl><div><dt>所在地区</dt><dd>南京市玄武区</dd></div><div><dt>年度</dt><dd>2025年</dd></div></dl>")
        expectAbsent(gate, "项目编号")
        expectContains(gate, "<h2 id=\"case-gallery-title\">现场照片</h2>")
        expectContains(gate, "<figcaption>实名制通道&quot;&lt;b&gt;</figcaption>")
    }

    @Test func gradeWithoutVerificationSaysSo() {
        var study = CasesFixture.a
        study.facts?.latestGrade = nil
        study.facts?.latestVerifiedOn = nil
        #expect(study.factRows.last?.value == "暂无验证记录")
    }

    @Test func previousAndNextFollowBookOrder() throws {
        let first = try site.page("cases/2025/a-school.html")
        expectAbsent(first, "rel=\"prev\"")
        expectContains(first, "<a rel=\"next\" href=\"c-gate.html\">下一个案例：实名制通道 →</a>")
        let middle = try site.page("cases/2025/c-gate.html")
        expectContains(middle, "<a rel=\"prev\" href=\"a-school.html\">← 上一个案例：AI 视频识别守护校园</a>")
        expectContains(middle, "<a rel=\"next\" href=\"b-wuxi.html\">")
        let last = try site.page("cases/2025/b-wuxi.html")
        expectContains(last, "<a rel=\"prev\" href=\"c-gate.html\">")
        expectAbsent(last, "rel=\"next\"")
        expectContains(last, "<a href=\"cases-2025.pdf\">PDF</a>")
    }

    @Test func navPortalAndSearchIncludeTheCollection() throws {
        let portal = try site.page("index.html")
        expectContains(portal, "<li><a href=\"cases/2025/index.html\">案例集</a></li>")
        expectContains(portal, "<a class=\"card-title\" href=\"cases/2025/index.html\">2025年省级绿色智慧工地案例集</a>")
        expectContains(portal, "<p class=\"card-meta\">共 3 个案例 · <a href=\"cases/2025/cases-2025.pdf\">下载 PDF</a></p>")
        expectContains(portal, "<p class=\"card-meta\">共 1 章")
        expectContains(try site.page("cases/2025/c-gate.html"), "<a href=\"../../cases/2025/index.html\" aria-current=\"page\">案例集</a>")

        let script = String(decoding: try #require(site.files.first { $0.path == "search/index.js" }).bytes, as: UTF8.self)
        expectContains(script, "\"案例\"")
        expectContains(script, "\"cases/2025/a-school.html\"")
        expectContains(script, "AI 视频识别守护校园")
        expectContains(script, "学校照常上课。")
        let entries = CaseSearch.entries(CasesFixture.collection)
        let a = try #require(entries.first { $0.url == "cases/2025/a-school.html" })
        #expect(a.kind == "案例")
        #expect(a.text == "南京市 秦淮区 房屋建筑 AI视频识别 塔吊监测 校园工地部署 AI 视频识别。 项目概况 学校照常上课。")
    }

    @Test func notRenderedThisRunTheCollectionKeepsItsLinks() throws {
        let partial = try CasesFixture.site(renderCases: false)
        #expect(!partial.paths.contains { $0.hasPrefix("cases/") })
        expectContains(try partial.page("index.html"), "<li><a href=\"cases/2025/index.html\">案例集</a></li>")
        #expect(CasePages.paths(of: CasesFixture.collection).contains("cases/2025/b-wuxi.html"))
    }

    @Test func everyLinkOfTheCasePagesLeadsToAFile() throws {
        let files = site.paths
        for (path, html) in site.pages where path.hasPrefix("cases/") {
            for href in html.components(separatedBy: "href=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) })
            where !href.hasPrefix("http") && !href.hasPrefix("#") && !href.hasSuffix(".pdf") {
                let target = resolve(href.components(separatedBy: "#")[0], from: path)
                #expect(files.contains(target), "\(path) links to \(href)")
            }
        }
    }

    private func resolve(_ href: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in href.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
