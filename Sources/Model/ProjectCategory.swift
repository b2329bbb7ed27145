/// 工程类别.
public enum ProjectCategory: String, CaseIterable, Sendable {
    case building = "房屋建筑"
    case municipal = "市政基础设施"
    case railTransit = "轨道交通"
    case other = "其他"
}
