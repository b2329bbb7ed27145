import Document
import Foundation
@testable import HTMLSite
import Model
import Statistics
import Testing
import TestSupport

@Suite struct SiteBuilderTests {
    @Test func chapterPageHoldsTheRenderedTableEscaped() throws {
        let table = Table(alignments: [.left, .right], header: [[.text("设区市")], [.text("覆盖率")]],
                          rows: [[[.text("南京市")], [.value(name: "cities.320100.smart_coverage", text: "66.7%")]],
                                 [[.text("<script>")], [.text("a & b")]]])
        var chapter = SiteFixture.chapter
        chapter.blocks = [.paragraph([.text("正文")]), .table(table)]
        var publications = SiteFixture.publications
        publications[0].chapters = [chapter]
        let html = try SiteFixture.site(publications: publications).page("annual/2025/overview.html")
        expectContains(html, "<html lang=\"zh-CN\">")
        expectContains(html, "<th scope=\"col\" class=\"num\">覆盖率</th>")
        expectContains(html, "<td class=\"num\"><span class=\"figure-value\" data-name=\"cities.320100.smart_coverage\">66.7%</span></td>")
        expectContains(html, "<td>&lt;script&gt;</td>")
        expectContains(html, "<h1>总体&lt;情况&gt;</h1>")
        expectContains(html, "<title>总体&lt;情况&gt; - 年度报告</title>")
        expectAbsent(html, "<script>")
        expectContains(html, "href=\"../../assets/site.css\"")
        expectContains(html, "<li><a href=\"../../annual/2025/index.html\">年度报告</a></li>")
        expectContains(html, "<a href=\"../../annual/2025/annual-2025.pdf\">PDF</a>")
    }

    @Test func portalShowsFiguresPublicationsListsRankingAndTileMap() throws {
        let index = try SiteFixture.site().page("index.html")
        expectContains(index, "<span class=\"headline-value\">50.0%</span>")
        expectContains(index, "<span class=\"headline-value\">12,345</span>")
        expectContains(index, "<a class=\"card-title\" href=\"annual/2025/index.html\">年度报告</a>")
        expectContains(index, "<a href=\"annual/2025/annual-2025.pdf\">下载 PDF</a>")
        expectContains(index, "<a class=\"card-title\" href=\"supervision/2025/index.html\">监督报告</a>")
        expectAbsent(index, "案例集")
        // Lists: counts with links.
        expectContains(index, "<a href=\"lists/due-unverified.html\"><span class=\"stat-count\">2</span><span class=\"stat-label\">应验未验项目名单</span></a>")
        expectContains(index, "<a href=\"lists/excellent.html\"><span class=\"stat-count\">1</span>")
        // Ranking excerpt: 无锡 first.
        let wuxi = try #require(index.range(of: "<a href=\"regions/320200.html\">无锡市</a>"))
        let nanjing = try #require(index.range(of: "<a href=\"regions/320100.html\">南京市</a>"))
        #expect(wuxi.lowerBound < nanjing.lowerBound)
        expectContains(index, "<td class=\"num\">71.23</td>")
        // Tile map: 南京 at its place, coloured by class, value printed; 无锡 in the top class.
        expectContains(index, "<li class=\"tile tile-1\" style=\"--row:4;--col:1\"><a href=\"regions/320100.html\"><span class=\"tile-name\">南京市</span><span class=\"tile-value\">66.7%</span></a></li>")
        expectContains(index, "<li class=\"tile tile-4\" style=\"--row:4;--col:4\"><a href=\"regions/320200.html\">")
        expectContains(index, "<span class=\"swatch tile-0\" aria-hidden=\"true\"></span>低于 60%</li>")
        expectContains(index, "<span class=\"swatch tile-4\" aria-hidden=\"true\"></span>95% 及以上</li>")
        expectAbsent(index, "class=\"breadcrumbs\"")
    }

    @Test func tileBinsAndLayout() {
        #expect(TileMap.bin(nil) == nil)
        #expect(TileMap.bin(0.5999) == 0)
        #expect(TileMap.bin(0.6) == 1)
        #expect(TileMap.bin(0.95) == 4)
        #expect(TileMap.bin(1) == 4)
        #expect(TileMap.positions.count == 13)
        #expect(Set(TileMap.positions.map(\.code)).count == 13)
        let cells = TileMap.positions.map { "\($0.row),\($0.column)" }
        #expect(Set(cells).count == 13, "no two cities share a tile")
        let jiangsuCities = Set(RegionTable.jiangsu.cities.map(\.code))
        #expect(Set(TileMap.positions.map(\.code)) == jiangsuCities)
    }

    @Test func navShowsTheCaseCollectionOnlyWhenItExists() throws {
        let without = try SiteFixture.site().page("regions/index.html")
        expectAbsent(without, "案例集")
        var publications = SiteFixture.publications
        publications.append(Publication(kind: .cases, title: "案例集 2025", year: 2025, office: "协会", chapters: []))
        let site = try SiteFixture.site(publications: publications)
        let with = try site.page("regions/index.html")
        expectContains(with, "<li><a href=\"../cases/2025/index.html\">案例集</a></li>")
        #expect(try site.page("index.html").contains("<a class=\"card-title\" href=\"cases/2025/index.html\">案例集 2025</a>"))
    }

    @Test func everyPageHasTheSameFrame() throws {
        let pages = try SiteFixture.site().pages
        #expect(pages.count > 10)
        for (path, html) in pages {
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), "\(path)")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path): exactly one h1")
            #expect(html.contains("<title>") && !html.contains("<title></title>"), "\(path)")
            expectContains(html, "<a class=\"skip-link\" href=\"#main\">跳到正文</a>")
            expectContains(html, "<nav class=\"site-nav\" aria-label=\"主导航\">")
            expectContains(html, "<label for=\"site-search\">站内搜索</label>")
            expectContains(html, "name=\"q\"")
            #expect(html.contains("class=\"breadcrumbs\"") == (path != "index.html"), "\(path): breadcrumbs")
            #expect(!html.contains("src=\"http") && !html.contains("src=\"//"), "\(path): no external requests")
            expectAbsent(html, "<link rel=\"stylesheet\" href=\"http")
            #expect(html.contains("<a href=\"" + SitePath.root(of: path) + "about.html\">关于本站</a>"), "\(path): footer page link")
        }
        let current = try SiteFixture.site().page("rankings/cities.html")
        expectContains(current, "<a href=\"../rankings/cities.html\" aria-current=\"page\">排名</a>")
    }

    @Test func contentPagesAnd404() throws {
        let site = try SiteFixture.site()
        let about = try site.page("about.html")
        expectContains(about, "<h1>关于本站</h1>")
        expectContains(about, "<p>本站说明。</p>")
        let notFound = try site.page("404.html")
        expectContains(notFound, "<a href=\"index.html\">返回首页</a>")
        expectContains(notFound, "<a href=\"search/index.html\">站内搜索</a>")
    }
}
