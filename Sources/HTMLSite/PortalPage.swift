import Document
import Model
import Statistics

/// `index.html`: the year's headline figures, the publications, the latest
/// lists, the top of the city ranking and the tile map.
struct PortalPage {
    let site: Site
    /// How many cities the portal's ranking excerpt shows.
    static let rankingRows = 5

    func file() throws -> OutputFile {
        let p = site.statistics.province
        let headline: [[String: Any]] = [
            ["label": "规模以上政府投资工程智慧工地覆盖率", "value": Printed.percent(p.smartCoverage)],
            ["label": "智慧工地接入监管平台率", "value": Printed.percent(p.connectionRate)],
            ["label": "县级智慧监管平台覆盖率", "value": Printed.percent(p.platformCoverage)],
            ["label": "在建项目", "value": Printed.count(p.activeProjects)],
        ]
        var context: [String: Any] = [
            "year": String(site.config.year), "headline": headline, "publications": publications(),
            "tileMap": TileMap.html(site.statistics.cities), "ranking": ranking(),
        ]
        if let lists = ListPages.Kind.allCases.compactMap({ $0.summary(site) }).nilIfEmpty {
            context["lists"] = lists
        } else {
            context["listsMissing"] = true
        }
        return try site.page("index", path: "index.html", title: site.config.title, section: .home, context: context)
    }

    private func publications() -> [[String: Any]] {
        var entries: [[String: Any]] = site.publications.filter { $0.kind != .cases || site.cases == nil }.map { publication in
            var entry: [String: Any] = [
                "title": publication.title, "href": Site.publicationPath(publication),
                "about": Self.about(publication.kind), "count": "共 \(publication.chapters.count) 章",
            ]
            if let pdf = site.pdfs[publication.kind] { entry["pdf"] = pdf }
            return entry
        }
        if let cases = site.cases {
            var entry: [String: Any] = [
                "title": cases.title, "href": CasePaths.index(year: cases.year),
                "about": Self.about(.cases), "count": "共 \(cases.cases.count) 个案例",
            ]
            if let pdf = site.pdfs[.cases] { entry["pdf"] = pdf }
            entries.append(entry)
        }
        return entries
    }

    static func about(_ kind: PublicationKind) -> String {
        switch kind {
        case .annual: "全省智慧工地覆盖率、接入率、数据动态验证、设区市与集成服务商排名和近五年趋势。"
        case .supervision: "数据动态验证结果、应验未验项目、三星级申报条件和扬尘监测与国控点比对。"
        case .cases: "省级绿色智慧工地的典型做法，每个案例一篇。"
        }
    }

    private func ranking() -> String {
        let top = RankingPages.citiesByRank(site.statistics.cities).prefix(Self.rankingRows)
        let rows: [[DataTable.Cell]] = top.map { city in
            [.text(Printed.rank(city.rank)), .link(city.name, href: "regions/\(city.code).html"),
             .text(Printed.score(city.score)), .text(Printed.percent(city.smartCoverage))]
        }
        return DataTable(caption: "设区市综合排名（前 \(top.count) 名）",
                         columns: [.init(title: "排名", numeric: true), .init(title: "设区市"),
                                   .init(title: "综合得分", numeric: true), .init(title: "智慧工地覆盖率", numeric: true)],
                         rows: rows, rowHeader: 1).html
    }
}

extension Array {
    /// nil for an empty array.
    var nilIfEmpty: [Element]? { isEmpty ? nil : self }
}
