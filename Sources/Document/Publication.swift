/// One of the three recurring publications, as an output-neutral tree:
/// publication → chapters → blocks. HTML and PDF both render this.
public struct Publication: Sendable, Equatable {
    public var kind: PublicationKind
    public var title: String
    public var year: Int
    /// Issuing office, for covers and PDF metadata.
    public var office: String
    public var chapters: [Chapter]

    public init(kind: PublicationKind, title: String, year: Int, office: String, chapters: [Chapter]) {
        self.kind = kind
        self.title = title
        self.year = year
        self.office = office
        self.chapters = chapters
    }
}

/// Which publication; the raw value is its folder under content/reports and output/.
public enum PublicationKind: String, Sendable, Codable, CaseIterable {
    case annual
    case supervision
    case cases

    /// The publication's full Chinese title for a year.
    public func title(year: Int) -> String {
        switch self {
        case .annual: "江苏省智慧工地建设\(year)年度发展报告"
        case .supervision: "\(year)年房屋建筑与市政基础设施工程安全监督报告"
        case .cases: "\(year)年省级绿色智慧工地案例集"
        }
    }
}
