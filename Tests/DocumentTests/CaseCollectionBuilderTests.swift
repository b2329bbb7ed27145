import Document
import Foundation
import Model
import Testing
import TestSupport

/// Case files: front matter rules and their exact messages, the facts box
/// filled from the datasets, book order, pictures, and untrusted bodies.
@Suite struct CaseCollectionBuilderTests {
    let content: URL
    let jpeg = ImageSamples.jpeg

    init() throws {
        content = try Fixtures.temporaryFolder()
        try ImageSamples.write(jpeg, to: content.appendingPathComponent("cases/tower/photos/crane.jpg"))
        try ImageSamples.write(ImageSamples.png(width: 30, height: 20),
                               to: content.appendingPathComponent("cases/shared/gate.png"))
    }

    /// Two projects in 南京 (秦淮区) and 无锡 (锡山区); P1 verified twice in
    /// 2025 (the later, reviewed 良好 → 优良, counts), P2 never.
    static let datasets: Datasets = {
        let projects = [
            Project(id: "P1", name: "秦淮区某中学扩建工程", county: "320104", category: .building, governmentFunded: true,
                    aboveScale: true, contractor: "江苏某建设集团", provider: "智联科技",
                    startDate: Day(year: 2024, month: 3, day: 1)!, smartSite: true),
            Project(id: "P2", name: "锡山区雨污分流工程", county: "320205", category: .municipal, governmentFunded: true,
                    aboveScale: true, contractor: "无锡某市政公司", startDate: Day(year: 2024, month: 5, day: 1)!,
                    smartSite: true),
        ]
        let verifications = [
            Verification(id: "V1", project: "P1", appliedOn: Day(year: 2025, month: 3, day: 1)!,
                         verifiedOn: Day(year: 2025, month: 3, day: 20)!, score: 78, grade: .pass),
            Verification(id: "V2", project: "P1", appliedOn: Day(year: 2025, month: 9, day: 1)!,
                         verifiedOn: Day(year: 2025, month: 9, day: 18)!, score: 88, grade: .good, reviewGrade: .excellent),
            Verification(id: "V3", project: "P1", appliedOn: Day(year: 2026, month: 1, day: 5)!,
                         verifiedOn: Day(year: 2026, month: 1, day: 10)!, score: 50, grade: .fail),
        ]
        return Datasets(regions: .jiangsu, projects: projects, verifications: verifications)
    }()

    private func build(_ files: [String: String], preface: String? = nil) -> (CaseCollection, Diagnostics) {
        var diagnostics = Diagnostics()
        let sources = files.map { path, text in
            let parts = path.split(separator: "/")
            let slug = parts.last == "index.md" ? String(parts[parts.count - 2]) : String(parts.last!.dropLast(3))
            return CaseSource(slug: slug, path: path, text: text, contentRoot: content)
        }
        let statistics = DocumentFixture.statistics
        let values = ValueTable(statistics: statistics, datasets: Self.datasets)
        var config = SiteConfig(title: "江苏省智慧工地", year: 2025)
        config.office = "江苏省智慧工地推进办公室"
        let prefaceSource = preface.map {
            ChapterSource(number: 0, slug: "preface", path: "cases/_preface.md", text: $0, contentRoot: content)
        }
        let collection = CaseCollectionBuilder.build(sources: sources, preface: prefaceSource, config: config,
                                                     statistics: statistics, values: values, diagnostics: &diagnostics)
        return (collection, diagnostics)
    }

    private func messages(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.items.map { "\($0.severity == .error ? "E" : "W") \($0.location) \($0.message)" }
    }

