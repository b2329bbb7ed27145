/// The province's divisions, with lookups by code and by parent.
///
/// Cities and counties are kept ordered by code, the order every list in
/// stats.json uses.
public struct RegionTable: Sendable {
    public let province: Region
    /// The 设区市, by code.
    public let cities: [Region]
    /// The county-level divisions, by code.
    public let counties: [Region]
    private let byCode: [String: Region]
    private let countiesByCity: [String: [Region]]

    /// Builds the table; the caller has checked there is exactly one province
    /// and that every parent exists.
    public init(regions: [Region]) {
        var byCode: [String: Region] = [:]
        for region in regions { byCode[region.code] = region }
        self.byCode = byCode
        self.province = regions.first { $0.level == .province }
            ?? Region(code: "000000", name: "", level: .province, parent: nil)
        self.cities = regions.filter { $0.level == .city }.sorted { $0.code < $1.code }
        self.counties = regions.filter { $0.level == .county }.sorted { $0.code < $1.code }
        self.countiesByCity = Dictionary(grouping: counties) { $0.parent ?? "" }
    }

    public subscript(code: String) -> Region? { byCode[code] }

    /// County-level divisions of a city, by code.
    public func counties(of cityCode: String) -> [Region] { countiesByCity[cityCode] ?? [] }

    /// The city a county belongs to (the county's parent), or the city itself.
    public func city(containing code: String) -> Region? {
        guard let region = byCode[code] else { return nil }
        switch region.level {
        case .province: return nil
        case .city: return region
        case .county: return region.parent.flatMap { byCode[$0] }
        }
    }
}
