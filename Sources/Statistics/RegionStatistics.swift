import Model

/// The figures of DATA.md §3 for one region (province, city or county).
///
/// Every ratio is nil when its denominator is 0, and every figure that needs
/// a dataset that was not supplied is nil ("unavailable, never invented").
public struct RegionStatistics: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var activeProjects: Int
    public var scopeProjects: Int
    public var smartScopeProjects: Int
    /// 规模以上政府投资工程智慧工地覆盖率.
    public var smartCoverage: Double?
    public var smartSites: Int
    public var connectedSites: Int
    /// 智慧工地接入监管平台率.
    public var connectionRate: Double?
    public var countiesTotal: Int
    /// County-level divisions with a running platform of their own; nil when
    /// there is no platforms dataset.
    public var countiesWithPlatform: Int?
    public var platformCoverage: Double?
    public var five: FiveCoverages
    public var verifications: VerificationCounts
    /// 设区市综合排名 score on 0–100; nil for counties and the province.
    public var score: Double?
    /// Standard competition rank among the cities; nil for counties and the province.
    public var rank: Int?

    public init(code: String, name: String) {
        self.code = code
        self.name = name
        activeProjects = 0
        scopeProjects = 0
        smartScopeProjects = 0
        smartSites = 0
        connectedSites = 0
        countiesTotal = 0
        countiesWithPlatform = 0
        five = FiveCoverages()
        verifications = VerificationCounts()
    }
}

/// The "five 全覆盖" shares among active above-scale projects (any funding).
public struct FiveCoverages: Sendable, Equatable, Codable {
    public var smartSite: Double?
    public var superDangerousControl: Double?
    public var standardEvaluation: Double?
    public var onlineOrders: Double?
    public var jiananCode: Double?
    public init() {}
}

/// Verifications of the year by final grade.
public struct VerificationCounts: Sendable, Equatable, Codable {
    /// False when there is no verifications dataset: the counts are then 0
    /// but mean "unknown", and stats.json and pages show them as null / "—".
    public var isAvailable = true
    public var total = 0
    public var fail = 0
    public var pass = 0
    public var good = 0
    public var excellent = 0
    public var passRate: Double?
    public var excellentRate: Double?
    public init() {}

    public subscript(grade: Grade) -> Int {
        switch grade {
        case .fail: fail
        case .pass: pass
        case .good: good
        case .excellent: excellent
        }
    }

    /// A count as published: nil when the dataset is missing.
    public func published(_ count: Int) -> Int? { isAvailable ? count : nil }
}
