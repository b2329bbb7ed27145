import Model

/// Everything computed for report year `year`: the value the document model,
/// the charts and stats.json read. Rendering code never recomputes a figure.
public struct ProvinceStatistics: Sendable, Equatable, Codable {
    public var year: Int
    public var province: RegionStatistics
    /// The cities, by code, with `score` and `rank`.
    public var cities: [RegionStatistics]
    /// The county-level divisions, by code.
    public var counties: [RegionStatistics]
    /// The provider ranking; nil when there is no provider_metrics dataset.
    public var providers: [ProviderStatistics]?
    /// The three project lists; nil when there is no verifications dataset
    /// (every list depends on verifications).
    public var lists: ProjectLists?
    /// The dust analysis; nil when there is no dust_devices dataset.
    public var dust: DustStatistics?
    /// Years Y−4 … Y, ascending.
    public var trend: [TrendYear]
    public var dataQuality: DataQuality

    public init(year: Int, province: RegionStatistics, cities: [RegionStatistics],
                counties: [RegionStatistics], providers: [ProviderStatistics]? = nil,
                lists: ProjectLists? = nil, dust: DustStatistics? = nil, trend: [TrendYear] = [],
                dataQuality: DataQuality) {
        self.year = year
        self.province = province
        self.cities = cities
        self.counties = counties
        self.providers = providers
        self.lists = lists
        self.dust = dust
        self.trend = trend
        self.dataQuality = dataQuality
    }

    /// A city or county by code, or the province.
    public func region(_ code: String) -> RegionStatistics? {
        if code == province.code { return province }
        return cities.first { $0.code == code } ?? counties.first { $0.code == code }
    }
}

/// Counts about the inputs themselves.
public struct DataQuality: Sendable, Equatable, Codable {
    /// Verification rows (all years) whose 等次 differs from the grade their score implies.
    public var gradeScoreMismatch: Int
    /// The run's total number of warnings of any kind.
    public var warnings: Int
    public init(gradeScoreMismatch: Int = 0, warnings: Int = 0) {
        self.gradeScoreMismatch = gradeScoreMismatch
        self.warnings = warnings
    }
}
