import Model

/// The per-project predicates of DATA.md §3, for report year Y.
public struct ProjectRules: Sendable {
    public let year: Int
    public let yearStart: Day
    public let yearEnd: Day

    public init(year: Int) {
        self.year = year
        yearStart = .startOfYear(year)
        yearEnd = .endOfYear(year)
    }

    /// start_date ≤ YE and (no completion_date, or completion_date ≥ Y-01-01).
    public func isActive(_ p: Project) -> Bool {
        guard p.startDate <= yearEnd else { return false }
        guard let completion = p.completionDate else { return true }
        return completion >= yearStart
    }

    /// Active, government funded and above the size threshold (政府投资规模以上).
    public func isInScope(_ p: Project) -> Bool {
        p.governmentFunded && p.aboveScale && isActive(p)
    }

    /// smart_site and smart_since ≤ YE.
    public func isSmart(_ p: Project) -> Bool {
        guard p.smartSite, let since = p.smartSince else { return false }
        return since <= yearEnd
    }

    /// connected and connected_since ≤ YE.
    public func isConnected(_ p: Project) -> Bool {
        guard p.connected, let since = p.connectedSince else { return false }
        return since <= yearEnd
    }
}
