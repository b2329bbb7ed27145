import Model

/// The case collection (省级绿色智慧工地案例集): a preface and the cases in
/// book order — cities in code order, within a city by `order`, then title.
/// The web pages and the PDF book both render this.
public struct CaseCollection: Sendable, Equatable {
    public var title: String
    public var year: Int
    public var office: String
    /// `cases/_preface.md`, when there is one.
    public var preface: Chapter?
    public var cases: [CaseStudy]

    public init(title: String, year: Int, office: String, preface: Chapter? = nil, cases: [CaseStudy]) {
        self.title = title
        self.year = year
        self.office = office
        self.preface = preface
        self.cases = cases
    }

    /// The cities that have cases, in code order, each with its cases in book order.
    public var byCity: [(city: CaseRegion, cases: [CaseStudy])] {
        var groups: [(city: CaseRegion, cases: [CaseStudy])] = []
        for study in cases {
            if let last = groups.indices.last, groups[last].city.cityCode == study.region.cityCode {
                groups[last].cases.append(study)
            } else {
                groups.append((CaseRegion(cityCode: study.region.cityCode, cityName: study.region.cityName), [study]))
            }
        }
        return groups
    }

    /// Every tag with the cases carrying it, cases in book order. Tags sort
    /// by Unicode code points (deterministic; no pinyin collation here).
    public var byTag: [(tag: String, cases: [CaseStudy])] {
        var tagged: [String: [CaseStudy]] = [:]
        for study in cases {
            for tag in study.tags { tagged[tag, default: []].append(study) }
        }
        return tagged.keys.sorted { Array($0.unicodeScalars.map(\.value)).lexicographicallyPrecedes($1.unicodeScalars.map(\.value)) }
            .map { ($0, tagged[$0] ?? []) }
    }

    /// The categories that cases have, in the data contract's order, each with its cases in book order.
    public var byCategory: [(category: ProjectCategory, cases: [CaseStudy])] {
        ProjectCategory.allCases.compactMap { category in
            let matching = cases.filter { $0.category == category }
            return matching.isEmpty ? nil : (category, matching)
        }
    }

    /// Every picture of the collection (preface and cases), each source once, in reading order.
    public var images: [ImageBlock] {
        var seen = Set<String>()
        return ((preface?.blocks.images ?? []) + cases.flatMap(\.images)).filter { seen.insert($0.source).inserted }
    }
}
