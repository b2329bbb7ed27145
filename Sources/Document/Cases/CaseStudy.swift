import Model

/// One case of the collection: the front matter's fields checked and
/// resolved, the facts the datasets give for its project, its pictures read,
/// and its body as blocks.
public struct CaseStudy: Sendable, Equatable {
    /// Position in the collection, 1-based, in book order; numbers the case's figures and tables.
    public var number: Int
    public var slug: String
    /// Path relative to the content root, for diagnostics.
    public var source: String
    public var title: String
    public var summary: String
    public var year: Int
    /// Technologies (`AI视频识别`, `塔吊监测`), as written, without duplicates.
    public var tags: [String]
    /// The front matter's `order` (sorts cases within their city); nil without one.
    public var order: Int?
    /// Where the site is: the project's county, or the front matter's `region`.
    public var region: CaseRegion
    /// The project's category, or the front matter's `category`; nil when neither gives one.
    public var category: ProjectCategory?
    /// What the datasets say about the case's project; nil without `project`.
    public var facts: CaseFacts?
    public var cover: ImageBlock?
    /// The `photos` of the front matter, in order (the gallery).
    public var photos: [ImageBlock]
    /// The body, without a level-1 heading (the title is the front matter's).
    public var blocks: [Block]

    public init(number: Int, slug: String, source: String, title: String, summary: String, year: Int,
                tags: [String], order: Int? = nil, region: CaseRegion, category: ProjectCategory? = nil,
                facts: CaseFacts? = nil, cover: ImageBlock? = nil, photos: [ImageBlock] = [], blocks: [Block] = []) {
        self.number = number
        self.slug = slug
        self.source = source
        self.title = title
        self.summary = summary
        self.year = year
        self.tags = tags
        self.order = order
        self.region = region
        self.category = category
        self.facts = facts
        self.cover = cover
        self.photos = photos
        self.blocks = blocks
    }

    /// Every picture of the case: cover, photos, then those in the body.
    public var images: [ImageBlock] { (cover.map { [$0] } ?? []) + photos + blocks.images }
}

/// The city (and county, when known) a case is placed in.
public struct CaseRegion: Sendable, Equatable {
    public var cityCode: String
    public var cityName: String
    public var countyCode: String?
    public var countyName: String?

    public init(cityCode: String, cityName: String, countyCode: String? = nil, countyName: String? = nil) {
        self.cityCode = cityCode
        self.cityName = cityName
        self.countyCode = countyCode
        self.countyName = countyName
    }

    /// `南京市秦淮区`, or `南京市` for a case placed in a city.
    public var label: String { cityName + (countyName ?? "") }
}

/// What the datasets say about a case's project (the facts box).
public struct CaseFacts: Sendable, Equatable {
    public var projectID: String
    public var projectName: String
    public var category: ProjectCategory
    public var contractor: String
    public var provider: String?
    /// Final grade of the project's latest verification up to the report
    /// year's end (DATA.md §3); nil when it has none.
    public var latestGrade: Grade?
    public var latestVerifiedOn: Day?

    public init(projectID: String, projectName: String, category: ProjectCategory, contractor: String,
                provider: String? = nil, latestGrade: Grade? = nil, latestVerifiedOn: Day? = nil) {
        self.projectID = projectID
        self.projectName = projectName
        self.category = category
        self.contractor = contractor
        self.provider = provider
        self.latestGrade = latestGrade
        self.latestVerifiedOn = latestVerifiedOn
    }
}
