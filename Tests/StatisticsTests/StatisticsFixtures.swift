import Model
import Statistics

/// Builders for the hand-made datasets of the statistics tests: every
/// project defaults to an active (started 2024-01-01, not completed),
/// government-funded, above-scale 房屋建筑 project that is not a smart site.
enum Build {
    /// `"2025-03-07"` as a Day.
    static func day(_ iso: String) -> Day {
        let parts = iso.split(separator: "-").map { Int($0)! }
        return Day(year: parts[0], month: parts[1], day: parts[2])!
    }

    static func project(
        _ id: String, county: String = "320102", category: ProjectCategory = .building,
        governmentFunded: Bool = true, aboveScale: Bool = true,
        start: String = "2024-01-01", completion: String? = nil, progress: Double = 0,
        smartSince: String? = nil, connectedSince: String? = nil,
        superDangerous: Bool = false, superDangerousControlled: Bool = false,
        standardEvaluationOnline: Bool = false, onlineOrders: Bool = false, jiananCode: Bool = false,
        starApplied: Int = 0
    ) -> Project {
        Project(
            id: id, name: "项目\(id)", county: county, category: category,
            governmentFunded: governmentFunded, aboveScale: aboveScale, contractor: "施工单位",
            startDate: day(start), completionDate: completion.map(day), progress: progress,
            smartSite: smartSince != nil, smartSince: smartSince.map(day),
            connected: connectedSince != nil, connectedSince: connectedSince.map(day),
            superDangerous: superDangerous, superDangerousControlled: superDangerousControlled,
            standardEvaluationOnline: standardEvaluationOnline, onlineOrders: onlineOrders,
            jiananCode: jiananCode, starApplied: starApplied)
    }

    static func verification(
        _ id: String, project: String, applied: String? = nil, verified: String,
        score: Double = 75, grade: Grade = .pass, review: Grade? = nil
    ) -> Verification {
        Verification(id: id, project: project, appliedOn: day(applied ?? verified), verifiedOn: day(verified),
                     score: score, grade: grade, reviewGrade: review)
    }

    static func metric(_ provider: String, _ project: String, _ month: String,
                       _ online: Double, _ timely: Double, _ complete: Double) -> ProviderMetric {
        let parts = month.split(separator: "-").map { Int($0)! }
        return ProviderMetric(provider: provider, project: project, month: YearMonth(year: parts[0], month: parts[1])!,
                              onlineRate: online, timelyRate: timely, completeRate: complete)
    }

    /// 江苏省 with one city (南京市) and one county (玄武区): small enough for a golden file.
    static let tinyRegions = RegionTable(regions: [
        Region(code: "320000", name: "江苏省", level: .province, parent: nil),
        Region(code: "320100", name: "南京市", level: .city, parent: "320000"),
        Region(code: "320102", name: "玄武区", level: .county, parent: "320100"),
    ])

    static func config(year: Int = 2025) -> SiteConfig { SiteConfig(title: "测试", year: year) }
}
