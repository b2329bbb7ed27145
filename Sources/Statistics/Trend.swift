/// One year of the trend (DATA.md §3 "Trend"): the report year's definitions
/// with T in place of Y.
public struct TrendYear: Sendable, Equatable, Codable {
    public var year: Int
    public var province: TrendFigures
    /// By code.
    public var cities: [TrendFigures]

    public init(year: Int, province: TrendFigures, cities: [TrendFigures]) {
        self.year = year
        self.province = province
        self.cities = cities
    }
}

/// The trended figures of one region in one year.
public struct TrendFigures: Sendable, Equatable, Codable {
    public var code: String
    public var smartCoverage: Double?
    public var connectionRate: Double?
    public var platformCoverage: Double?
    /// nil when there is no verifications dataset.
    public var verificationsTotal: Int?
    public var excellentRate: Double?

    public init(code: String, smartCoverage: Double?, connectionRate: Double?, platformCoverage: Double?,
                verificationsTotal: Int?, excellentRate: Double?) {
        self.code = code
        self.smartCoverage = smartCoverage
        self.connectionRate = connectionRate
        self.platformCoverage = platformCoverage
        self.verificationsTotal = verificationsTotal
        self.excellentRate = excellentRate
    }

    /// The trended subset of a region's figures.
    public init(_ region: RegionStatistics) {
        self.init(code: region.code, smartCoverage: region.smartCoverage, connectionRate: region.connectionRate,
                  platformCoverage: region.platformCoverage,
                  verificationsTotal: region.verifications.published(region.verifications.total),
                  excellentRate: region.verifications.excellentRate)
    }
}

extension TrendYear {
    init(_ figures: YearFigures, year: Int) {
        self.init(year: year, province: TrendFigures(figures.province), cities: figures.cities.map(TrendFigures.init))
    }
}
