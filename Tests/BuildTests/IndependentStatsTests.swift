import Build
import Foundation
import Testing
import TestSupport

/// Re-derives stats.json with an independent implementation of DATA.md §3
/// (`scripts/verify_stats.py`, plain Python, written from the contract alone)
/// and compares it value by value with what the build wrote.
@Suite struct IndependentStatsTests {
    static let python3Available: Bool = {
        (try? runTool("python3", ["--version"]).status) == 0
    }()

    /// Synthetic provinces from the demo-data generator.
    @Test(.enabled(if: IndependentStatsTests.python3Available, "python3 is not installed"),
          arguments: [UInt64(7), UInt64(20_251)])
    func generatedProvinceMatchesIndependentRecomputation(seed: UInt64) throws {
        let root = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        _ = try DemoDataBuild.write(to: content.appendingPathComponent("data"), projects: 600, seed: seed,
                                    year: 2025, dustDevices: 20, dustDays: 20)
        try Fixtures.write("title: 测试\nyear: 2025\n", to: content.appendingPathComponent("site.yml"))
        try buildAndVerify(content: content, output: root.appendingPathComponent("output"),
                           label: "seed \(seed)")
    }

    /// A small hand-written province aimed at the rules' edges: near-equal city
    /// scores (1e-9 tie), tied providers, latest-verification tie on the id,
    /// 复核等次 and 优秀, custom grading/weights/radius, 19 vs 20 hourly values,
    /// an exceedance of exactly 50, broken and unbroken flatline runs, readings
    /// outside the year, city-level and future platform rows.
    @Test(.enabled(if: IndependentStatsTests.python3Available, "python3 is not installed"))
    func edgeCasesMatchIndependentRecomputation() throws {
        let root = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try Fixtures.write(EdgeCase.siteYAML, to: content.appendingPathComponent("site.yml"))
        for (name, text) in EdgeCase.files {
            try Fixtures.write(text, to: content.appendingPathComponent("data/\(name).csv"))
        }
        try buildAndVerify(content: content, output: root.appendingPathComponent("output"), label: "edge cases")
    }

    private func buildAndVerify(content: URL, output: URL, label: String) throws {
        let templates = Fixtures.repositoryRoot.appendingPathComponent("templates")
        _ = try BuildPipeline.build(BuildOptions(content: content, output: output, templates: templates,
                                                 pdf: false))
        let stats = output.appendingPathComponent("data/stats.json")
        try #require(FileManager.default.fileExists(atPath: stats.path))

        let script = Fixtures.repositoryRoot.appendingPathComponent("scripts/verify_stats.py")
        let command = [script.path, content.path, stats.path].map(shellQuoted).joined(separator: " ")
        let (status, text) = try runTool("sh", ["-c", "python3 \(command) 2>&1"])
        #expect(status == 0 && text.contains("stats.json matches"),
                "verify_stats.py (\(label)) exited \(status):\n\(text)")
    }

    private func shellQuoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

private enum EdgeCase {
    static let siteYAML = """
    title: 测试
    year: 2025
    grading:
      excellent: 85
      good: 75
      pass: 60
    ranking:
      city_weights:
        smart_coverage: 0.1
        connection_rate: 0.2
        platform_coverage: 0.3
        excellent_rate: 0.25
        pass_rate: 0.15
      provider_min_projects: 2
    dust:
      match_radius_km: 3
      exceedance_ugm3: 50

    """

    static var files: [(String, String)] {
        [("projects", projects), ("verifications", verifications), ("platforms", platforms),
         ("providers", providers), ("provider_metrics", providerMetrics), ("dust_devices", dustDevices),
         ("stations", stations), ("dust_readings", dustReadings), ("station_readings", stationReadings)]
    }

    // 南京 (A1, A2: coverage 1, connection 1, no platform) and 无锡 (A5 not in
    // scope, all 7 counties with a platform) score 100·(0.1 + 0.2) and 100·0.3:
    // different doubles, equal within 1e-9, so they tie.
    static let projects = """
    项目编号,项目名称,区划代码,工程类别,政府投资,规模以上,施工单位,开工日期,竣工日期,施工进度,智慧工地,智慧工地建成日期,接入监管平台,接入日期,超危大工程,超危大线上管控,标化考评线上,线上开单,建安码,申报星级
    A1,甲工程,320102,房屋建筑,是,是,甲公司,2024-01-01,,40,是,2024-05-01,是,2025-12-31,是,否,是,否,是,3
    A2,乙工程,320102,房屋建筑,是,是,乙公司,2025-01-01,2025-01-01,39.9,是,2025-12-31,是,2025-12-31,否,否,否,是,否,3
    A3,丙工程,320104,市政基础设施,是,否,丙公司,2026-01-01,,100,是,2025-01-01,否,,否,否,否,否,否,0
    A4,丁工程,320505,房屋建筑,否,是,丁公司,2020-01-01,2024-12-31,100,否,,否,,否,否,否,否,否,0
    A5,戊工程,320205,其他,否,是,戊公司,2025-06-01,,50,是,2025-06-02,是,2026-01-01,否,否,是,是,是,3
    A6,己工程,320402,房屋建筑,是,是,己公司,2023-01-01,,80,是,2023-02-01,是,2023-03-01,是,是,是,是,是,3
    A7,庚工程,320402,房屋建筑,是,是,庚公司,2023-01-01,,80,是,2023-02-01,是,2024-03-01,否,否,否,否,否,3
    A8,辛工程,320402,房屋建筑,是,否,辛公司,2024-06-01,,60,是,2024-07-01,否,,否,否,否,否,否,3
    A9,壬工程,320402,轨道交通,是,是,壬公司,2024-06-01,,40,是,2025-07-01,否,,否,否,否,否,否,0

    """

