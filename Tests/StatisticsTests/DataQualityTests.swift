import Model
import Statistics
import Testing

/// grade_score_mismatch compares each row's 等次 (never the review grade) with the grade its score
/// implies (default thresholds 90 / 80 / 60), over every row whatever its year:
/// 95 优良 ok; 85 优良 ✗ (良好); 59.9 合格 ✗ (不合格); 60 合格 ok; 90 良好 reviewed 优良 ✗ (优良);
/// 70 合格 reviewed 不合格 ok; 10 优良 in 2023 ✗ → 4.
/// With thresholds 85 / 80 / 60: 85 优良 becomes ok, 90 良好 still ✗ → 3.
@Suite struct DataQualityTests {
    static let verifications = [
        Build.verification("Q1", project: "P1", verified: "2025-01-01", score: 95, grade: .excellent),
        Build.verification("Q2", project: "P1", verified: "2025-01-01", score: 85, grade: .excellent),
        Build.verification("Q3", project: "P1", verified: "2025-01-01", score: 59.9, grade: .pass),
        Build.verification("Q4", project: "P1", verified: "2025-01-01", score: 60, grade: .pass),
        Build.verification("Q5", project: "P1", verified: "2025-01-01", score: 90, grade: .good, review: .excellent),
        Build.verification("Q6", project: "P1", verified: "2025-01-01", score: 70, grade: .pass, review: .fail),
        Build.verification("Q7", project: "P1", verified: "2023-01-01", score: 10, grade: .excellent),
    ]
    static let data = Datasets(regions: .jiangsu, projects: [Build.project("P1")], verifications: verifications)

    @Test func mismatchesAndWarnings() {
        let quality = StatisticsCalculator.compute(Self.data, config: Build.config(), warnings: 7).dataQuality
        #expect(quality == DataQuality(gradeScoreMismatch: 4, warnings: 7))
    }

    @Test func thresholdsComeFromConfig() {
        var config = Build.config()
        config.grading = GradingThresholds(excellent: 85, good: 80, pass: 60)
        #expect(StatisticsCalculator.compute(Self.data, config: config).dataQuality.gradeScoreMismatch == 3)
    }
}
