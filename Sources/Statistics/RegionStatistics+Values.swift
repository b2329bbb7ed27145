import Model

extension RegionStatistics {
    /// Every figure of the region under its DATA.md key (`smart_coverage`,
    /// `five.jianan_code`, `verifications.优良`), with its kind.
    public var namedValues: [(key: String, value: FigureValue)] {
        let v = verifications
        return [
            ("code", .text(code)),
            ("name", .text(name)),
            ("active_projects", .number(Double(activeProjects), .integer)),
            ("scope_projects", .number(Double(scopeProjects), .integer)),
            ("smart_scope_projects", .number(Double(smartScopeProjects), .integer)),
            ("smart_coverage", .number(smartCoverage, .percent)),
            ("smart_sites", .number(Double(smartSites), .integer)),
            ("connected_sites", .number(Double(connectedSites), .integer)),
            ("connection_rate", .number(connectionRate, .percent)),
            ("counties_total", .number(Double(countiesTotal), .integer)),
            ("counties_with_platform", .number(Double(countiesWithPlatform), .integer)),
            ("platform_coverage", .number(platformCoverage, .percent)),
            ("five.smart_site", .number(five.smartSite, .percent)),
            ("five.super_dangerous_control", .number(five.superDangerousControl, .percent)),
            ("five.standard_evaluation", .number(five.standardEvaluation, .percent)),
            ("five.online_orders", .number(five.onlineOrders, .percent)),
            ("five.jianan_code", .number(five.jiananCode, .percent)),
            ("verifications.total", .number(Double(v.total), .integer)),
            ("verifications.不合格", .number(Double(v.fail), .integer)),
            ("verifications.合格", .number(Double(v.pass), .integer)),
            ("verifications.良好", .number(Double(v.good), .integer)),
            ("verifications.优良", .number(Double(v.excellent), .integer)),
            ("verifications.pass_rate", .number(v.passRate, .percent)),
            ("verifications.excellent_rate", .number(v.excellentRate, .percent)),
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