    // V9 and V10 share a date: "V9" > "V10" in string order, so V9 (优良) is A6's latest.
    // VA7 is 合格 reviewed as 优秀; VA1 and VA7 disagree with their scores (85/75/60 grading).
    static let verifications = """
    验证编号,项目编号,申请日期,验证日期,得分,等次,复核等次
    V10,A6,2025-05-01,2025-05-05,70,合格,
    V9,A6,2025-05-01,2025-05-05,88,优良,
    VA7,A7,2025-02-01,2025-02-03,78,合格,优秀
    VA1,A1,2025-12-31,2026-01-05,86,良好,
    VA4,A4,2025-03-01,2025-03-02,59.9,不合格,
    VA8a,A8,2025-02-20,2025-03-01,92,优秀,
    VA8b,A8,2025-08-20,2025-09-01,80,良好,
    VA9,A9,2026-01-02,2026-01-10,90,优良,
    VO,A6,2023-04-01,2023-04-10,95,优良,不合格

    """

    static let platforms = """
    区划代码,平台状态,建成日期
    320205,已建成,2024-01-15
    320206,已建成,2024-02-15
    320211,已建成,2024-03-15
    320213,已建成,2024-04-15
    320214,已建成,2024-05-15
    320281,已建成,2024-06-15
    320282,已建成,2024-07-15
    320400,共享版,2024-01-01
    320402,在建,
    320404,共享版,2026-01-01
    320411,已建成,2021-12-31

    """

    static let providers = """
    服务商名称,统一社会信用代码
    江苏智建云科技有限公司,91320117MA5MBRDL4N
    南京筑联信息技术有限公司,91320118MAGEKMA60C
    苏州慧工数字科技有限公司,91320585MA7M7T8T5C
    江苏安建智能科技有限公司,9132010016673133XG
    无锡数筑物联网科技有限公司,91320205MAH1WT870T

    """

    // 南京筑联 and 江苏智建云 tie; 江苏安建 has one project (unranked);
    // 无锡数筑 has rows in 2024 only (not listed).
    static let providerMetrics = """
    服务商名称,项目编号,月份,设备在线率,数据及时率,数据完整率
    南京筑联信息技术有限公司,A1,2025-01,90,80,70
    南京筑联信息技术有限公司,A2,2025-02,90,80,70
    南京筑联信息技术有限公司,A2,2024-12,10,10,10
    江苏智建云科技有限公司,A6,2025-03,90,80,70
    江苏智建云科技有限公司,A7,2025-12,90,80,70
    苏州慧工数字科技有限公司,A1,2025-01,95.5,60,70
    苏州慧工数字科技有限公司,A5,2025-01,85,61.5,70
    苏州慧工数字科技有限公司,A6,2025-01,80,62,71
    江苏安建智能科技有限公司,A9,2025-04,99,99,99
    江苏安建智能科技有限公司,A9,2025-05,98,99,99
    无锡数筑物联网科技有限公司,A9,2024-04,99,99,99

    """

    static let dustDevices = """
    设备编号,项目编号,经度,纬度
    D1,A1,118.80,32.05
    D2,A6,117.20,34.26
    D3,A7,117.20,34.26
    D4,A7,117.30,34.20

    """

    // S1 sits on D1; S2 is about 0.9 km away with readings that would change the result.
    static let stations = """
    站点编码,站点名称,区划代码,经度,纬度
    S2,乙站,320102,118.81,32.05
    S1,甲站,320102,118.80,32.05

    """

    private static func hour(_ h: Int) -> String { h < 10 ? "0\(h):00" : "\(h):00" }

    static var dustReadings: String {
        var lines = ["设备编号,时间,PM10,PM2.5"]
        // D1: 23 values (one empty) on 03-01, exactly 20 on 03-02, 19 on 03-03, one reading in 2024.
        for h in 0..<24 { lines.append("D1,2025-03-01 \(hour(h)),\(h == 12 ? "" : "100"),") }
        for h in 0..<20 { lines.append("D1,2025-03-02 \(hour(h)),120,") }
        for h in 0..<19 { lines.append("D1,2025-03-03 \(hour(h)),200,") }
        lines.append("D1,2024-12-31 23:00,500,")
        // D2: 23 equal values with a missing hour; D3: 24 equal values (flatline);
        // D4: 24 equal values of which the first lies in 2024.
        for h in 0..<24 where h != 11 { lines.append("D2,2025-04-01 \(hour(h)),80,") }
        for h in 0..<24 { lines.append("D3,2025-05-01 \(hour(h)),70.5,") }
        lines.append("D4,2024-12-31 23:00,70,")
        for h in 0..<23 { lines.append("D4,2025-01-01 \(hour(h)),70,") }
        return lines.joined(separator: "\n") + "\n"
    }

    // S1: 50 on 03-01 (D1 − S1 = 50 exactly: no exceedance), 60 on 03-02 (exceedance), 10 on 03-03.
    static var stationReadings: String {
        var lines = ["站点编码,时间,PM10,PM2.5"]
        for (day, value) in [("01", 50), ("02", 60), ("03", 10)] {
            for h in 0..<(day == "02" ? 20 : 24) {
                lines.append("S1,2025-03-\(day) \(hour(h)),\(value),")
                lines.append("S2,2025-03-\(day) \(hour(h)),100,")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
