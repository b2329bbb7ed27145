import Foundation
import Model

/// Writes a realistic synthetic province (`smartsite demo-data`): the CSV
/// files of DATA.md §2 for Jiangsu's 13 cities and 95 counties.
///
/// Every value comes from a seeded generator, so the same options give
/// byte-identical files. The hourly dust readings are streamed, so memory
/// stays bounded however many devices and days are asked for.
///
/// ```swift
/// let summary = try DemoDataGenerator(options: .init(projects: 400, seed: 7))
///     .write(to: URL(fileURLWithPath: "content/data"))
/// ```
public struct DemoDataGenerator: Sendable {
    /// What to generate.
    public let options: DemoDataOptions

    /// A generator for `options`; nothing is checked or written until ``write(to:)``.
    public init(options: DemoDataOptions) {
        self.options = options
    }

    /// The file names written, in order.
    public static let fileNames = [
        CSVFiles.projects, CSVFiles.verifications, CSVFiles.platforms, CSVFiles.providers,
        CSVFiles.providerMetrics, CSVFiles.dustDevices, CSVFiles.dustReadings,
        CSVFiles.stations, CSVFiles.stationReadings,
    ]

    /// Writes all files into `directory` (created if missing; files of the
    /// same names are replaced, other files are left alone).
    ///
    /// - Throws: ``DemoDataError`` for invalid options or a file that cannot be written.
    public func write(to directory: URL) throws -> DemoDataSummary {
        try options.validate()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw DemoDataError.cannotWrite(path: directory.path, reason: String(describing: error))
        }
        let regions = RegionTable.jiangsu
        var projects = ProjectSynthesizer(options: options, regions: regions).make()
        let providers = ProviderSynthesizer(options: options, regions: regions).make(assigningTo: &projects)
        let verifications = VerificationSynthesizer(options: options).make(projects: projects)
        let platforms = PlatformSynthesizer(options: options, regions: regions).make()
        let metrics = ProviderMetricSynthesizer(options: options).make(providers: providers, projects: projects)
        let sites = DustSiteSynthesizer(options: options, regions: regions)
        let stations = sites.stations()
        let devices = sites.devices(projects: projects, stations: stations)
        let dust = DustReadingSynthesizer(options: options, stations: stations, devices: devices)
        let series = dust.stationSeries()
        let stamps = dust.timestamps()

        var files: [DemoDataSummary.File] = []
        func file(_ name: String, _ header: [String], _ body: (ByteWriter) throws -> Void) throws {
            let writer = try ByteWriter(path: directory.appendingPathComponent(name).path, header: header)
            try body(writer)
            let bytes = try writer.close()
            files.append(DemoDataSummary.File(name: name, rows: writer.rows, bytes: bytes))
        }
        try file(CSVFiles.projects, CSVFiles.projectHeader) { try CSVFiles.write(projects, to: $0) }
        try file(CSVFiles.verifications, CSVFiles.verificationHeader) { try CSVFiles.write(verifications, to: $0) }
        try file(CSVFiles.platforms, CSVFiles.platformHeader) { try CSVFiles.write(platforms, to: $0) }
        try file(CSVFiles.providers, CSVFiles.providerHeader) { try CSVFiles.write(providers, to: $0) }
        try file(CSVFiles.providerMetrics, CSVFiles.metricHeader) { try CSVFiles.write(metrics, to: $0) }
        try file(CSVFiles.dustDevices, CSVFiles.deviceHeader) { try CSVFiles.write(devices, to: $0) }
        try file(CSVFiles.dustReadings, CSVFiles.readingHeader) {
            try dust.writeDevices(series: series, stamps: stamps, to: $0)
        }
        try file(CSVFiles.stations, CSVFiles.stationHeader) { try CSVFiles.write(stations, to: $0) }
        try file(CSVFiles.stationReadings, CSVFiles.stationReadingHeader) {
            try dust.writeStations(series: series, stamps: stamps, to: $0)
        }
        return DemoDataSummary(files: files)
    }
}
