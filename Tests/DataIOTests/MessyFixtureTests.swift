@testable import DataIO
import Foundation
import Model
import Testing
import TestSupport

/// What the office really hands over: GB18030 from Excel on Chinese Windows,
/// English keys in another order, BOM and CRLF, full-width spaces, every
/// boolean and date spelling, `%` signs, an XLSX with real date cells.
/// All of it must read into exactly the model of the clean files.
@Suite struct MessyFixtureTests {
    static let cleanVerifications = """
    验证编号,项目编号,申请日期,验证日期,验证单位,得分,等次,复核等次
    V1,P01,2025-03-01,2025-03-20,南京市建设工程安全监督站,95,优良,
    V2,P04,2025-06-01,2025-06-20,,85,良好,优良

    """
    static let cleanPlatforms = """
    区划代码,平台状态,建成日期
    320102,已建成,2023-05-01
    320205,共享版,2024-01-15
    320104,在建,

    """

    /// The fixture's projects with English keys, reordered columns, CRLF, U+3000 padding,
    /// booleans as Y/N/true/1/yes, dates in three spellings, percent signs and quoted cells.
    static let messyProjects = """
    start_date,ID,name,County,category,government_funded,above_scale,contractor,completion_date,progress,smart_site,smart_since,connected,connected_since,项目负责人,联系电话\r
    2024/3/1,P01,玄武区甲小学改扩建工程,320102,房屋建筑,Y,yes,"甲建设公司",,60%,true,2024年6月1日,1,2024.7.1,张工,13800000001\r
    2025-02-01,P02,玄武区乙道路工程,\u{3000}320102\u{3000},市政基础设施,是,是,乙建设公司,,20,是,2026-01-10,N,,李工,13800000002\r
    2023-05-01,P03,秦淮区丙医院工程,320104,房屋建筑,TRUE,True,丙建设公司,2024/12/31,100%,是,2023-06-01,是,2023-07-01,,\r
    2025-05-01,P04,秦淮区丁学校工程,320104,房屋建筑,1,1,丁建设公司,2025-11-30,100,是,2025-06-01,是,2026-02-01,,\r
    2024-01-01,P05,秦淮区戊商业综合体,320104,房屋建筑,no,是,戊建设公司,,70,是,2024-02-01,是,2024-03-01,,\r
    2025-01-15,P06,锡山区己污水管网工程,320205,市政基础设施,是,是,己建设公司,,30,false,,0,,,\r
    2025-01-15,P07,锡山区庚社区中心,320205,房屋建筑,是,N,庚建设公司,,50,是,2025-03-01,是,2025-03-02,,\r
    2026-01-05,P08,滨湖区辛地铁站工程,320211,轨道交通,是,是,辛建设公司,,0,是,2026-01-06,否,,,\r
    2024-09-09,P09,滨湖区壬保障房工程,320211,房屋建筑,是,是,壬建设公司,,45.0,是,2025-12-31,否,,,\r
    2025-03-03,P10,江阴市癸桥梁工程,320281,市政基础设施,是,是,癸建设公司,,10,否,,否,,,\r
    \r

    """

    static let messyVerifications = "\u{FEFF}ID,Project,Applied_On,VERIFIED_ON,verifier,score,grade,review_grade\r\n"
        + "V1,P01,2025/3/1,2025年3月20日,南京市建设工程安全监督站,95,优秀,\r\n"
        + "\"V2\",P04,2025.6.1,2025-06-20,,85.0,良好,\u{3000}优良\r\n"

    /// Platforms as an Excel sheet: inline-string header, shared strings, date cells (numFmt 14).
    static func writeMessyPlatforms(to url: URL) throws {
        var book = XLSXWorkbookBuilder(rows: """
            <row r="1"><c r="A1" t="inlineStr"><is><t>region</t></is></c><c r="B1" t="inlineStr"><is><t>平台状态</t></is></c>\
            <c r="C1" t="inlineStr"><is><t>建成日期</t></is></c></row>\
            <row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>45047</v></c></row>\
            <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" s="1"><v>45306</v></c></row>\
            <row r="4"><c r="A4"><v>320104</v></c><c r="B4" t="s"><v>4</v></c></row>
            """)
        book.sharedStrings = ["320102", "已建成", "320205", "共享版", "在建"]
        book.cellXfs = [0, 14]
        try book.write(to: url)
    }

    private func load(_ content: URL) -> (Datasets, Diagnostics) {
        var diagnostics = Diagnostics()
        let data = ContentLoader(root: content).loadDatasets(year: 2025, diagnostics: &diagnostics)
        return (data, diagnostics)
    }

    @Test func messyButValidEqualsClean() throws {
        let clean = try Fixtures.contentFolder()
        try Fixtures.write(Self.cleanVerifications, to: clean.appendingPathComponent("data/verifications.csv"))
        try Fixtures.write(Self.cleanPlatforms, to: clean.appendingPathComponent("data/platforms.csv"))

        let messy = try Fixtures.contentFolder()
        let utf8 = messy.appendingPathComponent("data/projects.utf8")
        try Fixtures.write(Self.messyProjects, to: utf8)
        let gb = messy.appendingPathComponent("data/projects.csv")
        let converted = try runTool("python3", ["-c", "import sys; open(sys.argv[2],'wb').write(open(sys.argv[1],encoding='utf-8',newline='').read().encode('gb18030'))", utf8.path, gb.path])
        #expect(converted.status == 0)
        try FileManager.default.removeItem(at: utf8)
        #expect(TextDecoding.decode([UInt8](try Data(contentsOf: gb)))?.encoding == .gb18030)
        try Fixtures.write(Self.messyVerifications, to: messy.appendingPathComponent("data/verifications.csv"))
        try Self.writeMessyPlatforms(to: messy.appendingPathComponent("data/platforms.xlsx"))

        let (expected, cleanDiagnostics) = load(clean)
        let (actual, messyDiagnostics) = load(messy)
        #expect(cleanDiagnostics.items.isEmpty, "\(cleanDiagnostics.items)")
        #expect(messyDiagnostics.items.isEmpty, "\(messyDiagnostics.items)")
        #expect(actual.projects.count == 10)
        #expect(actual.projects == expected.projects)
        #expect(actual.verifications == expected.verifications)
        #expect(actual.platforms == expected.platforms)
    }
}
