/// An administrative division: the province, a city (设区市) or a county-level division (县级).
public struct Region: Hashable, Sendable {
    /// Six-digit 区划代码, kept as text ("320100").
    public let code: String
    public let name: String
    public let level: RegionLevel
    /// Code of the parent division; nil for the province.
    public let parent: String?

    public init(code: String, name: String, level: RegionLevel, parent: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
    }
}

/// The three levels DATA.md knows.
public enum RegionLevel: String, CaseIterable, Sendable {
    case province = "省"
    case city = "设区市"
    case county = "县级"
}
