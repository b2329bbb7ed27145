import Document
import Model
import Statistics

/// Hand-made statistics whose printed figures the tests spell out.
///
/// 南京 320100 (rank 2, score 86.125), 无锡 320200 (rank 1, score 90),
/// 徐州 320300 (nothing, rank 3); counties 玄武区, 秦淮区, 鼓楼区 of 南京,
/// 锡山区 of 无锡 and 鼓楼区 of 徐州; three providers, one unranked.
enum DocumentFixture {
    static func region(_ code: String, _ name: String, active: Int, scope: Int, smartScope: Int, smartSites: Int,
                       connected: Int, coverage: Double?, connection: Double?, platform: Double?,
                       grades: (Int, Int, Int, Int)? = nil) -> RegionStatistics {
        var region = RegionStatistics(code: code, name: name)
        region.activeProjects = active
        region.scopeProjects = scope
        region.smartScopeProjects = smartScope
        region.smartSites = smartSites
        region.connectedSites = connected
        region.smartCoverage = coverage
        region.connectionRate = connection
        region.platformCoverage = platform
        if let (fail, pass, good, excellent) = grades {
            var v = VerificationCounts()
            v.fail = fail
            v.pass = pass
            v.good = good
            v.excellent = excellent
            v.total = fail + pass + good + excellent
            v.passRate = v.total == 0 ? nil : Double(pass + good + excellent) / Double(v.total)
            v.excellentRate = v.total == 0 ? nil : Double(excellent) / Double(v.total)
            region.verifications = v
        }
        return region
    }

    static let statistics: ProvinceStatistics = {
        let province = region("320000", "江苏省", active: 1234, scope: 400, smartScope: 350, smartSites: 900,
                              connected: 810, coverage: 0.875, connection: 0.9, platform: 2.0 / 3, grades: (5, 20, 30, 45))
        var nanjing = region("320100", "南京市", active: 1000, scope: 300, smartScope: 270, smartSites: 700,
                             connected: 630, coverage: 0.9, connection: 0.9, platform: 1, grades: (3, 12, 20, 25))
        nanjing.score = 86.125
        nanjing.rank = 2
        var wuxi = region("320200", "无锡市", active: 234, scope: 100, smartScope: 80, smartSites: 200,
                          connected: 180, coverage: 0.8, connection: 0.9, platform: 0.5, grades: (2, 8, 10, 20))
        wuxi.score = 90
        wuxi.rank = 1
        var xuzhou = region("320300", "徐州市", active: 0, scope: 0, smartScope: 0, smartSites: 0,
                            connected: 0, coverage: nil, connection: nil, platform: 0, grades: (0, 0, 0, 0))
        xuzhou.score = 0
        xuzhou.rank = 3
        let counties = [
            region("320102", "玄武区", active: 600, scope: 200, smartScope: 170, smartSites: 400,
                   connected: 380, coverage: 0.85, connection: 0.95, platform: 1),
            region("320104", "秦淮区", active: 300, scope: 60, smartScope: 60, smartSites: 200,
                   connected: 150, coverage: 1, connection: 0.75, platform: 1),
            region("320106", "鼓楼区", active: 100, scope: 40, smartScope: 40, smartSites: 100,
                   connected: 100, coverage: 1, connection: 1, platform: 0),
            region("320205", "锡山区", active: 234, scope: 100, smartScope: 80, smartSites: 200,
                   connected: 180, coverage: 0.8, connection: 0.9, platform: 1),
            region("320302", "鼓楼区", active: 0, scope: 0, smartScope: 0, smartSites: 0,
                   connected: 0, coverage: nil, connection: nil, platform: 0),
        ]
        let providers = [
            ProviderStatistics(name: "智联科技", projects: 12, onlineRate: 0.95, timelyRate: 0.9, completeRate: 0.85,
                               score: 90.5, rank: 1),
            ProviderStatistics(name: "筑安<数据>&Co", projects: 1234, onlineRate: 0.9, timelyRate: 0.8, completeRate: 0.7,
                               score: 81, rank: 2),
            ProviderStatistics(name: "新锐", projects: 2, onlineRate: 0.99, timelyRate: 0.99, completeRate: 0.99,
                               score: 99, rank: nil),
        ]
        let lists = ProjectLists(excellentProjects: ["P01", "P02", "P03"], threeStarIneligible: ["P04"],
                                 dueUnverified: ["P05", "P06"])
        let dust = DustStatistics(devices: 10, matchedDevices: 8, comparedDays: 1200, exceedanceDays: 1234,
                                  flatlineDevices: ["D1", "D2"], cities: [])
        let trend = [
            TrendYear(year: 2024, province: TrendFigures(code: "320000", smartCoverage: 0.7, connectionRate: 0.8,
                                                         platformCoverage: 0.5, verificationsTotal: 80, excellentRate: 0.4),
                      cities: [TrendFigures(code: "320100", smartCoverage: 0.75, connectionRate: nil,
                                            platformCoverage: 1, verificationsTotal: 4321, excellentRate: 0.25)]),
            TrendYear(year: 2025, province: TrendFigures(province), cities: [TrendFigures(nanjing)]),
        ]
        return ProvinceStatistics(year: 2025, province: province, cities: [nanjing, wuxi, xuzhou], counties: counties,
                                  providers: providers, lists: lists, dust: dust, trend: trend,
                                  dataQuality: DataQuality())
    }()

    /// The same province with only projects supplied: no providers, lists, dust, verifications or platforms.
    static let projectsOnly: ProvinceStatistics = {
        var s = statistics
        s.providers = nil
        s.lists = nil
        s.dust = nil
        s.province.verifications.isAvailable = false
        s.province.countiesWithPlatform = nil
        s.province.platformCoverage = nil
        for i in s.cities.indices {
            s.cities[i].verifications.isAvailable = false
            s.cities[i].countiesWithPlatform = nil
            s.cities[i].platformCoverage = nil
        }
        return s
    }()

    /// Builds one chapter; the path is `reports/annual/0N-SLUG.md`.
    static func chapter(_ markdown: String, number: Int = 2, slug: String = "coverage",
                        statistics: ProvinceStatistics = statistics) -> (Chapter, Diagnostics) {
        var diagnostics = Diagnostics()
        let source = ChapterSource(number: number, slug: slug, path: "reports/annual/0\(number)-\(slug).md", text: markdown)
        let chapter = ChapterBuilder.build(source, statistics: statistics, values: ValueTable(statistics: statistics),
                                           diagnostics: &diagnostics)
        return (chapter, diagnostics)
    }

    /// The tables of a chapter, in order.
    static func tables(_ chapter: Chapter) -> [Table] {
        chapter.blocks.compactMap { block in
            if case .table(let table) = block { return table }
            return nil
        }
    }

    /// A table's cells as plain text: header first.
    static func cells(_ table: Table) -> [[String]] {
        [table.header.map(\.plainText)] + table.rows.map { $0.map(\.plainText) }
    }
}
