import Model

/// The three project lists of DATA.md §3, each sorted by code points.
public struct ProjectLists: Sendable, Equatable, Codable {
    /// Active projects whose latest verification's final grade is 优良.
    public var excellentProjects: [String]
    /// Active 房屋建筑 projects applying for 3 stars whose latest verification
    /// is missing or not 优良.
    public var threeStarIneligible: [String]
    /// 应验未验: active, smart by YE, progress ≥ 40, no verification applied for by YE.
    public var dueUnverified: [String]

    public init(excellentProjects: [String] = [], threeStarIneligible: [String] = [], dueUnverified: [String] = []) {
        self.excellentProjects = excellentProjects
        self.threeStarIneligible = threeStarIneligible
        self.dueUnverified = dueUnverified
    }

    /// The lists for report year `year`.
    public static func compute(projects: [Project], verifications: [Verification], year: Int) -> ProjectLists {
        let rules = ProjectRules(year: year)
        let latest = LatestVerification.byExactProject(verifications, asOf: rules.yearEnd)
        var appliedByYE = Set<ExactString>()
        for v in verifications where v.appliedOn <= rules.yearEnd { appliedByYE.insert(ExactString(v.project)) }

        var lists = ProjectLists()
        for p in projects where rules.isActive(p) {
            let id = ExactString(p.id)
            let latestGrade = latest[id]?.finalGrade
            if latestGrade == .excellent { lists.excellentProjects.append(p.id) }
            if p.category == .building, p.starApplied == 3, latestGrade != .excellent {
                lists.threeStarIneligible.append(p.id)
            }
            if rules.isSmart(p), p.progress >= 40, !appliedByYE.contains(id) { lists.dueUnverified.append(p.id) }
        }
        lists.excellentProjects = lists.excellentProjects.sortedByCodePoints()
        lists.threeStarIneligible = lists.threeStarIneligible.sortedByCodePoints()
        lists.dueUnverified = lists.dueUnverified.sortedByCodePoints()
        return lists
    }
}

/// The latest verification rule of DATA.md §3.
public enum LatestVerification {
    /// Whether `a` is later than `b`: greater verified_on, ties to the greater
    /// 验证编号 by code points.
    public static func isLater(_ a: Verification, than b: Verification) -> Bool {
        if a.verifiedOn != b.verifiedOn { return a.verifiedOn > b.verifiedOn }
        return b.id.precedesByCodePoints(a.id)
    }

    /// Each project's latest verification with verified_on ≤ `day`.
    public static func byProject(_ verifications: [Verification], asOf day: Day) -> [String: Verification] {
        var latest: [String: Verification] = [:]
        for (key, v) in byExactProject(verifications, asOf: day) { latest[key.value] = v }
        return latest
    }

    static func byExactProject(_ verifications: [Verification], asOf day: Day) -> [ExactString: Verification] {
        var latest: [ExactString: Verification] = [:]
        for v in verifications where v.verifiedOn <= day {
            let key = ExactString(v.project)
            if let current = latest[key], !isLater(v, than: current) { continue }
            latest[key] = v
        }
        return latest
    }
}
