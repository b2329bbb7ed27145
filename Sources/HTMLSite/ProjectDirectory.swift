import Model
import Statistics

/// Every project by exact id, with where it is, and each county's projects
/// active in the report year. Only the public columns exist in the model
/// (no personal data to leak).
struct ProjectDirectory: Sendable {
    /// A class: tables and the search read entries by the thousand, and a reference is cheaper
    /// to hand around than the project's many fields.
    final class Entry: Sendable {
        let project: Project
        let city: Region?
        let county: Region?

        init(project: Project, city: Region?, county: Region?) {
            self.project = project
            self.city = city
            self.county = county
        }
    }

    let regions: RegionTable
    private var byID: [String: Entry] = [:]
    /// County code → its projects active in the report year (DATA.md §3), by id in code-point order.
    private(set) var activeByCounty: [String: [Entry]] = [:]

    init(_ datasets: Datasets, year: Int) {
        regions = datasets.regions
        let rules = ProjectRules(year: year)
        byID.reserveCapacity(datasets.projects.count)
        var places: [String: (city: Region?, county: Region?)] = [:]  // by county code
        for project in datasets.projects where byID[project.id] == nil {
            let place: (city: Region?, county: Region?)
            if let known = places[project.county] {
                place = known
            } else {
                place = (datasets.regions.city(containing: project.county), datasets.regions[project.county])
                places[project.county] = place
            }
            let entry = Entry(project: project, city: place.city, county: place.county)
            byID[project.id] = entry
            if rules.isActive(project) { activeByCounty[project.county, default: []].append(entry) }
        }
        for (county, entries) in activeByCounty {
            activeByCounty[county] = entries.sorted { $0.project.id.precedesByCodePoints($1.project.id) }
        }
    }

    subscript(id: String) -> Entry? { byID[id] }

    /// The columns of every project table.
    static let columns: [DataTable.Column] = ["项目编号", "项目名称", "设区市", "县（市、区）", "工程类别", "施工单位", "集成服务商"]
        .map { DataTable.Column(title: $0) }

    /// The `id` of a project's row: `p-` and the id, with anything but ASCII
    /// letters, digits and `-` written as `_HEX_` (valid in HTML and in a URL
    /// fragment, and distinct for distinct ids).
    static func anchor(_ id: String) -> String {
        if id.utf8.allSatisfy(isAnchorByte) { return "p-" + id }
        var out = "p-"
        for s in id.unicodeScalars {
            if s.isASCII && isAnchorByte(UInt8(s.value)) {
                out.unicodeScalars.append(s)
            } else {
                out += "_" + String(s.value, radix: 16, uppercase: true) + "_"
            }
        }
        return out
    }

    /// An ASCII letter or digit, or `-`: kept as it is in an anchor.
    private static func isAnchorByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): true
        default: false
        }
    }

    /// A project list as a table, with one anchored row per id unless `anchored` is false
    /// (a page may show a project in two tables; only one row may carry its id).
    /// An id missing from the projects dataset is shown as its id alone.
    func table(caption: String, ids: [String], from page: String, anchored: Bool = true) -> DataTable {
        table(caption: caption, ids: ids, from: page, anchored: anchored) { byID[ids[$0]] }
    }

    /// Projects as a table, one anchored row each.
    func table(caption: String, entries: [Entry], from page: String) -> DataTable {
        table(caption: caption, ids: entries.map(\.project.id), from: page, anchored: true) { entries[$0] }
    }

    /// Rows in the order of `ids`, the `i`-th showing `entry(i)`; regions link to their pages.
    private func table(caption: String, ids: [String], from page: String, anchored: Bool,
                       entry: (Int) -> Entry?) -> DataTable {
        let regionPages = SitePath.href("regions/", from: page)
        func regionCell(_ region: Region?) -> DataTable.Cell {
            guard let region else { return .text(Formatting.missing) }
            return .link(region.name, href: regionPages + region.code + ".html")
        }
        let rows: [[DataTable.Cell]] = ids.indices.map { i in
            guard let entry = entry(i) else {
                return [.text(ids[i]), .text(Formatting.missing), .text(""), .text(""), .text(""), .text(""), .text("")]
            }
            let p = entry.project
            return [.text(p.id), .text(p.name), regionCell(entry.city), regionCell(entry.county),
                    .text(p.category.rawValue), .text(p.contractor), .text(p.provider ?? Formatting.missing)]
        }
        return DataTable(caption: caption, columns: Self.columns, rows: rows,
                         rowAnchors: anchored ? ids.map(Self.anchor) : [], tableClass: "wide")
    }
}
