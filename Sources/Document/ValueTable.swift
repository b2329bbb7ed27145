import Model
import Statistics

/// Every name a chapter may write as `{{ name }}`, with its value.
///
/// Names follow DATA.md's keys: `year`, `province.smart_coverage`,
/// `cities.320100.verifications.优良`, `cities.南京市.rank` (a city's name
/// stands for its code), `counties.320102.active_projects`, `cities.count`,
/// `providers.count`, `lists.due_unverified.count`, `dust.exceedance_days`,
/// `trend.2024.province.smart_coverage`. See ``ValueNames`` for the full list.
/// A figure whose dataset is missing prints "—".
public struct ValueTable: Sendable {
    private var values: [String: FigureValue] = [:]
    /// All names, sorted, for suggestions.
    public let names: [String]
    /// The datasets charts may draw from beyond the statistics (the dust
    /// scatter and heatmap read the hourly grids) and lists and case facts
    /// name projects from; read when first needed.
    public var datasets: Datasets? { source?.value }
    private let source: Lazy<Datasets>?
    public let dust: DustConfig

    public init(statistics: ProvinceStatistics, datasets: Datasets? = nil, dust: DustConfig = DustConfig()) {
        self.init(statistics: statistics, source: datasets.map { Lazy(value: $0) }, dust: dust)
    }

    /// Values whose datasets are read only if a chapter needs them.
    public init(statistics: ProvinceStatistics, source: Lazy<Datasets>?, dust: DustConfig = DustConfig()) {
        values = ValueNames.collect(statistics)
        names = values.keys.sorted()
        self.source = source
        self.dust = dust
    }

    public subscript(name: String) -> FigureValue? { values[name] }

    /// Up to `limit` known names closest to `name` (edit distance), for error hints.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        // Compare against names sharing the first segment when possible: fewer, better candidates.
        let head = name.split(separator: ".").first.map(String.init) ?? name
        let sameHead = names.filter { $0.hasPrefix(head + ".") || $0 == head }
        let pool = sameHead.isEmpty ? names : sameHead
        let target = Array(name)
        return pool
            .map { ($0, editDistance(target, Array($0))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(limit)
            .map(\.0)
    }
}

/// Levenshtein distance over characters.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
