/// A dust (扬尘) monitoring device on a site.
public struct DustDevice: Hashable, Sendable {
    public var id: String
    public var project: String
    public var position: GeoPoint
    public init(id: String, project: String, position: GeoPoint) {
        self.id = id
        self.project = project
        self.position = position
    }
}

/// A national monitoring station (国控点).
public struct Station: Hashable, Sendable {
    public var code: String
    public var name: String
    public var region: String
    public var position: GeoPoint
    public init(code: String, name: String, region: String, position: GeoPoint) {
        self.code = code
        self.name = name
        self.region = region
        self.position = position
    }
}

/// Hourly PM10 of the report year on a dense grid, per device or station.
///
/// Readings are streamed into this grid as they are read, so memory is
/// bounded by sources × hours of one year, whatever the file's size, and
/// results do not depend on the order of rows in the file.
public struct HourlyPM10: Sendable, Equatable {
    public let year: Int
    /// 8760, or 8784 in a leap year.
    public let hoursInYear: Int
    /// Source id (device id or station code) → µg/m³ per hour of the year,
    /// index 0 = 1 January 00:00; `.nan` = no valid reading that hour.
    public var series: [String: [Double]]

    public init(year: Int, series: [String: [Double]] = [:]) {
        self.year = year
        self.hoursInYear = Day.isLeap(year) ? 8784 : 8760
        self.series = series
    }

    /// The grid index of `time`, or nil when it is outside the year.
    public func hourIndex(of time: Timestamp) -> Int? {
        guard time.day.year == year else { return nil }
        return (time.day.ordinal - Day.startOfYear(year).ordinal) * 24 + time.hour
    }
}

/// Longitude and latitude in degrees (WGS-84 as exported).
public struct GeoPoint: Hashable, Sendable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}
