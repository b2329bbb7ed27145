import Model
import Statistics

/// Every project by exact id, with where it is, and each county's projects
/// active in the report year. Only the public columns exist in the model
/// (no personal data to leak).
struct ProjectDirectory: Sendable {
    struct Entry: Sendable {
        let project: Project
        let city: Region?
        let county: Region?
    }

    let regions: RegionTable
    private var byID: [String: Entry] = [:]
    /// County code → ids of its projects active in the report year (DATA.md §3), by code points.
    private(set) var activeByCounty: [String: [String]] = [:]

    init(_ datasets: Datasets, year: Int) {
        regions = datasets.regions
        let rules = ProjectRules(year: year)
        for project in datasets.projects where byID[project.id] == nil {
            byID[project.id] = Entry(project: project, city: datasets.regions.city(containing: project.county),
                                     county: datasets.regions[project.county])
            if rules.isActive(project) { activeByCounty[project.county, default: []].append(project.id) }
        }
        for (county, ids) in activeByCounty { activeByCounty[county] = ids.sortedByCodePoints() }
    }

    subscript(id: String) -> Entry? { byID[id] }

    /// The columns of every project table.
    static let columns: [DataTable.Column] = ["项目编号", "项目名称", "设区市", "县（市、区）", "工程类别", "施工单位", "集成服务商"]
        .map { DataTable.Column(title: $0) }

    /// The `id` of a project's row: `p-` and the id, with anything but ASCII
    /// letters, digits and `-` written as `_HEX_` (valid in HTML and in a URL
    /// fragment, and distinct for distinct ids).
    static func anchor(_ id: String) -> String {
        var out = "p-"
        for s in id.unicodeScalars {
            if s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-") {
                out.unicodeScalars.append(s)
            } else {
                out += "_" + String(s.value, radix: 16, uppercase: true) + "_"
            }
        }
        return out
    }

    /// A project list as a table, with one anchored row per id unless `anchored` is false
    /// (a page may show a project in two tables; only one row may carry its id).
    func table(caption: String, ids: [String], from page: String, anchored: Bool = true) -> DataTable {
        DataTable(caption: caption, columns: Self.columns, rows: rows(ids, from: page),
                  rowAnchors: anchored ? ids.map(Self.anchor) : [], tableClass: "wide")
    }

    /// A project list as table rows, in the list's order; regions link to their pages.
    /// An id missing from the projects dataset is shown as its id alone.
    func rows(_ ids: [String], from page: String) -> [[DataTable.Cell]] {
        ids.map { id in
            guard let entry = byID[id] else {
                return [.text(id), .text(Formatting.missing), .text(""), .text(""), .text(""), .text(""), .text("")]
            }
            let p = entry.project
            return [.text(p.id), .text(p.name), regionCell(entry.city, from: page), regionCell(entry.county, from: page),
                    .text(p.category.rawValue), .text(p.contractor), .text(p.provider ?? Formatting.missing)]
        }
    }

    private func regionCell(_ region: Region?, from page: String) -> DataTable.Cell {
        guard let region else { return .text(Formatting.missing) }
        return .link(region.name, href: SitePath.href("regions/\(region.code).html", from: page))
    }
}
