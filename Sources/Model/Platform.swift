/// 智慧监管平台 of a county-level division or a city.
public struct Platform: Hashable, Sendable {
    public var region: String
    public var status: PlatformStatus
    public var since: Day?

    public init(region: String, status: PlatformStatus, since: Day? = nil) {
        self.region = region
        self.status = status
        self.since = since
    }

    /// Whether the platform counts as running at the end of `day` (已建成 or 共享版, since ≤ day).
    public func isRunning(by day: Day) -> Bool {
        guard status.isRunning, let since else { return false }
        return since <= day
    }
}

/// 平台状态.
public enum PlatformStatus: String, CaseIterable, Sendable {
    case built = "已建成"
    case shared = "共享版"
    case underConstruction = "在建"
    case none = "未建"

    /// 已建成 and 共享版 count as having a platform.
    public var isRunning: Bool { self == .built || self == .shared }
}
