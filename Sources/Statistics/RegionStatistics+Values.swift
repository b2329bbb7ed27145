import Model

extension RegionStatistics {
    /// Every figure of the region under its DATA.md key (`smart_coverage`,
    /// `five.jianan_code`, `verifications.优良`), with its kind. Cities also
    /// carry `score` and `rank` (nil for counties and the province).
    public var namedValues: [(key: String, value: FigureValue)] {
        let v = verifications
        func count(_ n: Int?) -> FigureValue { .number(n.map(Double.init), .integer) }
        return [
            ("code", .text(code)),
            ("name", .text(name)),
            ("active_projects", count(activeProjects)),
            ("scope_projects", count(scopeProjects)),
            ("smart_scope_projects", count(smartScopeProjects)),
            ("smart_coverage", .number(smartCoverage, .percent)),
            ("smart_sites", count(smartSites)),
            ("connected_sites", count(connectedSites)),
            ("connection_rate", .number(connectionRate, .percent)),
            ("counties_total", count(countiesTotal)),
            ("counties_with_platform", count(countiesWithPlatform)),
            ("platform_coverage", .number(platformCoverage, .percent)),
            ("five.smart_site", .number(five.smartSite, .percent)),
            ("five.super_dangerous_control", .number(five.superDangerousControl, .percent)),
            ("five.standard_evaluation", .number(five.standardEvaluation, .percent)),
            ("five.online_orders", .number(five.onlineOrders, .percent)),
            ("five.jianan_code", .number(five.jiananCode, .percent)),
            ("verifications.total", count(v.published(v.total))),
            ("verifications.不合格", count(v.published(v.fail))),
            ("verifications.合格", count(v.published(v.pass))),
            ("verifications.良好", count(v.published(v.good))),
            ("verifications.优良", count(v.published(v.excellent))),
            ("verifications.pass_rate", .number(v.passRate, .percent)),
            ("verifications.excellent_rate", .number(v.excellentRate, .percent)),
            ("score", .number(score, .score)),
            ("rank", count(rank)),
        ]
    }

    /// A rate or count by key, for charts; nil when undefined or unknown.
    public func number(_ key: String) -> Double? {
        for (k, value) in namedValues where k == key {
            if case .number(let n, _) = value { return n }
        }
        return nil
    }
}
