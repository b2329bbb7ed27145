import Model

/// One row of verifications.csv. Scores are in tenths (`873` = 87.3).
struct DemoVerification {
    var id: String
    var project: String
    var appliedOn: Day
    var verifiedOn: Day
    var verifier: String?
    var score: Int
    /// 等次 as written: a grade's label, or `优秀` for some 优良 rows.
    var gradeLabel: String
    var reviewGrade: Grade?
    /// 分项 scores in tenths, in ``VerificationSynthesizer/itemNames`` order; nil = empty cell.
    var items: [Int?]
}

/// Dynamic verifications (数据动态验证) of smart sites over Y−2…Y: applied
/// for at about 40% progress, verified 5–40 days later, a re-verification
/// after a failure, and the data-quality quirks real exports have.
struct VerificationSynthesizer {
    let options: DemoDataOptions

    /// The `分项:` columns, each worth up to 20 of the 80 basic points.
    static let itemNames = ["人员管理", "机械设备", "危大工程", "扬尘监测"]

    func make(projects: [DemoProject]) -> [DemoVerification] {
        var rng = SplitMix64(seed: options.seed, stream: "verifications")
        let year = options.year
        let yearEnd = Day.endOfYear(year)
        let windowStart = Day.startOfYear(year - 2)
        var rows: [DemoVerification] = []
        var quota = Quota()
        for item in projects {
            guard let since = item.project.smartSince, since <= yearEnd else { continue }
            let profile = CityProfiles.profile(for: item.city.code)
            var applied = max(item.day(atShare: 0.4).adding(days: rng.int(in: -30...60)),
                              since.adding(days: rng.int(in: 10...60)))
            // The programme's first verification campaign caught up with older sites.
            if applied < windowStart { applied = windowStart.adding(days: rng.int(in: 0...200)) }
            if let completion = item.project.completionDate, applied > completion.adding(days: -10) {
                applied = completion.adding(days: -rng.int(in: 10...60))
                if applied < windowStart || applied < since { continue }
            }
            guard applied <= yearEnd, quota.take(item.city.code, profile.verifyRate, &rng) else { continue }
            let verified = applied.adding(days: rng.int(in: 5...40))
            guard verified <= yearEnd else { continue }
            let mean = 82 + profile.scoreBias + (item.project.starApplied == 3 ? 6 : 0)
            let score = drawScore(mean: mean, &rng)
            rows.append(row(item, applied: applied, verified: verified, score: score, &rng))
            // A failed site is re-verified after rectification; a few others ask again.
            let grade = GradingThresholds().grade(for: Double(score) / 10)
            if rng.chance(grade == .fail ? 0.7 : 0.05) {
                let again = verified.adding(days: rng.int(in: 60...240))
                let done = again.adding(days: rng.int(in: 5...40))
                if done <= yearEnd {
                    let better = min(1_500, score + rng.int(in: 50...200))
                    rows.append(row(item, applied: again, verified: done, score: better, &rng))
                }
            }
        }
        rows.sort { ($0.verifiedOn, $0.project, $0.appliedOn) < ($1.verifiedOn, $1.project, $1.appliedOn) }
        var sequence: [Int: Int] = [:]
        for index in rows.indices {
            let y = rows[index].verifiedOn.year
            let n = (sequence[y] ?? 0) + 1
            sequence[y] = n
            rows[index].id = "YZ\(y)-\(Apportion.padded(n, 6))"
        }
        addQuirks(&rows, &rng)
        return rows
    }

    /// A score in tenths in 40…150: mostly normal around `mean`, a tail of
    /// failures and some sites with many promotion points.
    private func drawScore(mean: Double, _ rng: inout SplitMix64) -> Int {
        let r = rng.unit()
        let value: Double
        if r < 0.05 {
            value = rng.uniform(40, 60)
        } else if r < 0.10 {
            value = rng.uniform(100, 135)
        } else {
            value = rng.normal(mean: mean, sd: 8)
        }
        return Int((min(150, max(40, value)) * 10).rounded())
    }

    private func row(_ item: DemoProject, applied: Day, verified: Day, score: Int,
                     _ rng: inout SplitMix64) -> DemoVerification {
        let county = RegionTable.jiangsu[item.project.county] ?? item.city
        let grade = GradingThresholds().grade(for: Double(score) / 10)
        return DemoVerification(
            id: "", project: item.project.id, appliedOn: applied, verifiedOn: verified,
            verifier: Names.verifier(county: county, city: item.city, &rng), score: score,
            gradeLabel: grade.rawValue, reviewGrade: nil, items: items(score: score, &rng))
    }

    /// Splits the basic part of the score (at most 80 points) over the four items.
    private func items(score: Int, _ rng: inout SplitMix64) -> [Int?] {
        let basic = score <= 760 ? score : min(score, rng.int(in: 700...800))
        let weights = (0..<4).map { _ in rng.uniform(0.8, 1.2) }
        let total = weights.reduce(0, +)
        var parts = weights.map { min(200, Int((Double(basic) * $0 / total).rounded())) }
        var rest = basic - parts.reduce(0, +)
        var index = 0
        while rest != 0 {
            if rest > 0 && parts[index] < 200 { parts[index] += 1; rest -= 1 }
            if rest < 0 && parts[index] > 0 { parts[index] -= 1; rest += 1 }
            index = (index + 1) % 4
        }
        var result: [Int?] = parts
        if rng.chance(0.02) { result[3] = nil }  // no dust monitor on site
        return result
    }

    /// `优秀` for some 优良 rows, a 等次 that disagrees with its score for
    /// about 2%, a 复核等次 for about 3%; each at least once in a sizeable file.
    private func addQuirks(_ rows: inout [DemoVerification], _ rng: inout SplitMix64) {
        var counts = (excellentWord: 0, mismatch: 0, review: 0)
        for index in rows.indices {
            let implied = Grade(label: rows[index].gradeLabel)!
            if rng.chance(0.02) || (index == rows.count / 2 && counts.mismatch == 0 && rows.count >= 20) {
                let all = Grade.allCases
                let i = all.firstIndex(of: implied)!
                let shifted = i == 0 ? 1 : i == all.count - 1 ? i - 1 : (rng.chance(0.5) ? i + 1 : i - 1)
                rows[index].gradeLabel = all[shifted].rawValue
                counts.mismatch += 1
            } else if implied == .excellent
                        && (rng.chance(0.06) || (counts.excellentWord == 0 && index >= rows.count * 3 / 4)) {
                rows[index].gradeLabel = "优秀"
                counts.excellentWord += 1
            }
            if rng.chance(0.03) || (index == rows.count / 3 && counts.review == 0 && rows.count >= 20) {
                let given = Grade(label: rows[index].gradeLabel)!
                let all = Grade.allCases
                let i = all.firstIndex(of: given)!
                let r = rng.unit()
                let j = r < 0.3 ? i : r < 0.8 ? max(0, i - 1) : min(all.count - 1, i + 1)
                rows[index].reviewGrade = all[j]
                counts.review += 1
            }
        }
    }
}
