import Foundation
@testable import HTMLSite
import Model
import Statistics
import Testing

@Suite struct RegionPageTests {
    @Test func cityPageShowsFiguresRankCountiesAndDueProjects() throws {
        let html = try SiteFixture.site().page("regions/320100.html")
        expectContains(html, "<h1>南京市</h1>")
        expectContains(html, "<title>南京市 - 江苏省智慧工地建设发展报告</title>")
        expectContains(html, "<span class=\"headline-value\">66.7%</span><span class=\"headline-label\">规模以上政府投资工程智慧工地覆盖率</span>")
        expectContains(html, "<span class=\"headline-value\">2</span><span class=\"headline-label\">综合排名（共 2 个设区市）</span>")
        expectContains(html, "<span class=\"headline-value\">71.23</span>")
        // All REGION figures, percent with one decimal, "—" for null.
        expectContains(html, "<th scope=\"row\">智慧工地接入监管平台率</th><td class=\"num\">87.5%</td>")
        expectContains(html, "<th scope=\"row\">县级智慧监管平台覆盖率</th><td class=\"num\">50.0%</td>")
        expectContains(html, "<th scope=\"row\">建安码</th><td class=\"num\">—</td>")
        expectContains(html, "<th scope=\"row\">在建项目</th><td class=\"num\">9</td>")
        for label in ["规模以上政府投资在建项目", "其中已建成智慧工地", "其中已接入监管平台", "县级行政区", "已建成（含共享版）监管平台",
                      "超危大工程线上管控", "标准化考评线上开展", "线上开单", "验证次数", "优良", "良好", "合格", "不合格",
                      "合格率（合格及以上）", "优良率"] {
            expectContains(html, "<th scope=\"row\">\(label)</th>")
        }
        // Its counties, linking to their pages; not 无锡's.
        expectContains(html, "<th scope=\"row\"><a href=\"320102.html\">玄武区</a></th><td class=\"num\">0</td><td class=\"num\">100.0%</td>")
        expectContains(html, "<a href=\"320104.html\">秦淮区</a>")
        expectAbsent(html, "320205.html")
        // Due projects of the city only, joined with the projects dataset.
        expectContains(html, "南京市应验未验项目（共 1 个）")
        expectContains(html, "<tr id=\"p-P02\"><th scope=\"row\">P02</th><td>秦淮区乙学校工程</td><td><a href=\"../regions/320100.html\">南京市</a></td><td><a href=\"../regions/320104.html\">秦淮区</a></td><td>房屋建筑</td><td>P02建设公司</td><td>—</td></tr>")
        expectAbsent(html, "锡山区丙道路工程")
        expectContains(html, "<li><a href=\"../regions/index.html\">地区</a></li>")
    }

    @Test func countyPageLinksBackToItsCity() throws {
        let site = try SiteFixture.site()
        let html = try site.page("regions/320104.html")
        expectContains(html, "<h1>秦淮区</h1>")
        expectContains(html, "所属设区市：<a href=\"320100.html\">南京市</a>")
        expectContains(html, "<a href=\"320100.html\">← 返回南京市</a>")
        expectContains(html, "<li><a href=\"../regions/320100.html\">南京市</a></li>")
        expectContains(html, "<th scope=\"row\">规模以上政府投资工程智慧工地覆盖率</th><td class=\"num\">—</td>")
        expectContains(html, "<th scope=\"row\">验证次数</th><td class=\"num\">—</td>")
        expectAbsent(html, "综合排名")
        expectContains(html, "秦淮区应验未验项目（共 1 个）")
        let xuanwu = try site.page("regions/320102.html")
        expectContains(xuanwu, "本地区没有应验未验项目。")
        // Every active project has a row on its county page (P01 in 玄武区, started 2024-03-01).
        expectContains(xuanwu, "玄武区2025 年在建项目（共 1 个）")
        expectContains(xuanwu, "<tr id=\"p-P01\">")
        expectAbsent(xuanwu, "<script>alert")
    }

    @Test func regionsIndexListsCitiesWithTheirCounties() throws {
        let html = try SiteFixture.site().page("regions/index.html")
        expectContains(html, "<h2><a href=\"320100.html\">南京市</a> <span class=\"region-figure\">覆盖率 66.7%</span></h2>")
        expectContains(html, "<ul class=\"county-list\"><li><a href=\"320102.html\">玄武区</a></li><li><a href=\"320104.html\">秦淮区</a></li></ul>")
        expectContains(html, "<ul class=\"county-list\"><li><a href=\"320205.html\">锡山区</a></li></ul>")
        expectContains(html, "<a href=\"320100.html\"><span class=\"tile-name\">南京市</span>")
    }

    @Test func withoutListsRegionPagesSayTheDataIsMissing() throws {
        var statistics = SiteFixture.statistics
        statistics.lists = nil
        let html = try SiteFixture.site(statistics: statistics).page("regions/320100.html")
        expectContains(html, "未提供该数据")
        expectAbsent(html, "应验未验项目（共")
    }
}
