import Document
import Model
import Statistics

/// `search/index.html` and its index: an entry for every city, county,
/// active project (on its county page), provider, chapter, case and page of the site.
struct SearchPage {
    let site: Site

    func files() throws -> [OutputFile] {
        var files = SearchIndex.files(entries())
        let browse: [[String: Any]] = [("地区", "regions/index.html"), ("排名", "rankings/cities.html"),
                                       ("名单", "lists/index.html")].map { ["title": $0.0, "href": $0.1] }
        files.append(try site.page("search", path: "search/index.html", title: "站内搜索", section: nil,
                                   context: ["browse": browse]))
        return files
    }

    func entries() -> [SearchEntry] {
        var entries: [SearchEntry] = []
        let regions = site.projects.regions
        for city in site.statistics.cities {
            entries.append(SearchEntry(title: city.name, url: "regions/\(city.code).html", kind: "设区市",
                                       text: city.code))
        }
        for county in site.statistics.counties {
            let city = regions.city(containing: county.code)
            entries.append(SearchEntry(title: city.map { "\($0.name)\(county.name)" } ?? county.name,
                                       url: "regions/\(county.code).html", kind: "县（市、区）",
                                       text: [county.name, county.code].joined(separator: " ")))
        }
        entries += projectEntries()
        for provider in site.statistics.providers ?? [] {
            let rank = provider.rank.map { "第 \($0) 名" } ?? "样本不足"
            entries.append(SearchEntry(title: provider.name, url: "rankings/providers.html", kind: "集成服务商",
                                       text: "集成服务商运营质量排名 \(rank)"))
        }
        for publication in site.publications {
            let folder = "\(publication.kind.rawValue)/\(publication.year)"
            for chapter in publication.chapters {
                entries.append(SearchEntry(title: chapter.title, url: "\(folder)/\(chapter.slug).html", kind: "章节",
                                           text: publication.title))
            }
        }
        if let cases = site.cases { entries += CaseSearch.entries(cases) }
        for page in site.pages {
            entries.append(SearchEntry(title: page.title, url: "\(page.slug).html", kind: "页面"))
        }
        let fixed: [(String, String)] = [
            ("设区市综合排名", "rankings/cities.html"), ("集成服务商运营质量排名", "rankings/providers.html"),
            ("数据下载", "data/index.html"), ("统计方法说明", "methodology.html"),
        ]
        for (title, url) in fixed { entries.append(SearchEntry(title: title, url: url, kind: "页面")) }
        for kind in ListPages.Kind.allCases {
            entries.append(SearchEntry(title: kind.title, url: kind.path, kind: "页面"))
        }
        return entries
    }

    /// Every project active in the report year, linked to its row on its county's page.
    private func projectEntries() -> [SearchEntry] {
        var entries: [SearchEntry] = []
        for county in site.statistics.counties {
            let page = "regions/\(county.code).html#"
            for entry in site.projects.activeByCounty[county.code] ?? [] {
                let p = entry.project
                let words = [p.id, entry.city?.name, entry.county?.name, p.contractor, p.provider]
                entries.append(SearchEntry(title: p.name, url: page + ProjectDirectory.anchor(p.id), kind: "项目",
                                           text: words.compactMap { $0 }.joined(separator: " ")))
            }
        }
        return entries
    }
}
