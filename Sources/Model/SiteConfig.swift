/// `content/site.yml`: what the office sets once a year.
///
/// Every parameter has DATA.md's default, so a minimal site.yml holds just
/// a title and a year.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var year: Int
    /// 发布单位, printed on covers and as the PDF author.
    public var office: String
    /// Absolute URL the site is published under, for the sitemap ("" = relative only).
    public var baseURL: String
    /// Publication date printed on covers and stored as the PDF date; nil = 31 Dec of the year.
    public var publicationDate: Day?
    public var grading: GradingThresholds
    public var ranking: RankingConfig
    public var dust: DustConfig
    /// Typography of the PDF books (`pdf:`); every value nil = the engine's default.
    public var pdf = PDFConfig()
    /// Numbers the personal-data scan lets through (`personal_data.allow`), e.g. a public hotline.
    public var allowedPersonalNumbers: Set<String> = []

    public init(title: String, year: Int, office: String = "江苏省智慧工地建设推进办公室",
                baseURL: String = "", publicationDate: Day? = nil,
                grading: GradingThresholds = .init(), ranking: RankingConfig = .init(),
                dust: DustConfig = .init()) {
        self.title = title
        self.year = year
        self.office = office
        self.baseURL = baseURL
        self.publicationDate = publicationDate
        self.grading = grading
        self.ranking = ranking
        self.dust = dust
    }
}

/// Score thresholds that imply a grade (project defaults, not an official rule).
public struct GradingThresholds: Sendable, Equatable {
    public var excellent: Double
    public var good: Double
    public var pass: Double

    public init(excellent: Double = 90, good: Double = 80, pass: Double = 60) {
        self.excellent = excellent
        self.good = good
        self.pass = pass
    }

    /// The grade a score implies.
    public func grade(for score: Double) -> Grade {
        if score >= excellent { return .excellent }
        if score >= good { return .good }
        if score >= pass { return .pass }
        return .fail
    }
}

/// Weights and limits of the two rankings (DATA.md §3).
public struct RankingConfig: Sendable, Equatable {
    public var cityWeights: CityWeights
    public var providerWeights: ProviderWeights
    public var providerMinProjects: Int

    public init(cityWeights: CityWeights = .init(), providerWeights: ProviderWeights = .init(),
                providerMinProjects: Int = 3) {
        self.cityWeights = cityWeights
        self.providerWeights = providerWeights
        self.providerMinProjects = providerMinProjects
    }
}

public struct CityWeights: Sendable, Equatable {
    public var smartCoverage = 0.30
    public var connectionRate = 0.20
    public var platformCoverage = 0.20
    public var excellentRate = 0.15
    public var passRate = 0.15
    public init() {}
    public var sum: Double { smartCoverage + connectionRate + platformCoverage + excellentRate + passRate }
}

public struct ProviderWeights: Sendable, Equatable {
    public var online = 0.4
    public var timely = 0.3
    public var complete = 0.3
    public init() {}
    public var sum: Double { online + timely + complete }
}

/// Parameters of the dust analysis.
public struct DustConfig: Sendable, Equatable {
    public var matchRadiusKm: Double
    public var exceedanceUgm3: Double
    public init(matchRadiusKm: Double = 5, exceedanceUgm3: Double = 50) {
        self.matchRadiusKm = matchRadiusKm
        self.exceedanceUgm3 = exceedanceUgm3
    }
}

/// The `pdf:` section of site.yml: what the office may change in the PDF
/// books' typography. A nil value leaves the engine's default.
public struct PDFConfig: Sendable, Equatable {
    /// Body text size in points (every other size follows it).
    public var bodySize: Double?
    /// Font family of body text (宋体 role), as fontconfig names it.
    public var bodyFont: String?
    /// Font family of headings, captions and the cover (黑体 role).
    public var headingFont: String?
    /// Margins in millimetres; inside is the binding edge (left on odd pages).
    public var marginTop: Double?
    public var marginBottom: Double?
    public var marginInside: Double?
    public var marginOutside: Double?
    /// Printed on both sides: the table of contents and page 1 start on a
    /// right-hand page (blank pages put in where needed) and margins mirror.
    public var doubleSided: Bool?

    public init(bodySize: Double? = nil, bodyFont: String? = nil, headingFont: String? = nil,
                marginTop: Double? = nil, marginBottom: Double? = nil, marginInside: Double? = nil,
                marginOutside: Double? = nil, doubleSided: Bool? = nil) {
        self.bodySize = bodySize
        self.bodyFont = bodyFont
        self.headingFont = headingFont
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginInside = marginInside
        self.marginOutside = marginOutside
        self.doubleSided = doubleSided
    }
}
