import Foundation
import Model
import Testing
import DemoData

/// What the reports print: realistic projects, verifications, providers, platforms.
@Suite struct ContentTests {
    @Test func projectsAreWellFormedAndRealistic() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        let projects = try run.table("projects.csv")
        let ids = projects.column("项目编号")
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { matches($0, #"JS20\d\d-32\d{4}-\d{4}"#) })
        #expect(ids == ids.sorted())
        let categories = projects.column("工程类别")
        #expect(Set(categories) == Set(ProjectCategory.allCases.map(\.rawValue)))
        let building = categories.filter { $0 == "房屋建筑" }.count
        #expect(building * 2 > categories.count)
        #expect(projects.column("项目名称").allSatisfy { $0.contains("工程") || $0.contains("项目") })
        #expect(projects.column("联系电话").allSatisfy { matches($0, #"1380000\d{4}"#) })
        #expect(projects.column("项目负责人").allSatisfy { $0.count == 2 && $0.hasSuffix("工") })
        #expect(projects.column("申报星级").allSatisfy { ["0", "1", "2", "3"].contains($0) })
        #expect(projects.column("施工进度").allSatisfy { matches($0, #"\d{1,3}\.\d"#) && Double($0)! <= 100 })

        let yearEnd = "2025-12-31", yearStart = "2025-01-01"
        var active = 0, scope = 0, smartScope = 0, inactive = 0
        for row in projects.rows {
            let value = { (name: String) in row[projects.header.firstIndex(of: name)!] }
            #expect(["是", "否"].contains(value("智慧工地")))
            #expect((value("智慧工地") == "是") == !value("智慧工地建成日期").isEmpty)
            #expect((value("接入监管平台") == "是") == !value("接入日期").isEmpty)
            if value("接入监管平台") == "是" { #expect(value("智慧工地") == "是") }
            if !value("竣工日期").isEmpty { #expect(value("竣工日期") >= value("开工日期")) }
            #expect(matches(value("开工日期"), #"20\d\d-\d\d-\d\d"#))
            let isActive = value("开工日期") <= yearEnd && (value("竣工日期").isEmpty || value("竣工日期") >= yearStart)
            guard isActive else { inactive += 1; continue }
            active += 1
            if value("政府投资") == "是" && value("规模以上") == "是" {
                scope += 1
                if value("智慧工地") == "是" && value("智慧工地建成日期") <= yearEnd { smartScope += 1 }
            }
        }
        #expect(inactive > 0)
        let scopeShare = Double(scope) / Double(active)
        #expect(scopeShare > 0.25 && scopeShare < 0.45, "scope share \(scopeShare)")
        let coverage = Double(smartScope) / Double(scope)
        #expect(coverage > 0.78 && coverage < 0.97, "coverage \(coverage)")

        // Every named provider exists in providers.csv.
        let providers = Set(try run.table("providers.csv").column("服务商名称"))
        #expect(projects.column("集成服务商").allSatisfy { $0.isEmpty || providers.contains($0) })
    }

    @Test func providersHaveValidJiangsuCreditCodes() throws {
        for seed: UInt64 in [1, 2, 3, 99] {
            let run = try GeneratedProvince(DemoDataOptions(projects: 200, seed: seed, dustDevices: 0, dustDays: 0))
            defer { run.remove() }
            let table = try run.table("providers.csv")
            #expect((15...20).contains(table.rows.count))
            #expect(Set(table.column("服务商名称")).count == table.rows.count)
            let codes = table.column("统一社会信用代码")
            #expect(Set(codes).count == codes.count)
            for code in codes {
                #expect(CreditCode.isValid(code), "\(code)")
                #expect(code.hasPrefix("91"))
                let division = String(code.dropFirst(2).prefix(6))
                #expect(RegionTable.jiangsu[division] != nil, "\(code): \(division) is not a Jiangsu division")
            }
        }
    }

    @Test func verificationsHaveAllGradesAndTheExportQuirks() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        let table = try run.table("verifications.csv")
        let projectIDs = Set(try run.table("projects.csv").column("项目编号"))
        let grades = table.column("等次")
        for grade in ["不合格", "合格", "良好", "优良", "优秀"] {
            #expect(grades.contains(grade), "no \(grade)")
        }
        #expect(grades.allSatisfy { Grade(label: $0) != nil })
        let ids = table.column("验证编号")
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { matches($0, #"YZ202[345]-\d{6}"#) })
        #expect(table.column("项目编号").allSatisfy(projectIDs.contains))

        let thresholds = GradingThresholds()
        var mismatches = 0, reviews = 0, overHundred = 0
        for row in table.rows {
            let value = { (name: String) in row[table.header.firstIndex(of: name)!] }
            let score = try #require(Double(value("得分")))
            #expect(score >= 40 && score <= 150)
            if score > 100 { overHundred += 1 }
            if thresholds.grade(for: score) != Grade(label: value("等次")) { mismatches += 1 }
            if !value("复核等次").isEmpty {
                reviews += 1
                #expect(Grade(rawValue: value("复核等次")) != nil)
            }
            let applied = value("申请日期"), verified = value("验证日期")
            #expect(applied <= verified)
            #expect(verified >= "2023-01-01" && verified <= "2025-12-31")
            #expect(value("验证编号").hasPrefix("YZ" + verified.prefix(4)))
            // Items: at most 20 points each, at most 80 together, never above the score.
            let items = ["分项:人员管理", "分项:机械设备", "分项:危大工程", "分项:扬尘监测"].compactMap { Double(value($0)) }
            #expect(items.allSatisfy { $0 >= 0 && $0 <= 20 })
            #expect(items.reduce(0, +) <= min(score, 80) + 0.05)
        }
        let share = Double(mismatches) / Double(table.rows.count)
        #expect(mismatches > 0 && share < 0.06, "mismatch share \(share)")
        #expect(reviews > 0 && Double(reviews) / Double(table.rows.count) < 0.08)
        #expect(overHundred > 0 && overHundred * 5 < table.rows.count)
        // Some projects were verified twice.
        let perProject = Dictionary(grouping: table.column("项目编号"), by: { $0 })
        #expect(perProject.values.contains { $0.count >= 2 })
    }

    @Test func platformsCoverEveryCounty() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        let table = try run.table("platforms.csv")
        let regions = table.column("区划代码")
        let counties = regions.filter { RegionTable.jiangsu[$0]?.level == .county }
        #expect(counties.sorted() == RegionTable.jiangsu.counties.map(\.code))
        #expect(regions.allSatisfy { RegionTable.jiangsu[$0] != nil })
        var afterYearEnd = 0
        for row in table.rows {
            let status = try #require(PlatformStatus(rawValue: row[1]))
            #expect((status == .built || status == .shared) == !row[2].isEmpty)
            if row[2] > "2025-12-31" { afterYearEnd += 1 }
        }
        #expect(afterYearEnd > 0)
        let statuses = Set(table.column("平台状态"))
        #expect(statuses == Set(PlatformStatus.allCases.map(\.rawValue)))
        #expect(table.column("平台状态").filter { $0 == "已建成" }.count * 2 > table.rows.count)
    }

    @Test func providerMetricsAreMonthlyPercentages() throws {
        let run = try GeneratedProvince()
        defer { run.remove() }
        let table = try run.table("provider_metrics.csv")
        let providers = Set(try run.table("providers.csv").column("服务商名称"))
        let projects = Set(try run.table("projects.csv").column("项目编号"))
        var projectsInYear: [String: Set<String>] = [:]
        for row in table.rows {
            #expect(providers.contains(row[0]))
            #expect(projects.contains(row[1]))
            #expect(matches(row[2], #"202[45]-(0[1-9]|1[0-2])"#))
            for rate in row[3...5] {
                #expect(matches(rate, #"\d{1,3}\.\d"#) && Double(rate)! <= 100, "\(rate)")
            }
            if row[2].hasPrefix("2025") { projectsInYear[row[0], default: []].insert(row[1]) }
        }
        let sizes = projectsInYear.values.map(\.count)
        #expect(sizes.contains { $0 < 3 }, "no provider short of samples")
        #expect(sizes.filter { $0 >= 3 }.count >= 10)
        #expect(table.column("月份").contains("2024-12"))
    }
}
