import Document
import Foundation
@testable import HTMLSite
import Model
import Statistics
import Testing
import TestSupport

/// A small hand-made province: 南京 (2 counties) and 无锡 (1 county), three
/// projects (one with markup and quotes in its name), two providers.
enum SiteFixture {
    static let scriptName = "<script>alert(1)</script> & \"引号\"工程"

    static let statistics: ProvinceStatistics = {
        var province = RegionStatistics(code: "320000", name: "江苏省")
        province.smartCoverage = 0.5
        province.activeProjects = 12345
        var nanjing = RegionStatistics(code: "320100", name: "南京市")
        nanjing.smartCoverage = 2.0 / 3.0
        nanjing.connectionRate = 0.875
        nanjing.activeProjects = 9
        nanjing.score = 71.234
        nanjing.rank = 2
        nanjing.countiesTotal = 2
        nanjing.countiesWithPlatform = 1
        nanjing.platformCoverage = 0.5
        var wuxi = RegionStatistics(code: "320200", name: "无锡市")
        wuxi.smartCoverage = 0.96
        wuxi.score = 80
        wuxi.rank = 1
        var xuanwu = RegionStatistics(code: "320102", name: "玄武区")
        xuanwu.smartCoverage = 1
        var qinhuai = RegionStatistics(code: "320104", name: "秦淮区")
        qinhuai.smartCoverage = nil
        qinhuai.verifications.isAvailable = false
        let xishan = RegionStatistics(code: "320205", name: "锡山区")
        let providers = [
            ProviderStatistics(name: "甲智能科技有限公司", projects: 4, onlineRate: 0.9, timelyRate: 0.8,
                               completeRate: 0.7, score: 81.0, rank: 1),
            ProviderStatistics(name: "乙<数据>科技", projects: 1, onlineRate: 1, timelyRate: 1,
                               completeRate: 1, score: 100, rank: nil),
        ]
        let lists = ProjectLists(excellentProjects: ["P01"], threeStarIneligible: ["P01"], dueUnverified: ["P02", "P03"])
        return ProvinceStatistics(year: 2025, province: province, cities: [nanjing, wuxi],
                                  counties: [xuanwu, qinhuai, xishan], providers: providers, lists: lists,
                                  dataQuality: DataQuality())
    }()

    static let datasets: Datasets = {
        let start = Day(year: 2024, month: 3, day: 1)!
        func project(_ id: String, _ name: String, _ county: String, provider: String?) -> Project {
            Project(id: id, name: name, county: county, category: .building, governmentFunded: true, aboveScale: true,
                    contractor: "\(id)建设公司", provider: provider, startDate: start, progress: 60, smartSite: true,
                    smartSince: start)
        }
        return Datasets(regions: .jiangsu, projects: [
            project("P01", scriptName, "320102", provider: "甲智能科技有限公司"),
            project("P02", "秦淮区乙学校工程", "320104", provider: nil),
            project("P03", "锡山区丙道路工程", "320205", provider: "甲智能科技有限公司"),
        ])
    }()

    static let templates: TemplateSet = {
        var diagnostics = Diagnostics()
        let set = TemplateSet(directory: Fixtures.repositoryRoot.appendingPathComponent("templates"),
                              diagnostics: &diagnostics)
        precondition(diagnostics.items.isEmpty, "templates: \(diagnostics.items)")
        return set
    }()

    static let chapter = Chapter(number: 1, slug: "overview", title: "总体<情况>", source: "x.md",
                                 blocks: [.paragraph([.text("正文")])])

    static let publications = [
        Publication(kind: .annual, title: "年度报告", year: 2025, office: "推进办", chapters: [chapter]),
        Publication(kind: .supervision, title: "监督报告", year: 2025, office: "推进办", chapters: [
            Chapter(number: 1, slug: "verification", title: "验证情况", source: "y.md", blocks: []),
        ]),
    ]

    static let about = Chapter(number: 0, slug: "about", title: "关于本站", source: "pages/about.md",
                               blocks: [.paragraph([.text("本站说明。")])])

    /// Stand-ins for the data files, with known sizes.
    static let downloads: [OutputFile] = [
        OutputFile(path: "data/stats.json", bytes: Array(repeating: 32, count: 2048)),
        OutputFile(path: "data/city-ranking.csv", bytes: Array(repeating: 32, count: 800)),
        OutputFile(path: "data/city-ranking.xlsx", bytes: Array(repeating: 32, count: 3 * 1024 * 1024 / 2)),
        OutputFile(path: "data/excellent-projects.csv", bytes: Array(repeating: 32, count: 100)),
        OutputFile(path: "data/excellent-projects.xlsx", bytes: Array(repeating: 32, count: 100)),
    ]

    /// The whole site for a variant of the fixture, by path.
    static func site(config: SiteConfig = SiteConfig(title: "江苏省智慧工地建设发展报告", year: 2025),
                     statistics: ProvinceStatistics = statistics,
                     publications: [Publication] = publications,
                     downloads: [OutputFile] = downloads) throws -> Generated {
        let files = try SiteBuilder(config: config, statistics: statistics, datasets: datasets, templates: templates)
            .build(publications: publications, pages: [about], pdfs: [.annual: "annual/2025/annual-2025.pdf"],
                   downloads: downloads)
        return Generated(files: files + downloads + [OutputFile(path: "annual/2025/annual-2025.pdf", bytes: [])])
    }

    /// The files of a generated site.
    struct Generated {
        let files: [OutputFile]
        var paths: Set<String> { Set(files.map(\.path)) }
        var pages: [String: String] {
            var pages: [String: String] = [:]
            for file in files where file.path.hasSuffix(".html") {
                pages[file.path] = String(decoding: file.bytes, as: UTF8.self)
            }
            return pages
        }

        func page(_ path: String) throws -> String {
            try #require(pages[path], "no page \(path)")
        }
    }
}

/// Expects `text` in `html`, reporting only the missing text (not the whole page).
func expectContains(_ html: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = html.contains(text)
    #expect(found, "missing: \(text)", sourceLocation: sourceLocation)
}

/// Expects `text` nowhere in `html`, reporting only the text.
func expectAbsent(_ html: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = html.contains(text)
    #expect(!found, "present: \(text)", sourceLocation: sourceLocation)
}
