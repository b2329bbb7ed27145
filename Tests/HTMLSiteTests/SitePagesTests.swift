import Foundation
@testable import HTMLSite
import Model
import Statistics
import Testing

@Suite struct SitePagesTests {
    @Test func methodologyShowsTheParametersInUse() throws {
        let html = try SiteFixture.site().page("methodology.html")
        expectContains(html, "综合得分 = 100 ×（0.3×智慧工地覆盖率 + 0.2×接入监管平台率 + 0.2×监管平台覆盖率 + 0.15×验证优良率 + 0.15×验证合格率）")
        expectContains(html, "综合得分 = 100 ×（0.4×设备在线率 + 0.3×数据及时率 + 0.3×数据完整率）")
        expectContains(html, "1、2、2、4")
        expectContains(html, "少于 3 个项目的服务商")
        expectContains(html, "90 分及以上为优良，80 分及以上为良好，60 分及以上为合格")
        expectContains(html, "距离不超过 5 千米")
        expectContains(html, "高出 50 微克/立方米以上")
        expectContains(html, "例：无锡市 2025 年综合得分 = 100 ×（0.3×96.0% + 0.2×0 + 0.2×0 + 0.15×0 + 0.15×0）= 80.00，排名第 1")
        expectContains(html, "<a href=\"data/stats.json\">stats.json</a>")

        var config = SiteConfig(title: "江苏省智慧工地建设发展报告", year: 2025)
        config.ranking.cityWeights.smartCoverage = 0.35
        config.ranking.cityWeights.passRate = 0.1
        config.ranking.providerWeights.online = 0.5
        config.ranking.providerMinProjects = 5
        config.grading.excellent = 85
        config.dust.matchRadiusKm = 3.5
        config.dust.exceedanceUgm3 = 80
        let changed = try SiteFixture.site(config: config).page("methodology.html")
        expectContains(changed, "综合得分 = 100 ×（0.35×智慧工地覆盖率 + 0.2×接入监管平台率 + 0.2×监管平台覆盖率 + 0.15×验证优良率 + 0.1×验证合格率）")
        expectContains(changed, "0.5×设备在线率")
        expectContains(changed, "少于 5 个项目的服务商")
        expectContains(changed, "85 分及以上为优良")
        expectContains(changed, "距离不超过 3.5 千米")
        expectContains(changed, "高出 80 微克/立方米以上")
        expectAbsent(changed, "0.3×智慧工地覆盖率")
        expectAbsent(changed, "权重之和")
        config.ranking.cityWeights.passRate = 0.2
        #expect(try SiteFixture.site(config: config).page("methodology.html").contains("权重之和为 1.1，"))
        #expect(try SiteFixture.site(config: config).page("rankings/cities.html").contains("0.35×智慧工地覆盖率"))
    }

    @Test func dataPageListsEveryDownloadWithFormatAndSize() throws {
        let html = try SiteFixture.site().page("data/index.html")
        expectContains(html, "<a href=\"stats.json\" download>stats.json</a> <span class=\"file-size\">2.0 KB</span>")
        expectContains(html, "<a href=\"city-ranking.csv\" download>city-ranking.csv</a> <span class=\"file-size\">800 字节</span>")
        expectContains(html, "<a href=\"city-ranking.xlsx\" download>city-ranking.xlsx</a> <span class=\"file-size\">1.5 MB</span>")
        expectContains(html, "CSV（UTF-8 带 BOM，Excel 可直接打开）；比率为 0–1 之间的小数")
        expectContains(html, "<h2>设区市综合排名</h2>")
        expectContains(html, "<h2>动态验证优良项目名单</h2>")
        expectAbsent(html, "provider-ranking")
        #expect(DataPage.size(1023) == "1023 字节")
        #expect(DataPage.size(1536) == "1.5 KB")
    }

