import Document
import Model
import Statistics
import Testing

/// `FigureData.resolve` for every kind, against DocumentFixture and a hand-made dust grid.
@Suite struct ChartDataTests {
    let statistics = DocumentFixture.statistics

    private func resolve(_ name: String, _ statistics: ProvinceStatistics? = nil, datasets: Datasets? = nil) throws -> ChartData {
        FigureData.resolve(try #require(ChartSpec.standard(name)), statistics: statistics ?? self.statistics,
                           datasets: datasets)
    }

    @Test func gradeChartsCountByCityAndForTheProvince() throws {
        let stacked = try resolve("grade-distribution")
        #expect(stacked.categories == ["南京市", "无锡市", "徐州市"])
        #expect(stacked.series.map(\.name) == ["不合格", "合格", "良好", "优良"])
        #expect(stacked.series.map(\.values) == [[3, 2, 0], [12, 8, 0], [20, 10, 0], [25, 20, 0]])
        let donut = try resolve("grade-share")
        #expect(donut.items.map(\.value) == [5, 20, 30, 45])
        #expect(donut.provinceValue == 100)
        // Without a verifications dataset the counts are unknown, never 0.
        let unknown = try resolve("grade-counts", DocumentFixture.projectsOnly)
        #expect(unknown.series.allSatisfy { $0.values.allSatisfy { $0 == nil } })
        #expect(unknown.notes == ["注：未提供数据动态验证数据"])
    }

    @Test func providerRankingLeavesOutTheUnrankedWithANote() throws {
        let data = try resolve("provider-ranking")
        #expect(data.items.map(\.label) == ["智联科技", "筑安<数据>&Co"])
        #expect(data.items.map(\.value) == [90.5, 81])
        #expect(data.kind == .score && data.categoryTitle == "服务商")
        #expect(data.notes == ["注：另有 1 家服务商项目数不足、样本不足，未参与排名：新锐"])
    }

    @Test func trendLinesDefaultToProvinceHighestAndLowest() throws {
        let data = try resolve("coverage-trend")
        #expect(data.categories == ["2024", "2025"])
        // Only 南京 is trended in the fixture: it is both the highest and the lowest.
        #expect(data.series.map(\.name) == ["全省", "南京市"])
        #expect(data.series.map(\.values) == [[0.7, 0.875], [0.75, 0.9]])
        var spec = try #require(ChartSpec.standard("coverage-trend"))
        spec.metric = "verifications.total"
        spec.regions = ["320100"]
        let chosen = FigureData.resolve(spec, statistics: statistics)
        #expect(chosen.series.map(\.name) == ["南京市"])
        #expect(chosen.series[0].values == [4321, 60])
        #expect(chosen.kind == .integer)
    }

    @Test func tileMapCarriesCodesAndThePortalClasses() throws {
        let data = try resolve("city-tile-map")
        #expect(data.items.map(\.code) == ["320100", "320200", "320300"])
        #expect(data.classBreaks == [0, 0.60, 0.75, 0.85, 0.95])
        #expect(data.provinceValue == 0.875)
    }

    @Test func dustChartsMatchTheDustAnalysis() throws {
        var statistics = self.statistics
        statistics.dust = DustAnalysis.compute(ChartDust.data, year: 2025, config: DustConfig())
        let scatter = try resolve("dust-vs-station", statistics, datasets: ChartDust.data)
        // D1 day 0 (station 40, device 100) and day 2 (40, 90); D3 day 0 (0, 121/24).
        #expect(scatter.points == [ChartPoint(x: 40, y: 100), ChartPoint(x: 40, y: 90), ChartPoint(x: 0, y: 121.0 / 24)])
        #expect(scatter.spec.target == 50)
        #expect(scatter.points.filter { $0.y - $0.x > 50 }.count == statistics.dust?.exceedanceDays)
        let heatmap = try resolve("dust-exceedance-heatmap", statistics, datasets: ChartDust.data)
        #expect(heatmap.series.map(\.name) == ["南京市", "无锡市"])
        #expect(heatmap.series[0].values == [0.5] + Array(repeating: nil, count: 11))
        #expect(heatmap.series[1].values == [0] + Array(repeating: nil, count: 11))
        #expect(heatmap.categories.first == "1月" && heatmap.categories.count == 12)
        // Without the grids: no points, empty cells, a note.
        let without = try resolve("dust-vs-station", statistics)
        #expect(without.points.isEmpty && without.notes == ["注：无扬尘监测设备与国控点的可比对读数"])
    }

    @Test func galleryHasOneChartPerStandardName() {
        let gallery = FigureData.galleryData(statistics: statistics, datasets: ChartDust.data)
        #expect(gallery.map(\.spec) == ChartSpec.standardNames.compactMap(ChartSpec.standard).map { spec in
            var spec = spec
            if spec.kind == .scatter && spec.target == nil { spec.target = 50 }
            return spec
        })
        #expect(gallery.count == ChartSpec.standardNames.count)
    }
}

/// Two devices in 南京 and 无锡 at stations (a smaller copy of the Statistics dust fixture).
enum ChartDust {
    static func series(_ values: [(ClosedRange<Int>, (Int) -> Double)]) -> [Double] {
        var s = [Double](repeating: .nan, count: 8760)
        for (range, value) in values { for h in range { s[h] = value(h) } }
        return s
    }

    static let data: Datasets = {
        let projects = [("DP1", "320102"), ("DP2", "320205")].map { id, county in
            Project(id: id, name: "项目", county: county, category: .building, governmentFunded: true, aboveScale: true,
                    contractor: "施工单位", startDate: Day(year: 2024, month: 1, day: 1)!, smartSite: false)
        }
        let devices = [
            DustDevice(id: "D1", project: "DP1", position: GeoPoint(lon: 118.8, lat: 32.0)),
            DustDevice(id: "D3", project: "DP2", position: GeoPoint(lon: 120.0, lat: 31.0)),
        ]
        let stations = [
            Station(code: "S1", name: "玄武湖", region: "320102", position: GeoPoint(lon: 118.8, lat: 32.0)),
            Station(code: "S-A", name: "甲站", region: "320205", position: GeoPoint(lon: 120.0, lat: 30.984375)),
        ]
        let readings = HourlyPM10(year: 2025, series: [
            "D1": series([(0...19, { $0 % 2 == 0 ? 90 : 110 }), (24...42, { _ in 50 }), (48...71, { $0 % 2 == 0 ? 80 : 100 })]),
            "D3": series([(0...22, { _ in 5 }), (23...23, { _ in 6 })]),
        ])
        let stationReadings = HourlyPM10(year: 2025, series: [
            "S1": series([(0...23, { _ in 40 }), (24...47, { _ in 10 }), (48...67, { _ in 40 })]),
            "S-A": series([(0...23, { _ in 0 })]),
        ])
        return Datasets(regions: .jiangsu, projects: projects, dustDevices: devices, dustReadings: readings,
                        stations: stations, stationReadings: stationReadings)
    }()
}
