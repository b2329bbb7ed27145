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

/// An hourly reading of a device or a station, in µg/m³; nil is missing.
public struct DustReading: Hashable, Sendable {
    /// Device id or station code.
    public var source: String
    public var time: Timestamp
    public var pm10: Double?
    public var pm25: Double?
    public init(source: String, time: Timestamp, pm10: Double?, pm25: Double?) {
        self.source = source
        self.time = time
        self.pm10 = pm10
        self.pm25 = pm25
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
