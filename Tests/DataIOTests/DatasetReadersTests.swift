import DataIO
import Foundation
import Model
import Testing
import TestSupport

/// One test per rule of the optional datasets, each asserting the exact message.
@Suite struct DatasetReadersTests {
    static let providersCSV = """
    服务商名称,统一社会信用代码
    江苏智建云科技有限公司,91350100M000100Y43

    """

    private func load(_ files: [String: String]) throws -> (Datasets, Diagnostics) {
        let content = try Fixtures.contentFolder()
        for (name, text) in files {
            try Fixtures.write(text, to: content.appendingPathComponent("data/\(name)"))
        }
        var diagnostics = Diagnostics()
        let data = ContentLoader(root: content).loadDatasets(year: 2025, diagnostics: &diagnostics)
        return (data, diagnostics)
    }

    @Test func providerMetricsAreFractionsAndReferencesAreChecked() throws {
        let (data, diagnostics) = try load([
            "providers.csv": Self.providersCSV,
            "provider_metrics.csv": """
            provider,project,month,online_rate,timely_rate,complete_rate
            江苏智建云科技有限公司,P01,2025-03,97.5%,88,100.0
            江苏智建云科技有限公司,P02,2025/4,90,90,90
            某某科技有限公司,P99,2025-13,101,９０,x

            """,
        ])
        #expect(data.providerMetrics == [
            ProviderMetric(provider: "江苏智建云科技有限公司", project: "P01", month: YearMonth(year: 2025, month: 3)!,
                           onlineRate: 0.975, timelyRate: 0.88, completeRate: 1),
            ProviderMetric(provider: "江苏智建云科技有限公司", project: "P02", month: YearMonth(year: 2025, month: 4)!,
                           onlineRate: 0.9, timelyRate: 0.9, completeRate: 0.9),
        ])
        #expect(diagnostics.errors.map(\.description) == [
            "data/provider_metrics.csv:4: 列「provider」(provider) 的值 \"某某科技有限公司\" 在服务商名单 (providers) 中不存在",
            "data/provider_metrics.csv:4: 列「project」(project) 的值 \"P99\" 在项目清单 (projects) 中不存在",
            "data/provider_metrics.csv:4: 列「month」(month) 的值 \"2025-13\" 无法识别（应为 2025-03 形式的年月）",
            "data/provider_metrics.csv:4: 列「online_rate」(online_rate) 的值 \"101\" 超出范围（应在 0 到 100 之间）",
            "data/provider_metrics.csv:4: 列「timely_rate」(timely_rate) 的值 \"９０\" 含全角数字（应为半角数字，如 12.5）",
            "data/provider_metrics.csv:4: 列「complete_rate」(complete_rate) 的值 \"x\" 不是有效数字（应为 0–100 的百分数，如 97.5 或 97.5%）",
        ])
    }

    @Test func providerMetricsWithoutProvidersIsAnError() throws {
        let (_, diagnostics) = try load([
            "provider_metrics.csv": "服务商名称,项目编号,月份,设备在线率,数据及时率,数据完整率\n甲,P01,2025-01,1,1,1\n",
        ])
        #expect(diagnostics.errors.first?.description ==
            "data/provider_metrics.csv: 服务商运营质量数据需要服务商名单：缺少 data/providers.csv 或 data/providers.xlsx\n  提示 (hint): 服务商名称必须在服务商名单 (providers) 中登记")
    }

    @Test func invalidCreditCodeAndUnknownProjectProvider() throws {
        let projects = Fixtures.projectsCSV
            .replacingOccurrences(of: "施工单位,", with: "施工单位,集成服务商,")
            .replacingOccurrences(of: "甲建设公司,", with: "甲建设公司,不存在的服务商,")
            .replacingOccurrences(of: "建设公司,2", with: "建设公司,,2")
        let (_, diagnostics) = try load([
            "providers.csv": Self.providersCSV + "乙科技有限公司,91350100M000100Y44\n",
            "projects.csv": projects,
        ])
        #expect(diagnostics.errors.map(\.description) == [
            "data/providers.csv:3: 列「统一社会信用代码」(credit_code) 的值 \"91350100M000100Y44\" 不是有效的统一社会信用代码（应为 18 位，末位校验码符合 GB 32100-2015）",
            "data/projects.csv:2: 列「集成服务商」(provider) 的值 \"不存在的服务商\" 在服务商名单 (providers) 中不存在",
        ])
    }

    @Test func verificationRules() throws {
        let (data, diagnostics) = try load(["verifications.csv": """
            验证编号,项目编号,申请日期,验证日期,得分,等次,复核等次,分项:人员管理,分项：扬尘监测
            V1,P01,2025-03-01,2025-03-20,95,优秀,,18,9.5
            V2,P04,2025-06-01,2025-06-20,85,良好,优良,,
            V3,P99,2025-06-01,2025-05-20,abc,很好,,-1,
            V1,P01,2025-03-01,2025-03-20,95,优良,,,

            """])
        #expect(data.verifications?.map(\.finalGrade) == [.excellent, .excellent])
        #expect(data.verifications?.first?.itemScores == [ItemScore(name: "人员管理", score: 18), ItemScore(name: "扬尘监测", score: 9.5)])
        #expect(diagnostics.errors.map(\.description) == [
            "data/verifications.csv:4: 列「项目编号」(project) 的值 \"P99\" 在项目清单 (projects) 中不存在",
            "data/verifications.csv:4: 列「验证日期」(verified_on) 的值 \"2025-05-20\" 早于申请日期 2025-06-01（验证日期不能早于申请日期）",
            "data/verifications.csv:4: 列「得分」(score) 的值 \"abc\" 不是有效数字（应为普通小数，如 1234.5）",
            "data/verifications.csv:4: 列「等次」(grade) 的值 \"很好\" 无法识别（应为 不合格、合格、良好 或 优良（优秀 视同 优良））",
            "data/verifications.csv:4: 列「分项:人员管理」(分项:人员管理) 的值 \"-1\" 不是有效分数（应为不小于 0 的数字）",
            "data/verifications.csv:5: 列「验证编号」(id) 的值 \"V1\" 重复（已在第 2 行出现）\n  提示 (hint): 验证编号必须唯一",
        ])
    }

    @Test func gradeThatDiffersFromItsScoreIsAWarning() throws {
        let (data, diagnostics) = try load(["verifications.csv": """
            验证编号,项目编号,申请日期,验证日期,得分,等次
            V1,P01,2025-03-01,2025-03-20,82.8,合格
            V2,P04,2025-06-01,2025-06-20,90,优良

            """])
        #expect(data.verifications?.first?.grade == .pass)
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings.map(\.description) == [
            "data/verifications.csv:2: 列「等次」(grade) 的值 \"合格\" 与得分 82.8 对应的等次「良好」不一致，按文件中的等次统计\n  提示 (hint): 分数线（site.yml 的 grading）：优良 ≥ 90、良好 ≥ 80、合格 ≥ 60",
        ])
    }

    @Test func platformRules() throws {
        let (data, diagnostics) = try load(["platforms.csv": """
            区划代码,平台状态,建成日期
            320102,已建成,2023-05-01
            320100,共享版,2024-01-01
            320104,在建,
            320000,已建成,2023-01-01
            320205,已建成,
            999999,未建,

            """])
        #expect(data.platforms?.count == 3)
        #expect(diagnostics.errors.map(\.description) == [
            "data/platforms.csv:5: 列「区划代码」(region) 的值 \"320000\" 是省级代码（应为县级或设区市区划代码）",
            "data/platforms.csv:6: 列「建成日期」(since) 不能为空（平台状态为「已建成」时必须填写建成日期）",
            "data/platforms.csv:7: 列「区划代码」(region) 的值 \"999999\" 不是已知的区划代码\n  提示 (hint): 区划代码为 6 位数字，见 regions-jiangsu.csv",
        ])
    }

    @Test func dustDevicesAndStations() throws {
        let (data, diagnostics) = try load([
            "dust_devices.csv": "设备编号,项目编号,经度,纬度\nD1,P01,118.79,32.06\nD1,P02,118.8,32.1\nD2,P99,218.8,32.1\n",
            "stations.csv": "站点编码,站点名称,区划代码,经度,纬度\n1141A,玄武湖,320102,118.79,32.07\n1142A,未知站,999999,118.8,32.1\n",
        ])
        #expect(data.dustDevices == [DustDevice(id: "D1", project: "P01", position: GeoPoint(lon: 118.79, lat: 32.06))])
        #expect(data.stations?.map(\.code) == ["1141A"])
        #expect(diagnostics.errors.map(\.description) == [
            "data/dust_devices.csv:3: 列「设备编号」(device) 的值 \"D1\" 重复（已在第 2 行出现）\n  提示 (hint): 设备编号必须唯一",
            "data/dust_devices.csv:4: 列「项目编号」(project) 的值 \"P99\" 在项目清单 (projects) 中不存在",
            "data/dust_devices.csv:4: 列「经度」(lon) 的值 \"218.8\" 超出范围（应在 -180 到 180 之间）",
            "data/stations.csv:3: 列「区划代码」(region) 的值 \"999999\" 不是已知的区划代码\n  提示 (hint): 区划代码为 6 位数字，见 regions-jiangsu.csv",
        ])
    }

    @Test func customRegionsReplaceTheBuiltInTable() throws {
        let (data, diagnostics) = try load(["regions.csv": """
            code,name,level,parent
            320000,江苏省,省,
            320100,南京市,设区市,320000
            320102,玄武区,县级,320100
            320104,秦淮区,县级,320100
            320200,无锡市,设区市,320000
            320205,锡山区,县级,320200
            320211,滨湖区,县级,320200
            320281,江阴市,县级,320200

            """])
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(data.regions.cities.map(\.code) == ["320100", "320200"])
        #expect(data.regions.counties(of: "320200").map(\.name) == ["锡山区", "滨湖区", "江阴市"])
    }

    @Test func brokenRegionsAreReported() throws {
        let (_, diagnostics) = try load(["regions.csv": """
            区划代码,名称,级别,上级代码
            320000,江苏省,省,
            320100,南京市,设区市,320000
            320104,秦淮区,县级,320000
            32020,无锡市,设区市,320000
            320300,徐州市,设区市,

            """])
        #expect(diagnostics.errors.map(\.description) == [
            "data/regions.csv:5: 列「区划代码」(code) 的值 \"32020\" 不是 6 位数字的区划代码",
            "data/regions.csv:6: 列「上级代码」(parent) 不能为空（设区市和县级须填写上级代码）",
            "data/regions.csv:4: 列「上级代码」(parent) 的值 \"320000\" 不是设区市级区划代码（秦淮区的上级应为设区市）",
        ])
    }

    @Test func csvAndXlsxOfOneDatasetIsAnErrorAndStrayFilesWarn() throws {
        let (_, diagnostics) = try load(["platforms.csv": "区划代码,平台状态\n", "platforms.xlsx": "x", "projets.csv": "a\n"])
        #expect(diagnostics.errors.map(\.description) == [
            "data/platforms.csv: 同时存在 data/platforms.csv 和 data/platforms.xlsx，无法确定使用哪一个\n  提示 (hint): 删除或改名其中一个文件",
        ])
        #expect(diagnostics.warnings.map(\.message) == ["忽略无法识别的数据文件「projets.csv」"])
    }
}
