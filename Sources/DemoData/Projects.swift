import Foundation
import Model

/// A generated project with what the model leaves out: the personal
/// columns (written to projects.csv, never read into ``Project``) and the
/// planned duration the later datasets need.
struct DemoProject {
    var project: Project
    var manager: String
    var phone: String
    /// Planned construction time in days.
    var duration: Int
    /// The city the project's county belongs to.
    var city: Region

    /// The day construction reaches `share` (0…1) of its planned time.
    func day(atShare share: Double) -> Day {
        project.startDate.adding(days: Int((Double(duration) * share).rounded()))
    }

    /// Active at some time in `year` (DATA.md §3's rule for that year).
    func isActive(in year: Int) -> Bool {
        project.startDate <= Day.endOfYear(year)
            && (project.completionDate.map { $0 >= Day.startOfYear(year) } ?? true)
    }

    /// Smart by the end of `day`.
    func isSmart(by day: Day) -> Bool {
        project.smartSite && (project.smartSince.map { $0 <= day } ?? false)
    }
}

/// Builds the 项目清单: counts per city by weight, every county served,
/// attributes drawn by category and by the city's profile.
struct ProjectSynthesizer {
    let options: DemoDataOptions
    let regions: RegionTable

    /// Cities with a metro system; elsewhere 轨道交通 becomes 市政基础设施.
    static let metroCities: Set<String> = ["320100", "320200", "320300", "320400", "320500", "320600"]

    func make() -> [DemoProject] {
        var rng = SplitMix64(seed: options.seed, stream: "projects")
        var sequence: [String: Int] = [:]
        var quota = Quota()
        var result: [DemoProject] = []
        result.reserveCapacity(options.projects)
        let perCity = Apportion.largestRemainder(options.projects,
                                                 weights: regions.cities.map { CityProfiles.profile(for: $0.code).weight })
        for (city, cityCount) in zip(regions.cities, perCity) {
            let counties = regions.counties(of: city.code)
            let perCounty = countyCounts(cityCount, counties: counties, &rng)
            for (county, count) in zip(counties, perCounty) {
                for _ in 0..<count {
                    var item = project(county: county, city: city, &quota, &rng)
                    let key = "\(item.project.startDate.year)-\(county.code)"
                    let seq = (sequence[key] ?? 0) + 1
                    sequence[key] = seq
                    item.project.id = "JS\(item.project.startDate.year)-\(county.code)-\(Apportion.padded(seq, 4))"
                    result.append(item)
                }
            }
        }
        result.sort { $0.project.id < $1.project.id }
        return result
    }

    /// One project per county first when there are enough, the rest by random weights.
    private func countyCounts(_ total: Int, counties: [Region], _ rng: inout SplitMix64) -> [Int] {
        guard !counties.isEmpty else { return [] }
        let weights = counties.map { Geography.isUrbanDistrict($0) ? rng.uniform(0.9, 1.8) : rng.uniform(0.6, 1.3) }
        var counts = [Int](repeating: total >= counties.count ? 1 : 0, count: counties.count)
        for _ in 0..<(total - counts.reduce(0, +)) { counts[rng.weightedIndex(weights)] += 1 }
        return counts
    }

