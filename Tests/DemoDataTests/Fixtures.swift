import Foundation
@testable import DemoData

/// A generated province in a temporary directory, removed by ``remove()``.
struct GeneratedProvince {
    let directory: URL
    let summary: DemoDataSummary
    let options: DemoDataOptions

    /// The shipped example's size: 400 projects, 12 devices × 30 days.
    static let exampleOptions = DemoDataOptions(projects: 400, seed: 7, year: 2025, dustDevices: 12, dustDays: 30)

    init(_ options: DemoDataOptions = exampleOptions, label: String = "run") throws {
        directory = try makeTemporaryDirectory(label)
        self.options = options
        summary = try DemoDataGenerator(options: options).write(to: directory)
    }

    func table(_ name: String) throws -> CSVTable {
        try CSVTable(contentsOf: directory.appendingPathComponent(name))
    }

    func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Whether `text` matches the whole regular expression `pattern`.
func matches(_ text: String, _ pattern: String) -> Bool {
    text.range(of: "^" + pattern + "$", options: .regularExpression) != nil
}
