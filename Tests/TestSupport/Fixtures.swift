import Foundation

/// Small datasets whose figures are worked out by hand in the tests.
public enum Fixtures {
    /// Ten projects for report year 2025 (see StatisticsTests for the hand-computed figures).
    /// Line numbers: the header is line 1, P01 is line 2 … P10 is line 11.
    public static let projectsCSV = """
    项目编号,项目名称,区划代码,工程类别,政府投资,规模以上,施工单位,开工日期,竣工日期,施工进度,智慧工地,智慧工地建成日期,接入监管平台,接入日期,项目负责人,联系电话
    P01,玄武区甲小学改扩建工程,320102,房屋建筑,是,是,甲建设公司,2024-03-01,,60,是,2024-06-01,是,2024-07-01,张工,13800000001
    P02,玄武区乙道路工程,320102,市政基础设施,是,是,乙建设公司,2025-02-01,,20,是,2026-01-10,否,,李工,13800000002
    P03,秦淮区丙医院工程,320104,房屋建筑,是,是,丙建设公司,2023-05-01,2024-12-31,100,是,2023-06-01,是,2023-07-01,,
    P04,秦淮区丁学校工程,320104,房屋建筑,是,是,丁建设公司,2025-05-01,2025-11-30,100,是,2025-06-01,是,2026-02-01,,
    P05,秦淮区戊商业综合体,320104,房屋建筑,否,是,戊建设公司,2024-01-01,,70,是,2024-02-01,是,2024-03-01,,
    P06,锡山区己污水管网工程,320205,市政基础设施,是,是,己建设公司,2025-01-15,,30,否,,否,,,
    P07,锡山区庚社区中心,320205,房屋建筑,是,否,庚建设公司,2025-01-15,,50,是,2025-03-01,是,2025-03-02,,
    P08,滨湖区辛地铁站工程,320211,轨道交通,是,是,辛建设公司,2026-01-05,,0,是,2026-01-06,否,,,
    P09,滨湖区壬保障房工程,320211,房屋建筑,是,是,壬建设公司,2024-09-09,,45,是,2025-12-31,否,,,
    P10,江阴市癸桥梁工程,320281,市政基础设施,是,是,癸建设公司,2025-03-03,,10,否,,否,,,

    """

    public static let siteYAML = """
    title: 江苏省智慧工地建设发展报告
    year: 2025
    office: 江苏省智慧工地建设推进办公室
    publication_date: 2026-03-15

    """

    /// A chapter with a live value, a GFM table and a chart.
    public static let chapter = """
    # 总体情况

    全省规模以上政府投资工程智慧工地覆盖率为 {{ province.smart_coverage }}，南京市为 {{ cities.320100.smart_coverage }}。

    | 设区市 | 覆盖率 |
    |---|---:|
    | 南京市 | {{ cities.320100.smart_coverage }} |
    | 无锡市 | {{ cities.320200.smart_coverage }} |

    ```chart
    city-coverage
    ```

    """

    /// The repository's root folder (holds `templates/` and `content/`).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A fresh content folder with site.yml, data/projects.csv and one annual chapter.
    public static func contentFolder(projects: String = projectsCSV, chapter: String = chapter) throws -> URL {
        let root = try temporaryFolder()
        try write(siteYAML, to: root.appendingPathComponent("site.yml"))
        try write(projects, to: root.appendingPathComponent("data/projects.csv"))
        try write(chapter, to: root.appendingPathComponent("reports/annual/01-overview.md"))
        return root
    }

    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("smartsite-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    public static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
