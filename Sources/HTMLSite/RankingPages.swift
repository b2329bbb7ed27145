import Model
import Statistics

/// `rankings/cities.html` and `rankings/providers.html`.
struct RankingPages {
    let site: Site

    /// Cities by rank (unranked last), ties by code — the order of the CSV download.
    static func citiesByRank(_ cities: [RegionStatistics]) -> [RegionStatistics] {
        cities.sorted { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.code < b.code
            }
        }
    }

    func files() throws -> [OutputFile] {
        [try cities(), try providers()]
    }

    private func tabs(current: String) -> [[String: Any]] {
        [("设区市综合排名", "cities.html"), ("集成服务商运营质量排名", "providers.html")].map { title, href in
            ["title": title, "href": href, "current": href == current]
        }
    }

    private func cities() throws -> OutputFile {
        let path = "rankings/cities.html"
        let w = site.config.ranking.cityWeights
        let rows: [[DataTable.Cell]] = Self.citiesByRank(site.statistics.cities).map { city in
            [.text(Printed.rank(city.rank)), .link(city.name, href: "../regions/\(city.code).html"),
             .text(Printed.score(city.score)), .text(Printed.percent(city.smartCoverage)),
             .text(Printed.percent(city.connectionRate)), .text(Printed.percent(city.platformCoverage)),
             .text(Printed.percent(city.verifications.excellentRate)), .text(Printed.percent(city.verifications.passRate))]
        }
        let columns: [DataTable.Column] = [
            .init(title: "排名", numeric: true), .init(title: "设区市"), .init(title: "综合得分", numeric: true),
            .init(title: "智慧工地覆盖率（×\(Printed.parameter(w.smartCoverage))）", numeric: true),
            .init(title: "接入监管平台率（×\(Printed.parameter(w.connectionRate))）", numeric: true),
            .init(title: "监管平台覆盖率（×\(Printed.parameter(w.platformCoverage))）", numeric: true),
            .init(title: "验证优良率（×\(Printed.parameter(w.excellentRate))）", numeric: true),
            .init(title: "验证合格率（×\(Printed.parameter(w.passRate))）", numeric: true),
        ]
        let table = DataTable(caption: "\(site.config.year) 年设区市综合排名", columns: columns, rows: rows, rowHeader: 1)
        return try site.page("ranking", path: path, title: "设区市综合排名", section: .rankings, context: [
            "about": "综合得分 = 100 ×（\(MethodologyPage.cityFormula(w))），缺失的分项按 0 计；得分相同（相差小于 10⁻⁹）的设区市并列，下一名次顺延（如 1、2、2、4）。",
            "tabs": tabs(current: "cities.html"), "table": table.html,
            "downloads": Downloads.links(stem: "city-ranking", site: site, from: path),
        ])
    }

    private func providers() throws -> OutputFile {
        let path = "rankings/providers.html"
        let ranking = site.config.ranking
        var context: [String: Any] = [
            "about": "综合得分 = 100 ×（\(MethodologyPage.providerFormula(ranking.providerWeights))），各率为服务商本年度各月各项目记录的平均值。涉及项目少于 \(ranking.providerMinProjects) 个的服务商列出但不参与排名（样本不足）。",
            "tabs": tabs(current: "providers.html"), "downloads": Downloads.links(stem: "provider-ranking", site: site, from: path),
        ]
        if let providers = site.statistics.providers {
            if providers.isEmpty {
                context["empty"] = true
            } else {
                let rows: [[DataTable.Cell]] = providers.map { p in
                    [.text(p.rank.map(String.init) ?? "样本不足"), .text(p.name), .text(Printed.count(p.projects)),
                     .text(Printed.percent(p.onlineRate)), .text(Printed.percent(p.timelyRate)),
                     .text(Printed.percent(p.completeRate)), .text(Printed.score(p.score))]
                }
                let columns: [DataTable.Column] = [
                    .init(title: "排名", numeric: true), .init(title: "服务商名称"), .init(title: "项目数", numeric: true),
                    .init(title: "设备在线率", numeric: true), .init(title: "数据及时率", numeric: true),
                    .init(title: "数据完整率", numeric: true), .init(title: "综合得分", numeric: true),
                ]
                context["table"] = DataTable(caption: "\(site.config.year) 年集成服务商运营质量排名", columns: columns,
                                             rows: rows, rowHeader: 1).html
            }
        } else {
            context["missing"] = true
        }
        return try site.page("ranking", path: path, title: "集成服务商运营质量排名", section: .rankings, context: context)
    }
}