    @Test func aCaseWithAProjectGetsItsFactsFromTheDatasets() throws {
        let (collection, diagnostics) = build(["cases/school.md": """
            ---
            title: AI 视频识别守护校园建设现场
            project: P1
            year: 2025
            tags: [AI视频识别, 人员实名制, AI视频识别]
            summary: 校园扩建工地部署 AI 视频识别。
            ---

            ## 主要做法

            布设摄像机。
            """])
        #expect(diagnostics.items.isEmpty, "\(messages(diagnostics))")
        let study = try #require(collection.cases.first)
        #expect(study.number == 1 && study.slug == "school" && study.source == "cases/school.md")
        #expect(study.title == "AI 视频识别守护校园建设现场" && study.year == 2025)
        #expect(study.tags == ["AI视频识别", "人员实名制"])
        #expect(study.region == CaseRegion(cityCode: "320100", cityName: "南京市", countyCode: "320104", countyName: "秦淮区"))
        #expect(study.region.label == "南京市秦淮区")
        #expect(study.category == .building)
        // The latest verification up to 2025-12-31 is V2, final grade its review grade 优良; V3 (2026) does not count.
        #expect(study.facts == CaseFacts(projectID: "P1", projectName: "秦淮区某中学扩建工程", category: .building,
                                         contractor: "江苏某建设集团", provider: "智联科技", latestGrade: .excellent,
                                         latestVerifiedOn: Day(year: 2025, month: 9, day: 18)))
        guard case .heading(let heading)? = study.blocks.first else { Issue.record("no heading"); return }
        #expect(heading.level == 2 && heading.content == [.text("主要做法")])
        #expect(study.blocks.dropFirst().first == .paragraph([.text("布设摄像机。")]))
    }

    @Test func casesAreInBookOrderCitiesByCodeThenOrderThenTitle() {
        let (collection, diagnostics) = build([
            "cases/b.md": "---\ntitle: 乙\nregion: '320205'\nyear: 2025\ntags: [BIM]\nsummary: 摘要\n---\n",
            "cases/a.md": "---\ntitle: 甲\nregion: '320100'\nyear: 2025\ntags: [BIM]\nsummary: 摘要\norder: 2\n---\n",
            "cases/c.md": "---\ntitle: 丙\nregion: 320104\nyear: 2024\ntags: [扬尘治理, BIM]\nsummary: 摘要\norder: 1\n---\n",
            "cases/d/index.md": "---\ntitle: 丁\nproject: P2\nyear: 2025\ntags: 扬尘治理、塔吊监测\nsummary: 摘要\n---\n",
        ])
        #expect(diagnostics.items.isEmpty, "\(messages(diagnostics))")
        #expect(collection.cases.map(\.slug) == ["c", "a", "d", "b"])
        #expect(collection.cases.map(\.number) == [1, 2, 3, 4])
        #expect(collection.byCity.map(\.city.cityName) == ["南京市", "无锡市"])
        #expect(collection.byCity.map { $0.cases.map(\.slug) } == [["c", "a"], ["d", "b"]])
        #expect(collection.byTag.map(\.tag) == ["BIM", "塔吊监测", "扬尘治理"])
        #expect(collection.byTag.map { $0.cases.map(\.slug) } == [["c", "a", "b"], ["d"], ["c", "d"]])
        #expect(collection.cases[2].tags == ["扬尘治理", "塔吊监测"])
        #expect(collection.byCategory.map(\.category) == [.municipal])
    }

    @Test func missingAndWrongFieldsAreErrorsWithTheirLines() {
        let (collection, diagnostics) = build([
            "cases/x.md": "---\ntitle: 某案例\nproject: P9\nyear: 二〇二五\ntags: [BIM]\nsummary: 摘要\n---\n",
            "cases/y.md": "---\ntitle: 某案例\nyear: 2025\nsummary: 摘要\ncolour: red\n---\n",
            "cases/z.md": "---\ntitle: 某案例\nregion: '330100'\ncategory: 房建\nyear: 2025\ntags: [BIM]\nsummary: 摘要\n---\n",
            "cases/w.md": "# 没有开头信息\n",
            "cases/v.md": "---\ntitle: [未闭合\n---\n",
        ])
        #expect(collection.cases.isEmpty)
        #expect(messages(diagnostics).sorted() == [
            "E cases/v.md:2 案例文件开头的 YAML 无法解析：did not find expected ',' or ']'",
            "E cases/w.md:1 案例文件应以 --- 开头的 YAML 信息（标题、项目编号、年度、标签、摘要）开始",
            "E cases/x.md:3 项目编号「P9」不在项目清单（projects）中",
            "E cases/x.md:4 year 的值「二〇二五」应为 1990 到 2100 之间的整数",
            "E cases/y.md:1 案例缺少「region」（区划代码；写了 project 项目编号时可省略）",
            "E cases/z.md:3 region「330100」不是江苏省的设区市或县级区划代码",
            "E cases/z.md:4 category「房建」不是工程类别",
            "W cases/y.md:1 案例没有技术标签（tags），不会出现在按技术分类的索引中",
            "W cases/y.md:5 忽略无法识别的字段「colour」",
        ].sorted())
    }

    @Test func aRegionThatContradictsTheProjectIsAnError() {
        let (_, diagnostics) = build(["cases/x.md": "---\ntitle: 某案例\nproject: P1\nregion: 320205\nyear: 2025\ntags: [BIM]\nsummary: 摘要\n---\n"])
        #expect(messages(diagnostics) == ["E cases/x.md:4 region「320205」与项目所在区划「南京市秦淮区」不一致"])
    }

    @Test func picturesAreReadBesideTheCaseAndMissingOnesNameTheCaseAndThePath() throws {
        let (collection, diagnostics) = build(["cases/tower/index.md": """
            ---
            title: 塔吊监测
            region: 320100
            year: 2025
            tags: [塔吊监测]
            summary: 摘要
            cover: {file: photos/crane.jpg, alt: 塔吊上的监测终端}
            photos:
              - file: ../shared/gate.png
                caption: 实名制通道
              - file: photos/missing.jpg
                alt: 不存在的照片
            ---
            """])
        #expect(messages(diagnostics) == [
            "W cases/tower/index.md:9 photos 图片缺少替代文字（alt）",
            "E cases/tower/index.md:11 图片「photos/missing.jpg」不存在（应位于 content/cases/tower/photos/missing.jpg）",
        ])
        let study = try #require(collection.cases.first)
        #expect(study.cover?.source == "cases/tower/photos/crane.jpg" && study.cover?.alt == "塔吊上的监测终端")
        #expect(study.cover?.bytes == jpeg)
        #expect(study.photos.map(\.source) == ["cases/shared/gate.png"])
        #expect(study.photos.first?.alt == "实名制通道")  // the caption stands in for the missing alt
        #expect(study.photos.first?.caption == [.text("实名制通道")])
        #expect(collection.images.map(\.source) == ["cases/tower/photos/crane.jpg", "cases/shared/gate.png"])
    }

    @Test func pathsThatLeaveContentAreRefusedInFrontMatterAndBody() {
        let (_, diagnostics) = build(["cases/evil.md": """
            ---
            title: 恶意案例
            region: 320100
            year: 2025
            tags: [BIM]
            summary: 摘要
            cover: ../../etc/passwd.jpg
            ---

            ![口令](../../../etc/shadow.png)

            见 [说明](../../etc/passwd)。
            """])
        #expect(messages(diagnostics) == [
            "E cases/evil.md:7 图片路径「../../etc/passwd.jpg」超出了 content/ 目录，不允许使用",
            "E cases/evil.md:10 图片路径「../../../etc/shadow.png」超出了 content/ 目录，不允许使用",
            "E cases/evil.md:12 链接路径超出了 content/ 目录，不允许使用",
        ])
    }

    @Test func rawHTMLIsTextAndJavascriptLinksAreDropped() throws {
        let (collection, diagnostics) = build(["cases/evil.md": """
            ---
            title: <script>alert(1)</script>
            region: 320100
            year: 2025
            tags: [BIM]
            summary: 摘要
            ---

            <script>alert(2)</script>

            点 [这里](javascript:alert(3)) 或 [官网](https://jszhgd.example.cn/)。
            """])
        #expect(messages(diagnostics) == ["W cases/evil.md:11 链接地址不被允许，只显示文字"])
        let study = try #require(collection.cases.first)
        #expect(study.title == "<script>alert(1)</script>")  // renderers escape it
        #expect(study.blocks == [
            .code(language: "html", text: "<script>alert(2)</script>\n"),
            .paragraph([.text("点 这里 或 "), .link(destination: "https://jszhgd.example.cn/", content: [.text("官网")]),
                        .text("。")]),
        ])
    }

    @Test func slugsMustBeSafeAndUnique() {
        let (collection, diagnostics) = build([
            "cases/塔吊.md": "---\ntitle: 甲\nregion: 320100\nyear: 2025\ntags: [BIM]\nsummary: 摘要\n---\n",
            "cases/Tower.md": "---\ntitle: 乙\nregion: 320100\nyear: 2025\ntags: [BIM]\nsummary: 摘要\n---\n",
            "cases/tower/index.md": "---\ntitle: 丙\nregion: 320100\nyear: 2025\ntags: [BIM]\nsummary: 摘要\n---\n",
        ])
        #expect(collection.cases.map(\.slug) == ["Tower"])
        #expect(messages(diagnostics) == [
            "E cases/tower/index.md:1 案例「tower」与 cases/Tower.md 重名",
            "E cases/塔吊.md 案例文件名「塔吊」只能由英文字母、数字、- 和 _ 组成",
        ])
    }

    @Test func thePrefaceIsChapterZero() throws {
        let (collection, _) = build(["cases/a.md": "---\ntitle: 甲\nregion: 320100\nyear: 2025\ntags: [BIM]\nsummary: 摘要\n---\n"],
                                    preface: "# 前言\n\n本案例集收录……\n")
        let preface = try #require(collection.preface)
        #expect(preface.title == "前言" && preface.number == 0 && preface.source == "cases/_preface.md")
        #expect(collection.title == "2025年省级绿色智慧工地案例集" && collection.office == "江苏省智慧工地推进办公室")
    }
}
