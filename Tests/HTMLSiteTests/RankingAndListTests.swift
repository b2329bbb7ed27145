import Foundation
@testable import HTMLSite
import Model
import Statistics
import Testing

@Suite struct RankingAndListTests {
    @Test func cityRankingInRankOrderWithComponentsAndDownloads() throws {
        let html = try SiteFixture.site().page("rankings/cities.html")
        expectContains(html, "<h1>设区市综合排名</h1>")
        expectContains(html, "<tr><td class=\"num\">1</td><th scope=\"row\"><a href=\"../regions/320200.html\">无锡市</a></th><td class=\"num\">80.00</td><td class=\"num\">96.0%</td>")
        expectContains(html, "<tr><td class=\"num\">2</td><th scope=\"row\"><a href=\"../regions/320100.html\">南京市</a></th><td class=\"num\">71.23</td><td class=\"num\">66.7%</td><td class=\"num\">87.5%</td><td class=\"num\">50.0%</td><td class=\"num\">—</td><td class=\"num\">—</td></tr>")
        expectContains(html, "智慧工地覆盖率（×0.3）")
        expectContains(html, "<a href=\"../data/city-ranking.csv\" download>下载 CSV（800 字节）</a>")
        expectContains(html, "<a href=\"../data/city-ranking.xlsx\" download>下载 Excel（1.5 MB）</a>")
        expectContains(html, "1、2、2、4")
    }

    @Test func providerRankingMarksSmallSamplesAndEscapesNames() throws {
        let html = try SiteFixture.site().page("rankings/providers.html")
        expectContains(html, "<tr><td class=\"num\">1</td><th scope=\"row\">甲智能科技有限公司</th><td class=\"num\">4</td><td class=\"num\">90.0%</td><td class=\"num\">80.0%</td><td class=\"num\">70.0%</td><td class=\"num\">81.00</td></tr>")
        expectContains(html, "<tr><td class=\"num\">样本不足</td><th scope=\"row\">乙&lt;数据&gt;科技</th>")
        expectContains(html, "涉及项目少于 3 个的服务商列出但不参与排名")
        expectAbsent(html, "provider-ranking.csv")
    }

    @Test func providerRankingWithoutDataSaysSo() throws {
        var statistics = SiteFixture.statistics
        statistics.providers = nil
        let html = try SiteFixture.site(statistics: statistics).page("rankings/providers.html")
        expectContains(html, "未提供该数据")
        expectAbsent(html, "<table")
        statistics.providers = []
        let empty = try SiteFixture.site(statistics: statistics).page("rankings/providers.html")
        expectContains(empty, "本年度没有集成服务商运营质量记录。")
    }

    @Test func listPagesEscapeProjectNamesAndShowEveryColumn() throws {
        let site = try SiteFixture.site()
        let html = try site.page("lists/excellent.html")
        expectContains(html, "<h1>动态验证优良项目名单</h1>")
        expectContains(html, "优先推荐")
        expectContains(html, "<tr id=\"p-P01\"><th scope=\"row\">P01</th><td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;工程</td><td><a href=\"../regions/320100.html\">南京市</a></td><td><a href=\"../regions/320102.html\">玄武区</a></td><td>房屋建筑</td><td>P01建设公司</td><td>甲智能科技有限公司</td></tr>")
        expectContains(html, "<a href=\"../data/excellent-projects.csv\" download>下载 CSV（100 字节）</a>")
        let due = try site.page("lists/due-unverified.html")
        expectContains(due, "应验未验项目名单（共 2 个项目）")
        expectContains(due, "<td>锡山区丙道路工程</td>")
        expectContains(try site.page("lists/three-star-ineligible.html"), "<tr id=\"p-P01\">")
        for (_, page) in site.pages {
            expectAbsent(page, "<script>alert")
            expectAbsent(page, SiteFixture.scriptName)
        }
        let overview = try site.page("lists/index.html")
        expectContains(overview, "<a class=\"card-title\" href=\"due-unverified.html\">应验未验项目名单</a><p class=\"card-meta\">共 2 个项目</p>")
    }

    @Test func withoutListsEveryListPageSaysTheDataIsMissing() throws {
        var statistics = SiteFixture.statistics
        statistics.lists = nil
        let site = try SiteFixture.site(statistics: statistics)
        for kind in ListPages.Kind.allCases {
            let html = try site.page(kind.path)
            expectContains(html, "未提供该数据")
            expectAbsent(html, "<table")
        }
        expectContains(try site.page("lists/index.html"), "未提供该数据")
        expectContains(try site.page("index.html"), "未提供该数据")
    }

    @Test func emptyListSaysThereAreNone() throws {
        var statistics = SiteFixture.statistics
        statistics.lists?.threeStarIneligible = []
        let html = try SiteFixture.site(statistics: statistics).page("lists/three-star-ineligible.html")
        expectContains(html, "本年度没有符合条件的项目。")
        expectAbsent(html, "<table")
    }

    @Test func anchorsAreValidAndDistinct() {
        #expect(ProjectDirectory.anchor("JS2024-320104-0002") == "p-JS2024-320104-0002")
        #expect(ProjectDirectory.anchor("苏 01") == "p-_82CF__20_01")
        #expect(ProjectDirectory.anchor("A/1") != ProjectDirectory.anchor("A_1"))
    }
}
