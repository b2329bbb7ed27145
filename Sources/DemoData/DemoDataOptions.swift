/// What `smartsite demo-data` should generate.
///
/// The same options always give byte-identical files (on one platform: the
/// seasonal curves go through the C library's `exp` and `cos`).
public struct DemoDataOptions: Sendable, Equatable {
    /// Number of projects in projects.csv (≥ 1).
    public var projects: Int
    /// Seed of every random draw.
    public var seed: UInt64
    /// The report year Y: data spans Y−4…Y, verifications Y−2…Y, metrics and readings end in Y.
    public var year: Int
    /// Number of dust devices; nil = about 15% of projects, at most ``defaultDeviceCap``.
    public var dustDevices: Int?
    /// Days of hourly dust and station readings, ending on 31 December of ``year``.
    public var dustDays: Int

    /// The most devices the default (``dustDevices`` = nil) asks for.
    public static let defaultDeviceCap = 3_000

    /// Options with the shipped example's defaults: 400 projects, seed 1,
    /// report year 2025, devices for about 15% of projects, a full year of readings.
    public init(projects: Int = 400, seed: UInt64 = 1, year: Int = 2025,
                dustDevices: Int? = nil, dustDays: Int = 365) {
        self.projects = projects
        self.seed = seed
        self.year = year
        self.dustDevices = dustDevices
        self.dustDays = dustDays
    }

    /// The number of dust devices these options produce.
    public var resolvedDustDevices: Int {
        if let dustDevices { return dustDevices }
        let share = (Double(projects) * 0.15).rounded()
        return min(Self.defaultDeviceCap, Int(share))
    }

    /// Checks the options, naming the first one out of range.
    public func validate() throws(DemoDataError) {
        guard projects >= 1 && projects <= 1_000_000 else {
            throw .invalidOption(name: "projects", value: String(projects), expected: "1…1000000")
        }
        guard year >= 2005 && year <= 2100 else {
            throw .invalidOption(name: "year", value: String(year), expected: "2005…2100")
        }
        if let dustDevices, dustDevices < 0 || dustDevices > 100_000 {
            throw .invalidOption(name: "dust-devices", value: String(dustDevices), expected: "0…100000")
        }
        guard dustDays >= 0 && dustDays <= 3_660 else {
            throw .invalidOption(name: "dust-days", value: String(dustDays), expected: "0…3660")
        }
    }
}

/// Why demo data could not be written.
public enum DemoDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An option is out of range.
    case invalidOption(name: String, value: String, expected: String)
    /// A file could not be created or written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .invalidOption(name, value, expected):
            return "demo-data: --\(name) \(value) is out of range (expected \(expected))"
        case let .cannotWrite(path, reason):
            return "demo-data: cannot write \(path): \(reason)"
        }
    }
}
