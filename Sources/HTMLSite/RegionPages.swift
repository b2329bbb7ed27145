import Model
import Statistics

/// `regions/index.html` and a page per city and per county (`regions/CODE.html`).
struct RegionPages {
    let site: Site
    /// The due-unverified projects of each city and county, in the list's order; nil without lists.
    private let dueByRegion: [String: [String]]?

    init(site: Site) {
        self.site = site
        dueByRegion = site.statistics.lists.map { lists in
            var due: [String: [String]] = [:]
            for id in lists.dueUnverified {
                guard let entry = site.projects[id] else { continue }
                if let county = entry.county?.code { due[county, default: []].append(id) }
                if let city = entry.city?.code, city != entry.county?.code { due[city, default: []].append(id) }
            }
            return due
        }
    }

    private var regions: RegionTable { site.projects.regions }
    private var year: Int { site.config.year }

    func files() throws -> [OutputFile] {
        var files = [try index()]
        for city in site.statistics.cities { files.append(try cityPage(city)) }
        for county in site.statistics.counties { files.append(try countyPage(county)) }
        return files
    }

    /// The counties of a city that have statistics, by code.
    private func counties(of city: RegionStatistics) -> [RegionStatistics] {
        let codes = Set(regions.counties(of: city.code).map(\.code))
        return site.statistics.counties.filter { codes.contains($0.code) }
    }

    private func index() throws -> OutputFile {
        let cities: [[String: Any]] = site.statistics.cities.map { city in
            ["name": city.name, "href": "\(city.code).html", "coverage": Printed.percent(city.smartCoverage),
             "counties": counties(of: city).map { ["name": $0.name, "href": "\($0.code).html"] }]
        }
        return try site.page("regions", path: "regions/index.html", title: "设区市与县（市、区）", section: .regions,
                             context: ["cities": cities, "tileMap": TileMap.html(site.statistics.cities, linkPrefix: "")])
    }

    private func cityPage(_ city: RegionStatistics) throws -> OutputFile {
        let path = "regions/\(city.code).html"
        let countyRows: [[DataTable.Cell]] = counties(of: city).map { c in
            [.link(c.name, href: "\(c.code).html"), .text(Printed.count(c.activeProjects)),
             .text(Printed.percent(c.smartCoverage)), .text(Printed.percent(c.connectionRate)),
             .text(Printed.percent(c.platformCoverage)), .text(Printed.count(c.verifications.published(c.verifications.total))),
             .text(Printed.percent(c.verifications.excellentRate))]
        }
        let countyTable = DataTable(
            caption: "\(city.name)各县（市、区）主要指标（\(year) 年）",
            columns: [.init(title: "县（市、区）"), .init(title: "在建项目", numeric: true),
                      .init(title: "智慧工地覆盖率", numeric: true), .init(title: "接入监管平台率", numeric: true),
                      .init(title: "监管平台覆盖率", numeric: true), .init(title: "验证次数", numeric: true),
                      .init(title: "验证优良率", numeric: true)],
            rows: countyRows, tableClass: "wide")
        var context = common(city, path: path, level: "设区市")
        context["rank"] = Printed.rank(city.rank)
        context["score"] = Printed.score(city.score)
        context["cityCount"] = String(site.statistics.cities.count)
        context["isCity"] = true
        if !countyRows.isEmpty { context["countyTable"] = countyTable.html }
        return try site.page("region", path: path, title: city.name, section: .regions,
                             trail: [("地区", "regions/index.html")], context: context)
    }

    private func countyPage(_ county: RegionStatistics) throws -> OutputFile {
        let path = "regions/\(county.code).html"
        var context = common(county, path: path, level: Self.countyLevel)
        var trail: [(title: String, path: String)] = [("地区", "regions/index.html")]
        if let city = regions.city(containing: county.code), city.code != county.code,
           site.statistics.cities.contains(where: { $0.code == city.code }) {
            context["parent"] = ["name": city.name, "href": "\(city.code).html"]
            trail.append((city.name, "regions/\(city.code).html"))
        }
        let active = site.projects.activeByCounty[county.code] ?? []
        context["activeCount"] = Printed.count(active.count)
        if !active.isEmpty {
            context["activeTable"] = site.projects.table(
                caption: "\(county.name)\(year) 年在建项目（共 \(Printed.count(active.count)) 个）", entries: active, from: path).html
        }
        return try site.page("region", path: path, title: county.name, section: .regions, trail: trail, context: context)
    }

    static let countyLevel = "县（市、区）"

    /// Figures and due projects, shared by city and county pages.
    private func common(_ region: RegionStatistics, path: String, level: String) -> [String: Any] {
        var context: [String: Any] = [
            "level": level, "code": region.code, "year": String(year),
            "coverage": Printed.percent(region.smartCoverage), "connection": Printed.percent(region.connectionRate),
            "figures": RegionFigures.html(region, year: year),
        ]
        guard let dueByRegion else {
            context["dueMissing"] = true
            return context
        }
        let due = dueByRegion[region.code] ?? []
        context["dueCount"] = Printed.count(due.count)
        if due.isEmpty {
            context["dueNone"] = true
        } else {
            // On county pages the rows of the 在建项目 table carry the project anchors.
            context["dueTable"] = site.projects.table(caption: "\(region.name)应验未验项目（共 \(Printed.count(due.count)) 个）",
                                                      ids: due, from: path, anchored: level != Self.countyLevel).html
        }
        return context
    }
}
