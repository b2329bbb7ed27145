import Model

/// One line of 集成服务商运营质量通报 (DATA.md §3); rates are fractions.
public struct ProviderStatistics: Sendable, Equatable, Codable {
    public var name: String
    /// Distinct projects among the provider's rows of the year.
    public var projects: Int
    /// Mean of the year's rows.
    public var onlineRate: Double
    public var timelyRate: Double
    public var completeRate: Double
    /// 0–100.
    public var score: Double
    /// Competition rank among the ranked providers; nil when the provider has
    /// fewer than `ranking.provider_min_projects` projects (样本不足).
    public var rank: Int?

    public init(name: String, projects: Int, onlineRate: Double, timelyRate: Double,
                completeRate: Double, score: Double, rank: Int?) {
        self.name = name
        self.projects = projects
        self.onlineRate = onlineRate
        self.timelyRate = timelyRate
        self.completeRate = completeRate
        self.score = score
        self.rank = rank
    }
}

/// 集成服务商运营质量排名 (DATA.md §3).
public enum ProviderRanking {
    /// The providers with at least one row whose month is in `year`: ranked
    /// ones by rank then name, then the unranked by name (names by code points).
    /// Means add the rows in file order.
    public static func compute(_ metrics: [ProviderMetric], year: Int, ranking: RankingConfig) -> [ProviderStatistics] {
        struct Sums {
            var name: String
            var rows = 0
            var online = 0.0, timely = 0.0, complete = 0.0
            var projects = Set<ExactString>()
        }
        var sums: [Sums] = []
        var position: [ExactString: Int] = [:]
        for row in metrics where row.month.year == year {
            let key = ExactString(row.provider)
            let i: Int
            if let known = position[key] { i = known } else {
                i = sums.count
                position[key] = i
                sums.append(Sums(name: row.provider))
            }
            sums[i].rows += 1
            sums[i].online += row.onlineRate
            sums[i].timely += row.timelyRate
            sums[i].complete += row.completeRate
            sums[i].projects.insert(ExactString(row.project))
        }

        let w = ranking.providerWeights
        var providers = sums.map { s -> ProviderStatistics in
            let n = Double(s.rows)
            let online = s.online / n, timely = s.timely / n, complete = s.complete / n
            let score = 100 * (w.online * online + w.timely * timely + w.complete * complete)
            return ProviderStatistics(name: s.name, projects: s.projects.count, onlineRate: online,
                                      timelyRate: timely, completeRate: complete, score: score, rank: nil)
        }
        let rankedIndices = providers.indices.filter { providers[$0].projects >= ranking.providerMinProjects }
        let ranks = competitionRanks(rankedIndices.map { providers[$0].score })
        for (i, rank) in zip(rankedIndices, ranks) { providers[i].rank = rank }

        return providers.sorted { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.name.precedesByCodePoints(b.name)
            }
        }
    }
}