    @Test func sitemapOnlyWithABaseURLAndThenComplete() throws {
        let relative = try SiteFixture.site()
        #expect(!relative.paths.contains("sitemap.xml"))

        var config = SiteConfig(title: "江苏省智慧工地建设发展报告", year: 2025)
        config.baseURL = "https://zjt.jiangsu.gov.cn/zhgd"
        let site = try SiteFixture.site(config: config)
        let file = try #require(site.files.first { $0.path == "sitemap.xml" })
        let xml = String(decoding: file.bytes, as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
        let locs = locations(xml)
        let expected = site.pages.keys.filter { $0 != "404.html" }.map { "https://zjt.jiangsu.gov.cn/zhgd/" + $0 }
        #expect(Set(locs) == Set(expected))
        #expect(locs.count == expected.count)
        #expect(locs.contains("https://zjt.jiangsu.gov.cn/zhgd/regions/320100.html"))
        #expect(locs.contains("https://zjt.jiangsu.gov.cn/zhgd/index.html"))
    }

    private func locations(_ xml: String) -> [String] {
        xml.components(separatedBy: "<loc>").dropFirst().compactMap { $0.components(separatedBy: "</loc>").first }
    }

    @Test func searchPageAndIndexCoverRegionsProjectsProvidersAndChapters() throws {
        let site = try SiteFixture.site()
        #expect(site.paths.contains("search/index.js"))
        let page = try site.page("search/index.html")
        expectContains(page, "<script src=\"../search/index.js\"></script>")

        let config = SiteConfig(title: "t", year: 2025)
        let internalSite = HTMLSite.Site(
            config: config, statistics: SiteFixture.statistics, templates: SiteFixture.templates,
            directory: Lazy(value: ProjectDirectory(SiteFixture.datasets, year: 2025)),
            publications: SiteFixture.publications, pdfs: [:], pages: [SiteFixture.about], downloads: [:])
        let entries = SearchPage(site: internalSite).entries()
        let titles = Set(entries.map(\.title))
        for title in ["南京市", "无锡市", "南京市秦淮区", "无锡市锡山区", SiteFixture.scriptName, "秦淮区乙学校工程", "锡山区丙道路工程",
                      "甲智能科技有限公司", "乙<数据>科技", "总体<情况>", "验证情况", "关于本站"] {
            #expect(titles.contains(title), "search entry \(title)")
        }
        #expect(entries.filter { $0.kind == "项目" }.count == 3, "each active project once")
        let project = try #require(entries.first { $0.title == "秦淮区乙学校工程" })
        #expect(project.url == "regions/320104.html#p-P02", "a project's home is its row on its county page")
        #expect(project.text.contains("P02") && project.text.contains("秦淮区"))
        // Every entry leads to a generated page and, with a fragment, to an element on it.
        let checker = LinkChecker(paths: site.paths, pages: site.pages)
        for entry in entries {
            #expect(checker.check(entry.url, from: "index.html") == nil, "\(entry.title): \(entry.url)")
        }
    }

    @Test func everyInternalLinkResolves() throws {
        var publications = SiteFixture.publications
        publications.append(.init(kind: .cases, title: "案例集", year: 2025, office: "协会", chapters: []))
        for site in [try SiteFixture.site(), try SiteFixture.site(publications: publications)] {
            let checker = LinkChecker(paths: site.paths, pages: site.pages)
            let broken = checker.broken()
            #expect(broken.isEmpty, "\(broken.prefix(20).map(\.description).joined(separator: "\n"))")
        }
        var statistics = SiteFixture.statistics
        statistics.lists = nil
        statistics.providers = nil
        let bare = try SiteFixture.site(statistics: statistics, downloads: [])
        #expect(LinkChecker(paths: bare.paths, pages: bare.pages).broken().isEmpty)
    }

    @Test func linkCheckerFindsBrokenLinks() {
        let checker = LinkChecker(paths: ["index.html", "regions/320100.html"],
                                  pages: ["index.html": "<a href=\"regions/320100.html#x\"> <a href=\"regions/9.html\"> <a href=\"/abs.html\"> <a href=\"https://a.b/\"> <a href=\"#main\">",
                                          "regions/320100.html": "<p id=\"x\"><a href=\"../index.html\"><a href=\"../../up.html\">"])
        #expect(checker.broken().map(\.link) == ["regions/9.html", "/abs.html", "#main", "../../up.html"])
    }
}