    private func project(county: Region, city: Region, _ quota: inout Quota, _ rng: inout SplitMix64) -> DemoProject {
        let profile = CityProfiles.profile(for: city.code)
        let year = options.year
        let yearEnd = Day.endOfYear(year)

        var category = [ProjectCategory.building, .municipal, .railTransit, .other][rng.weightedIndex([0.68, 0.22, 0.03, 0.07])]
        if category == .railTransit && !Self.metroCities.contains(city.code) { category = .municipal }
        let (govShare, aboveShare, durationRange): (Double, Double, ClosedRange<Int>) = switch category {
        case .building: (0.30, 0.72, 420...1_100)
        case .municipal: (0.85, 0.80, 240...900)
        case .railTransit: (1.0, 1.0, 900...1_800)
        case .other: (0.50, 0.60, 200...700)
        }
        let governmentFunded = quota.take("gov-\(city.code)-\(category.rawValue)", govShare, &rng)
        let aboveScale = quota.take("above-\(city.code)-\(category.rawValue)-\(governmentFunded)", aboveShare, &rng)

        // Most starts in the last four years; a tail of older sites still under way.
        let startYear = year - 6 + rng.weightedIndex([0.04, 0.07, 0.11, 0.15, 0.18, 0.21, 0.24])
        let yearStart = Day.startOfYear(startYear).ordinal
        let lastStart = startYear == year ? yearEnd.ordinal - 11 : Day.endOfYear(startYear).ordinal
        let start = Day(ordinal: rng.int(in: yearStart...lastStart))
        let duration = rng.int(in: durationRange)
        let plannedEnd = start.adding(days: duration)
        let completion: Day? = plannedEnd <= yearEnd ? plannedEnd : nil
        var progress = 100.0
        if completion == nil {
            let elapsed = Double(yearEnd.ordinal - start.ordinal) / Double(duration) * 100
            progress = min(99.5, max(0, elapsed + rng.uniform(-6, 6)))
        }
        // 合同价 in 万元: log-normal around a typical size per category.
        let median: Double = switch category {
        case .building: 12_000
        case .municipal: 18_000
        case .railTransit: 220_000
        case .other: 6_000
        }
        let contractValue = max(300, median * exp(rng.normal(mean: 0, sd: aboveScale ? 0.8 : 0.6)) * (aboveScale ? 1 : 0.25))

        // Smart site: the city's rate for scope projects, less for the rest.
        let smartChance = governmentFunded && aboveScale ? profile.smartRate
            : aboveScale ? 0.6 * profile.smartRate : 0.25
        var smartSince: Day? = nil
        let smartClass = governmentFunded && aboveScale ? "scope" : aboveScale ? "above" : "other"
        if quota.take("smart-\(city.code)-\(smartClass)", smartChance, &rng) {
            var since = start.adding(days: rng.int(in: 10...90))
            // Older sites were often retrofitted when the programme widened (2022 notice).
            if start.year < year - 2 && rng.chance(0.55) {
                let retrofit = Day(ordinal: rng.int(in: Day(year: year - 3, month: 3, day: 1)!.ordinal...Day.endOfYear(year - 1).ordinal))
                since = max(since, retrofit)
            }
            if since > yearEnd { since = max(start, yearEnd.adding(days: -rng.int(in: 0...20))) }
            if completion.map({ since <= $0 }) ?? true { smartSince = since }
        }
        var connectedSince: Day? = nil
        if let since = smartSince, quota.take("connected-\(city.code)", profile.connectRate, &rng) {
            connectedSince = min(yearEnd, since.adding(days: rng.int(in: 0...45)))
        }
        let dangerShare: Double = switch category {
        case .building: 0.20
        case .municipal: 0.35
        case .railTransit: 0.75
        case .other: 0.15
        }
        let superDangerous = rng.chance(dangerShare)
        let push = profile.smartRate - 0.8  // 0 … 0.15: how far along the city is
        let controlled = superDangerous && rng.chance(0.80 + push)
        let standardEvaluation = rng.chance(0.80 + push)
        let onlineOrders = rng.chance(0.74 + push * 1.2)
        let jiananCode = rng.chance(0.66 + push * 1.6)
        var star = rng.weightedIndex([0.60, 0.22, 0.13, 0.05])
        if smartSince != nil && star < 3 && rng.chance(0.06) { star += 1 }

        let (name, owner) = Names.project(category: category, governmentFunded: governmentFunded,
                                          county: county, city: city, &rng)
        let project = Project(
            id: "", name: name,
            county: county.code, category: category, governmentFunded: governmentFunded,
            aboveScale: aboveScale, contractValue: (contractValue * 100).rounded() / 100,
            owner: owner,
            contractor: Names.contractor(category: category, city: city, &rng), provider: nil,
            startDate: start, completionDate: completion, progress: (progress * 10).rounded() / 10,
            smartSite: smartSince != nil, smartSince: smartSince,
            connected: connectedSince != nil, connectedSince: connectedSince,
            superDangerous: superDangerous, superDangerousControlled: controlled,
            standardEvaluationOnline: standardEvaluation, onlineOrders: onlineOrders,
            jiananCode: jiananCode, starApplied: star)
        return DemoProject(project: project, manager: Names.manager(&rng), phone: Names.phone(&rng),
                           duration: duration, city: city)
    }
}

/// Integer helpers shared by the synthesizers.
enum Apportion {
    /// Splits `total` in proportion to `weights` (largest remainder, ties to the first).
    static func largestRemainder(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { Double(total) * $0 / sum }
        var counts = exact.map { Int($0) }
        let order = exact.indices.sorted { a, b in
            let ra = exact[a] - Double(counts[a]), rb = exact[b] - Double(counts[b])
            return ra != rb ? ra > rb : a < b
        }
        var rest = total - counts.reduce(0, +)
        for index in order where rest > 0 {
            counts[index] += 1
            rest -= 1
        }
        return counts
    }

    /// `value` with leading zeros to `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
