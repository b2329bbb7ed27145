import Model

/// Where every project, verification and platform row lies, resolved once
/// and reused for each year of the trend.
struct RegionIndex {
    let table: RegionTable
    /// Position in `table.counties` of each project's county (nil: unknown code).
    let projectCounty: [Int?]
    /// Position in `table.counties` of each verification's project's county.
    let verificationCounty: [Int?]
    /// Position in `table.counties` of each platform row; nil for a city (or
    /// unknown) code — only a county's own row covers it (docs/statistics-rules.md).
    let platformCounty: [Int?]
    /// For each city of `table.cities`, the positions of its counties.
    let countiesOfCity: [[Int]]

    init(_ data: Datasets) {
        let table = data.regions
        self.table = table
        var countyPosition: [String: Int] = [:]
        for (i, county) in table.counties.enumerated() { countyPosition[county.code] = i }
        projectCounty = data.projects.map { countyPosition[$0.county] }
        var countyOfProject: [ExactString: Int] = [:]
        for (project, county) in zip(data.projects, projectCounty) {
            if let county { countyOfProject[ExactString(project.id)] = county }
        }
        verificationCounty = (data.verifications ?? []).map { countyOfProject[ExactString($0.project)] }
        platformCounty = (data.platforms ?? []).map { countyPosition[$0.region] }
        countiesOfCity = table.cities.map { city in table.counties(of: city.code).compactMap { countyPosition[$0.code] } }
    }
}
