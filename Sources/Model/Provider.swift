/// 集成服务商.
public struct Provider: Hashable, Sendable {
    public var name: String
    /// 统一社会信用代码 (GB 32100-2015).
    public var creditCode: String

    public init(name: String, creditCode: String) {
        self.name = name
        self.creditCode = creditCode
    }
}

/// One monthly row of 服务商运营质量; rates are fractions in [0, 1].
public struct ProviderMetric: Hashable, Sendable {
    public var provider: String
    public var project: String
    public var month: YearMonth
    public var onlineRate: Double
    public var timelyRate: Double
    public var completeRate: Double

    public init(provider: String, project: String, month: YearMonth,
                onlineRate: Double, timelyRate: Double, completeRate: Double) {
        self.provider = provider
        self.project = project
        self.month = month
        self.onlineRate = onlineRate
        self.timelyRate = timelyRate
        self.completeRate = completeRate
    }
}
