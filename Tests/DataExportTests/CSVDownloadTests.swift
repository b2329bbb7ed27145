@testable import DataExport
import Model
import Statistics
import Testing

/// The CSV downloads byte for byte: BOM, CRLF, Chinese headers, fractions at
/// full precision, empty cells for nulls, 样本不足, RFC 4180 quoting and the
/// formula-injection apostrophe.
@Suite struct CSVDownloadTests {
    static let bom = "\u{FEFF}"

    @Test func pathsInOrder() throws {
        let files = try DataDownloads.files(statistics: ExportFixture.stats(), datasets: ExportFixture.datasets,
                                            created: ExportFixture.created)
        let stems = ["city-ranking", "provider-ranking", "excellent-projects", "three-star-ineligible", "due-unverified"]
        #expect(files.map(\.path) == ["data/stats.json"] + stems.flatMap { ["data/\($0).csv", "data/\($0).xlsx"] })
    }

    @Test func providerAndListFilesAreOmittedWithoutTheirStatistics() throws {
        let files = try ExportFixture.files(ExportFixture.stats(providers: nil, lists: nil))
        #expect(files.keys.sorted() == ["data/city-ranking.csv", "data/city-ranking.xlsx", "data/stats.json"])
    }

    @Test func statsJSONIsTheStatisticsModulesEncoding() throws {
        let stats = ExportFixture.stats()
        #expect(try ExportFixture.files(stats)["data/stats.json"] == StatsJSON.encode(stats))
    }

    /// Ordered by rank then code: 无锡 (1), then the tie 南京 320100 before 徐州 320300.
    /// Rates are fractions in Swift's shortest form (1/3 → 0.3333333333333333, 1e-05),
    /// a null rate is an empty field, 1.0 stays "1.0".
    @Test func cityRankingBytes() throws {
        let expected = Self.bom
            + "排名,区划代码,设区市,综合得分,智慧工地覆盖率,接入监管平台率,监管平台覆盖率,优良率,合格率\r\n"
            + "1,320200,无锡市,60.0,1.0,0.975,1e-05,0.1,1.0\r\n"
            + "2,320100,南京市,43.21969696969697,0.5,0.3333333333333333,,0.25,0.75\r\n"
            + "2,320300,徐州市,43.21969696969697,0.0,,,,\r\n"
        let bytes = try #require(try ExportFixture.files()["data/city-ranking.csv"])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(bytes == Array(expected.utf8))
    }

    /// Stats order; the unranked provider reads 样本不足 and its name, starting
    /// with @, gets the apostrophe.
    @Test func providerRankingBytes() throws {
        let expected = Self.bom
            + "排名,服务商名称,项目数,设备在线率,数据及时率,数据完整率,综合得分\r\n"
            + "1,甲科技,4,0.95,0.9,0.875,91.25\r\n"
            + "样本不足,'@乙科技,2,0.5,0.5,0.5,50.0\r\n"
        #expect(try ExportFixture.files()["data/provider-ranking.csv"] == Array(expected.utf8))
    }

    /// Names from the projects dataset, city and county from the region table;
    /// `=1+2` → `'=1+2`; `=A1,B1` is guarded, then quoted; a missing provider
    /// is an empty field; 某"工程",二期 is quoted with doubled quotes; `-乙建设`
    /// is guarded. No personal data and no 建设单位 column.
    @Test func projectListBytes() throws {
        let header = "项目编号,项目名称,设区市,县(市、区),工程类别,施工单位,集成服务商\r\n"
        let excellent = Self.bom + header
            + "P01,'=1+2,南京市,玄武区,房屋建筑,甲建设公司,甲科技\r\n"
            + "P03,锡山区庚社区中心,无锡市,锡山区,房屋建筑,\"'=A1,B1\",甲科技\r\n"
        let ineligible = Self.bom + header
            + "P02,\"某\"\"工程\"\",二期\",南京市,鼓楼区,市政基础设施,'-乙建设,\r\n"
        let files = try ExportFixture.files()
        #expect(files["data/excellent-projects.csv"] == Array(excellent.utf8))
        #expect(files["data/three-star-ineligible.csv"] == Array(ineligible.utf8))
        #expect(files["data/due-unverified.csv"] == Array((Self.bom + header).utf8))
        #expect(!String(decoding: files["data/excellent-projects.csv"] ?? [], as: UTF8.self).contains("某建设单位"))
    }

    @Test func aListNamingAnUnknownProjectIsAnError() {
        let stats = ExportFixture.stats(lists: ProjectLists(excellentProjects: ["P99"]))
        #expect(throws: DataExportError.unknownProject(list: "excellent-projects", id: "P99")) {
            try DataDownloads.files(statistics: stats, datasets: ExportFixture.datasets, created: ExportFixture.created)
        }
    }

    @Test func formulaGuardAndQuotingRules() {
        #expect(CSVEncoding.guardFormula("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVEncoding.guardFormula("+86") == "'+86")
        #expect(CSVEncoding.guardFormula("a=b") == "a=b")
        #expect(CSVEncoding.guardFormula("") == "")
        #expect(CSVEncoding.quoted("a\nb") == "\"a\nb\"")
        #expect(CSVEncoding.quoted("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVEncoding.quoted("普通文本") == "普通文本")
        #expect(CSVEncoding.field(.integer(-3)) == "-3")  // numbers are never guarded
        #expect(CSVEncoding.field(.empty) == "")
    }
}
