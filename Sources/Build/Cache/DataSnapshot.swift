import Foundation
import Model
import Statistics

/// What reading the datasets and computing the statistics gave: kept in the
/// build cache under the fingerprint of the data, site.yml, the year and the
/// program, so a build after a chapter edit neither parses the CSV files nor
/// computes again (the datasets themselves are read only if a page needs them).
struct DataSnapshot: Codable, Equatable {
    /// The warnings reading the data gave, in order (a build with errors stores no snapshot).
    var diagnostics: [Diagnostic]
    var statistics: ProvinceStatistics

    /// The cache key for data with fingerprint `base` (``BuildInputs/base(_:)``).
    static func key(base: String) -> String { "data snapshot \(base)" }

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return Array(try encoder.encode(self))
    }

    static func decode(_ bytes: [UInt8]) -> DataSnapshot? {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return try? decoder.decode(DataSnapshot.self, from: Data(bytes))
    }
}
