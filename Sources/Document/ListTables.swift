import Model
import Statistics

/// The project lists of DATA.md §3 as standard tables a chapter can name:
/// `due-unverified` (应验未验) and `three-star-ineligible` (三星级申报不符合
/// 条件). One row per project, in the list's order (code points of 项目编号),
/// with the columns of the site's list pages but the provider. Such a table
/// can run over many pages; the PDF repeats its header row on each.
///
/// The ids come from the statistics (`lists`, which exist only when the
/// verifications dataset was supplied); names and places from the datasets.
/// A project missing from the projects dataset shows its id and "—".
enum ListTables {
    /// The standard table names this type answers for.
    static let names = ["due-unverified", "three-star-ineligible"]

    static let headers = ["项目编号", "项目名称", "设区市", "县（市、区）", "工程类别", "施工单位"]

    /// Whether `name` is one of the list tables.
    static func handles(_ name: String?) -> Bool { name.map(names.contains) ?? false }

    static func table(_ spec: TableSpec, statistics: ProvinceStatistics, datasets: Datasets?) throws(BlockFailure) -> Table {
        let name = spec.name ?? ""
        guard let lists = statistics.lists else { throw DataTables.missing(.verifications, table: name) }
        let ids = name == "due-unverified" ? lists.dueUnverified : lists.threeStarIneligible
        var projects: [String: Project] = [:]
        for project in datasets?.projects ?? [] where projects[project.id] == nil { projects[project.id] = project }
        var rows = ids.map { row($0, project: projects[$0], regions: datasets?.regions) }
        // An empty list still says so under its header.
        if rows.isEmpty { rows = [["无"] + Array(repeating: "", count: headers.count - 1)] }
        return Table(
            caption: [.text(spec.title ?? defaultTitle(name))],
            alignments: headers.map { _ in .left },
            header: headers.map { [.text($0)] },
            rows: rows.map { $0.map { [.text($0)] } })
    }

    /// The list's title as on the site's list pages.
    static func defaultTitle(_ name: String) -> String {
        name == "due-unverified" ? "应验未验项目名单" : "三星级申报不符合条件项目名单"
    }

    private static func row(_ id: String, project: Project?, regions: RegionTable?) -> [String] {
        guard let project, let regions else {
            return [id] + Array(repeating: Formatting.missing, count: headers.count - 1)
        }
        let city = regions.city(containing: project.county)
        let county = regions[project.county]
        return [project.id, project.name, city?.name ?? Formatting.missing, county?.name ?? Formatting.missing,
                project.category.rawValue, project.contractor]
    }
}
