/// A project of the 项目清单 (DATA.md §2 "projects").
///
/// The personal columns (项目负责人, 联系电话) are deliberately absent: they are
/// dropped when the file is read so they can never reach output.
public struct Project: Hashable, Sendable {
    public var id: String
    public var name: String
    /// County-level 区划代码.
    public var county: String
    public var category: ProjectCategory
    public var governmentFunded: Bool
    public var aboveScale: Bool
    /// 合同价, in 万元.
    public var contractValue: Double?
    public var owner: String?
    public var contractor: String
    public var provider: String?
    public var startDate: Day
    public var completionDate: Day?
    /// 施工进度, percent 0–100.
    public var progress: Double
    public var smartSite: Bool
    public var smartSince: Day?
    public var connected: Bool
    public var connectedSince: Day?
    public var superDangerous: Bool
    public var superDangerousControlled: Bool
    public var standardEvaluationOnline: Bool
    public var onlineOrders: Bool
    public var jiananCode: Bool
    /// 申报星级, 0–3.
    public var starApplied: Int

    public init(
        id: String, name: String, county: String, category: ProjectCategory,
        governmentFunded: Bool, aboveScale: Bool, contractValue: Double? = nil,
        owner: String? = nil, contractor: String, provider: String? = nil,
        startDate: Day, completionDate: Day? = nil, progress: Double = 0,
        smartSite: Bool, smartSince: Day? = nil, connected: Bool = false,
        connectedSince: Day? = nil, superDangerous: Bool = false,
        superDangerousControlled: Bool = false, standardEvaluationOnline: Bool = false,
        onlineOrders: Bool = false, jiananCode: Bool = false, starApplied: Int = 0
    ) {
        self.id = id
        self.name = name
        self.county = county
        self.category = category
        self.governmentFunded = governmentFunded
        self.aboveScale = aboveScale
        self.contractValue = contractValue
        self.owner = owner
        self.contractor = contractor
        self.provider = provider
        self.startDate = startDate
        self.completionDate = completionDate
        self.progress = progress
        self.smartSite = smartSite
        self.smartSince = smartSince
        self.connected = connected
        self.connectedSince = connectedSince
        self.superDangerous = superDangerous
        self.superDangerousControlled = superDangerousControlled
        self.standardEvaluationOnline = standardEvaluationOnline
        self.onlineOrders = onlineOrders
        self.jiananCode = jiananCode
        self.starApplied = starApplied
    }
}
