import Model

/// One monthly row of provider_metrics; rates in tenths of a percent (`973` = 97.3).
struct DemoMetric {
    var provider: String
    var project: String
    var month: YearMonth
    var online: Int
    var timely: Int
    var complete: Int
}

/// Monthly operating quality for a sample of each provider's sites: the
/// report year and the last three months of the year before.
struct ProviderMetricSynthesizer {
    let options: DemoDataOptions
    /// Projects per provider that report metrics (a tenth of them when that is more).
    static let sampleSize = 12

    func make(providers: [DemoProvider], projects: [DemoProject]) -> [DemoMetric] {
        var rng = SplitMix64(seed: options.seed, stream: "provider-metrics")
        let year = options.year
        var months: [YearMonth] = (10...12).map { YearMonth(year: year - 1, month: $0)! }
        months += (1...12).map { YearMonth(year: year, month: $0)! }
        var rows: [DemoMetric] = []
        for provider in providers {
            let name = provider.provider.name
            let own = projects.filter { $0.project.provider == name && $0.project.smartSite }
            let size = max(Self.sampleSize, own.count / 10)
            let sample = rng.shuffled(own).prefix(size).sorted { $0.project.id < $1.project.id }
            for item in sample {
                let offset = (rng.normal(mean: 0, sd: 1.5), rng.normal(mean: 0, sd: 1.8), rng.normal(mean: 0, sd: 1.5))
                for month in months where reports(item, in: month) {
                    func rate(_ mean: Double, _ extra: Double, _ sd: Double) -> Int {
                        let value = min(100, max(50, mean + extra + rng.normal(mean: 0, sd: sd)))
                        return Int((value * 10).rounded())
                    }
                    rows.append(DemoMetric(
                        provider: name, project: item.project.id, month: month,
                        online: rate(provider.quality.online, offset.0, 1.0),
                        timely: rate(provider.quality.timely, offset.1, 1.4),
                        complete: rate(provider.quality.complete, offset.2, 1.2)))
                }
            }
        }
        return rows
    }

    /// Whether a site was smart and under construction during `month`.
    private func reports(_ item: DemoProject, in month: YearMonth) -> Bool {
        let first = Day(year: month.year, month: month.month, day: 1)!
        let last = Day(year: month.year, month: month.month, day: Day.daysIn(month: month.month, year: month.year))!
        guard let since = item.project.smartSince, since <= last else { return false }
        if let completion = item.project.completionDate, completion < first { return false }
        return true
    }
}
