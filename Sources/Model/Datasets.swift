/// Everything read from `content/data/`: the input of the statistics.
///
/// An optional dataset that was not supplied is nil, so a statistic that
/// needs it can report "unavailable" instead of inventing a value.
public struct Datasets: Sendable {
    public var regions: RegionTable
    public var projects: [Project]
    public var verifications: [Verification]?
    public var platforms: [Platform]?
    public var providers: [Provider]?
    public var providerMetrics: [ProviderMetric]?
    public var dustDevices: [DustDevice]?
    public var dustReadings: HourlyPM10?
    public var stations: [Station]?
    public var stationReadings: HourlyPM10?

    public init(
        regions: RegionTable, projects: [Project], verifications: [Verification]? = nil,
        platforms: [Platform]? = nil, providers: [Provider]? = nil,
        providerMetrics: [ProviderMetric]? = nil, dustDevices: [DustDevice]? = nil,
        dustReadings: HourlyPM10? = nil, stations: [Station]? = nil,
        stationReadings: HourlyPM10? = nil
    ) {
        self.regions = regions
        self.projects = projects
        self.verifications = verifications
        self.platforms = platforms
        self.providers = providers
        self.providerMetrics = providerMetrics
        self.dustDevices = dustDevices
        self.dustReadings = dustReadings
        self.stations = stations
        self.stationReadings = stationReadings
    }
}
