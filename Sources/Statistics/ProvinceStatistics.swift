import Model

/// Everything computed for report year `year`: the value the document model,
/// the charts and stats.json read. Rendering code never recomputes a figure.
public struct ProvinceStatistics: Sendable, Equatable {
    public var year: Int
    public var province: RegionStatistics
    /// The 13 cities, by code.
    public var cities: [RegionStatistics]
    /// The county-level divisions, by code.
    public var counties: [RegionStatistics]
    public var dataQuality: DataQuality

    public init(year: Int, province: RegionStatistics, cities: [RegionStatistics],
                counties: [RegionStatistics], dataQuality: DataQuality) {
        self.year = year
        self.province = province
        self.cities = cities
        self.counties = counties
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
    public var gradeScoreMismatch: Int
    public var warnings: Int
    public init(gradeScoreMismatch: Int = 0, warnings: Int = 0) {
        self.gradeScoreMismatch = gradeScoreMismatch
        self.warnings = warnings
    }
}
