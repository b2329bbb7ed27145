import DataExport
import Foundation
import Model
import Statistics
import TestSupport

/// A hand-built ProvinceStatistics (three cities, two providers, three lists)
/// and the three projects the lists name. Nothing is computed: the figures are
/// chosen to exercise the formatting (fractions at full precision, 1e-05,
/// nulls, a rank tie, an unranked provider, text that needs quoting or the
/// formula guard).
enum ExportFixture {
    static let created = Day(year: 2026, month: 3, day: 15)!

    static func city(_ code: String, _ name: String, rank: Int, score: Double, smart: Double?, connection: Double?,
                     platform: Double?, excellent: Double?, pass: Double?) -> RegionStatistics {
        var city = RegionStatistics(code: code, name: name)
        city.rank = rank
        city.score = score
        city.smartCoverage = smart
        city.connectionRate = connection
        city.platformCoverage = platform
        city.verifications.excellentRate = excellent
        city.verifications.passRate = pass
        return city
    }

    /// Cities by code, as the statistics hold them; the ranking file orders
    /// them 无锡 (1), 南京 (2), 徐州 (2: tie with 南京, later code).
    static let cities = [
        city("320100", "南京市", rank: 2, score: 43.21969696969697, smart: 0.5, connection: 1.0 / 3.0,
             platform: nil, excellent: 0.25, pass: 0.75),
        city("320200", "无锡市", rank: 1, score: 60, smart: 1, connection: 0.975,
             platform: 1e-05, excellent: 0.1, pass: 1),
        city("320300", "徐州市", rank: 2, score: 43.21969696969697, smart: 0, connection: nil,
             platform: nil, excellent: nil, pass: nil),
    ]

    static let providers = [
        ProviderStatistics(name: "甲科技", projects: 4, onlineRate: 0.95, timelyRate: 0.9, completeRate: 0.875,
                           score: 91.25, rank: 1),
        ProviderStatistics(name: "@乙科技", projects: 2, onlineRate: 0.5, timelyRate: 0.5, completeRate: 0.5,
                           score: 50, rank: nil),
    ]

    static let lists = ProjectLists(excellentProjects: ["P01", "P03"], threeStarIneligible: ["P02"], dueUnverified: [])

    static func stats(providers: [ProviderStatistics]? = providers, lists: ProjectLists? = lists) -> ProvinceStatistics {
        ProvinceStatistics(year: 2025, province: RegionStatistics(code: "320000", name: "江苏省"), cities: cities,
                           counties: [], providers: providers, lists: lists, dataQuality: DataQuality())
    }

    static func project(_ id: String, _ name: String, county: String, category: ProjectCategory, contractor: String,
                        provider: String?) -> Project {
        Project(id: id, name: name, county: county, category: category, governmentFunded: true, aboveScale: true,
                owner: "某建设单位", contractor: contractor, provider: provider,
                startDate: Day(year: 2025, month: 1, day: 1)!, smartSite: true,
                smartSince: Day(year: 2025, month: 2, day: 1)!, starApplied: 3)
    }

    static let datasets = Datasets(regions: .jiangsu, projects: [
        project("P01", "=1+2", county: "320102", category: .building, contractor: "甲建设公司", provider: "甲科技"),
        project("P02", "某\"工程\",二期", county: "320106", category: .municipal, contractor: "-乙建设",
                provider: nil),
        project("P03", "锡山区庚社区中心", county: "320205", category: .building, contractor: "=A1,B1",
                provider: "甲科技"),
    ])

    /// The downloads of the full fixture, by path.
    static func files(_ stats: ProvinceStatistics = stats(), created: Day = created) throws -> [String: [UInt8]] {
        let files = try DataDownloads.files(statistics: stats, datasets: datasets, created: created)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
    }

    /// One entry of a zip archive, through `unzip -p`.
    static func unzip(_ bytes: [UInt8], _ entry: String) throws -> String {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.xlsx")
        try Data(bytes).write(to: file)
        let result = try runTool("unzip", ["-p", file.path, entry])
        return result.status == 0 ? result.output : ""
    }

    /// `zipinfo -T` of an archive: one line per entry with its timestamp.
    static func zipListing(_ bytes: [UInt8]) throws -> [String] {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.xlsx")
        try Data(bytes).write(to: file)
        return try runTool("zipinfo", ["-T", file.path]).output.split(separator: "\n").map(String.init)
    }
}
