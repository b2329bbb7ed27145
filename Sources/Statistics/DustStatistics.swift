/// The dust analysis of DATA.md §3 (扬尘 vs 国控点), for the report year.
///
/// Present whenever `dust_devices` was supplied. A figure that needs another
/// dust dataset that was not supplied is nil: `matchedDevices` needs
/// `stations`; `comparedDays` and `exceedanceDays` need `stations`,
/// `dust_readings` and `station_readings`; `flatlineDevices` needs `dust_readings`.
public struct DustStatistics: Sendable, Equatable, Codable {
    /// Rows of dust_devices.
    public var devices: Int
    /// Devices with a station within the match radius.
    public var matchedDevices: Int?
    /// Days on which a device and its station both have a daily mean, summed over devices.
    public var comparedDays: Int?
    /// Compared days with device mean − station mean > the threshold, summed over devices.
    public var exceedanceDays: Int?
    /// Devices with a run of ≥ 24 equal consecutive hourly values, sorted by code points.
    public var flatlineDevices: [String]?
    /// Cities with at least one device (by the device's project), by code.
    public var cities: [DustCityStatistics]

    public init(devices: Int, matchedDevices: Int?, comparedDays: Int?, exceedanceDays: Int?,
                flatlineDevices: [String]?, cities: [DustCityStatistics]) {
        self.devices = devices
        self.matchedDevices = matchedDevices
        self.comparedDays = comparedDays
        self.exceedanceDays = exceedanceDays
        self.flatlineDevices = flatlineDevices
        self.cities = cities
    }
}

/// One city's line of the dust analysis.
public struct DustCityStatistics: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var devices: Int
    /// Mean of all daily means of the city's devices (each device-day once), µg/m³;
    /// nil when there is none.
    public var meanPM10: Double?
    /// The city's exceedance days / its compared days; nil when there are no compared days.
    public var exceedanceRate: Double?

    public init(code: String, name: String, devices: Int, meanPM10: Double?, exceedanceRate: Double?) {
        self.code = code
        self.name = name
        self.devices = devices
        self.meanPM10 = meanPM10
        self.exceedanceRate = exceedanceRate
    }
}
