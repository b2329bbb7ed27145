/// One row of 智慧工地数据动态验证结果.
public struct Verification: Hashable, Sendable {
    public var id: String
    public var project: String
    public var appliedOn: Day
    public var verifiedOn: Day
    public var verifier: String?
    public var score: Double
    public var grade: Grade
    public var reviewGrade: Grade?
    /// 分项 scores, in the column order of the file.
    public var itemScores: [ItemScore]

    public init(
        id: String, project: String, appliedOn: Day, verifiedOn: Day, verifier: String? = nil,
        score: Double, grade: Grade, reviewGrade: Grade? = nil, itemScores: [ItemScore] = []
    ) {
        self.id = id
        self.project = project
        self.appliedOn = appliedOn
        self.verifiedOn = verifiedOn
        self.verifier = verifier
        self.score = score
        self.grade = grade
        self.reviewGrade = reviewGrade
        self.itemScores = itemScores
    }

    /// 复核等次 when present, else 等次 (DATA.md §2).
    public var finalGrade: Grade { reviewGrade ?? grade }
}

/// One `分项:NAME` column's value.
public struct ItemScore: Hashable, Sendable {
    public var name: String
    public var score: Double
    public init(name: String, score: Double) {
        self.name = name
        self.score = score
    }
}
