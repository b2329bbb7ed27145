import Model
import Statistics
import Testing

/// Lists for Y = 2025 (YE = 2025-12-31); projects are active 房屋建筑 unless said otherwise.
/// - L1: star 3, smart, progress 40; verified twice on 2025-06-01: "V10" 合格 and "V9" 优良. The tie
///   goes to the greater id by code points, "V9" ('9' > '1') → latest 优良 → excellent, 3-star eligible;
///   applied 2025-05-01 → not due.
/// - L2: star 3; 优良 on 2025-03-01, 不合格 on 2026-01-05 (after YE, ignored) → excellent, eligible.
/// - L3: star 3; 优良 reviewed 良好 → final 良好 → 3-star ineligible, not excellent.
/// - L4: star 3, never verified → ineligible.  L5: 市政基础设施, star 3, never verified → not listed.
/// - L6: completed 2024-12-31 (inactive), star 3, 优良 in 2024 → in no list.
/// - L7: smart, progress exactly 40, never verified → due.  L8: same with progress 39.9 → not due.
/// - L9: smart only from 2026-01-01, progress 80 → not smart by YE → not due.
/// - L10: smart, progress 50, applied 2026-01-02 → no application by YE → due.
/// - L11: smart, progress 50, applied 2025-12-31, verified 2026-01-10 → applied by YE → not due;
///   no verification ≤ YE → no latest.
/// - L12: 不合格 reviewed 优良 → excellent.
/// Sorted by code points: excellent L1, L12, L2; ineligible L3, L4; due L10, L7.
@Suite struct ProjectListsTests {
    static let projects = [
        Build.project("L1", progress: 40, smartSince: "2025-01-01", starApplied: 3),
        Build.project("L2", starApplied: 3),
        Build.project("L3", starApplied: 3),
        Build.project("L4", starApplied: 3),
        Build.project("L5", category: .municipal, starApplied: 3),
        Build.project("L6", start: "2023-01-01", completion: "2024-12-31", starApplied: 3),
        Build.project("L7", progress: 40, smartSince: "2025-01-01"),
        Build.project("L8", progress: 39.9, smartSince: "2025-01-01"),
        Build.project("L9", progress: 80, smartSince: "2026-01-01"),
        Build.project("L10", progress: 50, smartSince: "2024-06-01"),
        Build.project("L11", progress: 50, smartSince: "2024-06-01"),
        Build.project("L12"),
    ]
    static let verifications = [
        Build.verification("V10", project: "L1", applied: "2025-05-01", verified: "2025-06-01", grade: .pass),
        Build.verification("V9", project: "L1", applied: "2025-05-01", verified: "2025-06-01", score: 95, grade: .excellent),
        Build.verification("V20", project: "L2", verified: "2025-03-01", score: 95, grade: .excellent),
        Build.verification("V21", project: "L2", verified: "2026-01-05", score: 10, grade: .fail),
        Build.verification("V30", project: "L3", verified: "2025-04-01", score: 95, grade: .excellent, review: .good),
        Build.verification("V60", project: "L6", verified: "2024-04-01", score: 95, grade: .excellent),
        Build.verification("V100", project: "L10", applied: "2026-01-02", verified: "2026-02-01"),
        Build.verification("V110", project: "L11", applied: "2025-12-31", verified: "2026-01-10"),
        Build.verification("V120", project: "L12", verified: "2025-08-01", score: 50, grade: .fail, review: .excellent),
    ]

    @Test func threeLists() {
        let lists = ProjectLists.compute(projects: Self.projects, verifications: Self.verifications, year: 2025)
        #expect(lists.excellentProjects == ["L1", "L12", "L2"])
        #expect(lists.threeStarIneligible == ["L3", "L4"])
        #expect(lists.dueUnverified == ["L10", "L7"])
    }

    @Test func latestVerificationTieGoesToGreaterID() throws {
        let latest = LatestVerification.byProject(Self.verifications, asOf: Build.day("2025-12-31"))
        #expect(latest["L1"]?.id == "V9")
        #expect(latest["L2"]?.id == "V20")
        #expect(latest["L11"] == nil)
        let a = Self.verifications[0], b = Self.verifications[1]
        #expect(LatestVerification.isLater(b, than: a))
        #expect(!LatestVerification.isLater(a, than: b))
    }

    @Test func listsComeThroughTheCalculator() throws {
        let data = Datasets(regions: .jiangsu, projects: Self.projects, verifications: Self.verifications)
        let lists = try #require(StatisticsCalculator.compute(data, config: Build.config()).lists)
        #expect(lists.excellentProjects == ["L1", "L12", "L2"])
    }
}
