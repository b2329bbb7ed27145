@testable import Build
import Foundation
import Model
import Testing
import TestSupport

@Suite struct PersonalDataScanTests {
    @Test func findsMobileAndIDNumbersButNotOtherDigitRuns() {
        // 11010519491231002X is the standard's own example of a valid check character.
        let text = "热线 139 1234 5678，另 138-0000-0001；证件 11010519491231002X；编号 JS2025-320102-0001、"
            + "13912345678901、12345678901、110105194912310021、哈希 a13912345678b"
        let hits = PersonalDataScan.findings(in: text, allowed: [])
        #expect(hits.map(\.kind) == ["手机号码", "手机号码", "身份证号码"])
        #expect(hits.map(\.value) == ["13912345678", "13800000001", "11010519491231002X"])
        #expect(PersonalDataScan.findings(in: text, allowed: ["13912345678", "13800000001"]).map(\.value)
                == ["11010519491231002X"])
        #expect(PersonalDataScan.mask("13912345678") == "139****5678")
    }

    @Test func aPhoneNumberInAChapterStopsTheBuildAndWritesNothing() throws {
        let content = try Fixtures.contentFolder(chapter: Fixtures.chapter + "\n如有疑问请联系 13912345678。\n")
        let output = content.appendingPathComponent("out")
        let options = BuildOptions(content: content, output: output,
                                   templates: Fixtures.repositoryRoot.appendingPathComponent("templates"), pdf: false)
        do {
            _ = try BuildPipeline.build(options)
            Issue.record("the build should have failed")
        } catch let error as DiagnosticsError {
            let origin = "（来自 reports/annual/01-overview.md 第 14 行）"
            #expect(error.diagnostics.errors.map(\.message) == [
                "输出文件 annual/2025/overview.html 含有疑似手机号码 \"139****5678\"\(origin)，已停止构建，未写入任何文件",
                "输出文件 annual/2025 PDF（reports/annual/01-overview.md） 含有疑似手机号码 \"139****5678\"\(origin)，已停止构建，未写入任何文件",
            ])
            #expect(error.diagnostics.errors.allSatisfy { $0.location == "reports/annual/01-overview.md:14" })
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))

        // Listed in site.yml, the number may be published.
        try Fixtures.write(Fixtures.siteYAML + "personal_data:\n  allow: [\"13912345678\"]\n",
                           to: content.appendingPathComponent("site.yml"))
        _ = try BuildPipeline.build(options)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func aPhoneNumberPlantedInAProjectNameIsTracedToItsDatasetRow() throws {
        let planted = Fixtures.projectsCSV.replacingOccurrences(of: "秦淮区丁学校工程", with: "秦淮区丁学校工程（联系 139-1234-5678）")
        let content = try Fixtures.contentFolder(projects: planted)
        let output = content.appendingPathComponent("out")
        let options = BuildOptions(content: content, output: output,
                                   templates: Fixtures.repositoryRoot.appendingPathComponent("templates"), pdf: false)
        #expect {
            try BuildPipeline.build(options)
        } throws: { error in
            guard let errors = (error as? DiagnosticsError)?.diagnostics.errors, !errors.isEmpty else { return false }
            return errors.allSatisfy { $0.location == "data/projects.csv:5" && $0.message.contains("139****5678") }
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
