import DataIO
import Foundation
import Model
import Testing
import TestSupport

@Suite struct ProjectsReaderTests {
    private func load(_ csv: String) throws -> (Datasets, Diagnostics) {
        let content = try Fixtures.contentFolder(projects: csv)
        var diagnostics = Diagnostics()
        let data = ContentLoader(root: content).loadDatasets(year: 2025, diagnostics: &diagnostics)
        return (data, diagnostics)
    }

    @Test func readsEveryFieldOfTheFixture() throws {
        let (data, diagnostics) = try load(Fixtures.projectsCSV)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let p04 = try #require(data.projects.first { $0.id == "P04" })
        #expect(p04.name == "秦淮区丁学校工程")
        #expect(p04.county == "320104")
        #expect(p04.category == .building)
        #expect(p04.completionDate == Day(year: 2025, month: 11, day: 30))
        #expect(p04.connectedSince == Day(year: 2026, month: 2, day: 1))
        #expect(p04.progress == 100)
        #expect(data.projects.map(\.id) == (1...10).map { String(format: "P%02d", $0) })
    }

    @Test func badDateNamesFileLineColumnValueAndExpectation() throws {
        let csv = Fixtures.projectsCSV.replacingOccurrences(of: "2025-02-01", with: "2025-13-01")
        let (_, diagnostics) = try load(csv)
        #expect(diagnostics.errors.map(\.description) == [
            "data/projects.csv:3: 列「开工日期」(start_date) 的值 \"2025-13-01\" 不是有效日期（应为 2025-03-07、2025/3/7 或 2025年3月7日）",
        ])
        #expect(diagnostics.errors.first?.column == "开工日期")
        #expect(diagnostics.errors.first?.value == "2025-13-01")
    }

    @Test func englishKeysInAnyOrderAndUnknownColumnsWarnOnce() throws {
        let csv = """
        START_DATE,id,name,county,category,government_funded,above_scale,contractor,smart_site,备注,其他列
        2025/3/7,X1,测试工程,320102,其他,Y,N,某公司,no,a,b
        2025年3月8日,X2,测试工程二,320102,轨道交通,true,1,某公司,0,c,d

        """
        let (data, diagnostics) = try load(csv)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors)")
        #expect(data.projects.map(\.startDate) == [Day(year: 2025, month: 3, day: 7), Day(year: 2025, month: 3, day: 8)])
        #expect(data.projects.map(\.aboveScale) == [false, true])
        #expect(diagnostics.warnings.map(\.description) == [
            "data/projects.csv:1: 忽略无法识别的列：「备注」、「其他列」\n  提示 (hint): 可用的列：项目编号、项目名称、区划代码、工程类别、政府投资、规模以上、合同价(万元)、建设单位、施工单位、集成服务商、开工日期、竣工日期、施工进度、智慧工地、智慧工地建成日期、接入监管平台、接入日期、超危大工程、超危大线上管控、标化考评线上、线上开单、建安码、申报星级、项目负责人、联系电话",
        ])
    }

    @Test func allErrorsOfARunAreCollected() throws {
        let csv = Fixtures.projectsCSV
            .replacingOccurrences(of: "P02,玄武区乙道路工程,320102", with: "P02,玄武区乙道路工程,320100")
            .replacingOccurrences(of: "P07,", with: "P06,")
            .replacingOccurrences(of: "2025-05-01,2025-11-30", with: "2025-05-01,2025-04-30")
        let (_, diagnostics) = try load(csv)
        #expect(diagnostics.errors.map(\.description) == [
            "data/projects.csv:3: 列「区划代码」(county) 的值 \"320100\" 不是县级区划代码（项目须落在县级行政区）\n  提示 (hint): 区划代码为 6 位数字，见 regions-jiangsu.csv",
            "data/projects.csv:5: 列「竣工日期」(completion_date) 的值 \"2025-04-30\" 早于开工日期 2025-05-01（竣工日期不能早于开工日期）",
            "data/projects.csv:8: 列「项目编号」(id) 的值 \"P06\" 重复（已在第 7 行出现）\n  提示 (hint): 项目编号必须唯一",
        ])
    }

    @Test func personalColumnsAreNotKept() throws {
        let (data, _) = try load(Fixtures.projectsCSV)
        let dump = data.projects.map { "\($0)" }.joined()
        #expect(!dump.contains("13800000001"))
        #expect(!dump.contains("张工"))
    }

    /// Large files are read on all cores in pieces: projects, duplicates and problems still come in file order.
    @Test func aLargeFileReadInPiecesKeepsFileOrder() throws {
        let header = Fixtures.projectsCSV.split(separator: "\n")[0]
        var lines = [String(header)]
        for n in 1...4000 {
            let county = n == 3000 ? "999999" : "320102"
            let id = n == 3500 ? "Q0010" : String(format: "Q%04d", n)
            lines.append("\(id),工程\(n),\(county),房屋建筑,是,是,某建设公司,2024-03-01,,60,否,,否,,,")
        }
        let (data, diagnostics) = try load(lines.joined(separator: "\n") + "\n")
        #expect(data.projects.count == 4000 - 2)
        #expect(data.projects.prefix(3).map(\.id) == ["Q0001", "Q0002", "Q0003"])
        #expect(data.projects.last?.id == "Q4000")
        #expect(diagnostics.errors.map(\.location) == ["data/projects.csv:3001", "data/projects.csv:3501"])
        #expect(diagnostics.errors.last?.message.contains("重复（已在第 11 行出现）") == true)
    }
}
