import Document
import Foundation
@testable import HTMLSite
import Model
import Statistics
import Testing
import TestSupport

/// A small case collection in book order: A (南京市秦淮区, with facts and a
/// 2400 px cover), C (南京市玄武区, no project, a small photo) and B (无锡市锡山区,
/// built from a hostile Markdown file: markup in its title, summary, tag and
/// body, a `javascript:` link).
enum CasesFixture {
    static let hostile = "<script>alert(1)</script>"

    /// A 2400 × 300 PNG: wider than every web width.
    static let wideCover = ImageBlock(source: "cases/a-school/cover.png", alt: "校园工地全景",
                                      caption: [.text("工地全景")],
                                      info: ImageInfo(format: .png, pixelWidth: 2400, pixelHeight: 300),
                                      bytes: ImageSamples.png(width: 2400, height: 300))
    /// A 300 × 200 PNG: smaller than every web width, written as is.
    static let smallPhoto = ImageBlock(source: "cases/c-gate/gate.png", alt: "实名制通道",
                                       caption: [.text("实名制通道\"<b>")],
                                       info: ImageInfo(format: .png, pixelWidth: 300, pixelHeight: 200),
                                       bytes: ImageSamples.png(width: 300, height: 200))
    /// A JPEG stored 40 × 24 with EXIF orientation 6: shown 24 × 40, so it is turned and re-encoded.
    static let turnedPhoto = ImageBlock(source: "cases/c-gate/turned.jpg", alt: "竖拍照片",
                                        info: ImageInfo(format: .jpeg, pixelWidth: 40, pixelHeight: 24, orientation: 6),
                                        bytes: ImageSamples.jpeg(orientation: 6))

    static let a = CaseStudy(
        number: 1, slug: "a-school", source: "cases/a-school/index.md", title: "AI 视频识别守护校园",
        summary: "校园工地部署 AI 视频识别。", year: 2025, tags: ["AI视频识别", "塔吊监测"],
        region: CaseRegion(cityCode: "320100", cityName: "南京市", countyCode: "320104", countyName: "秦淮区"),
        category: .building,
        facts: CaseFacts(projectID: "P02", projectName: "秦淮区乙学校工程", category: .building, contractor: "P02建设公司",
                         provider: nil, latestGrade: .excellent, latestVerifiedOn: Day(year: 2025, month: 6, day: 12)),
        cover: wideCover, blocks: [.heading(Heading(level: 2, content: [.text("项目概况")], anchor: "s1")),
                                   .paragraph([.text("学校照常上课。")])])

    static let c = CaseStudy(
        number: 2, slug: "c-gate", source: "cases/c-gate/index.md", title: "实名制通道", summary: "人员实名制管理。",
        year: 2025, tags: ["塔吊监测"],
        region: CaseRegion(cityCode: "320100", cityName: "南京市", countyCode: "320102", countyName: "玄武区"),
        photos: [smallPhoto, turnedPhoto], blocks: [.paragraph([.text("通道正文。")])])

    /// Case B from Markdown through the document model, as a case file would be read.
    static let b: CaseStudy = {
        let text = """
            ---
            title: \(hostile)无锡塔吊
            region: "320205"
            category: 市政基础设施
            year: 2025
            tags: ["\(hostile)", 塔吊监测]
            summary: 摘要\(hostile)
            ---

            ## 做法

            <script>alert(2)</script>

            看[这里](javascript:alert(3))和[那里](https://example.org/a)。
            """
        var diagnostics = Diagnostics()
        let values = ValueTable(statistics: SiteFixture.statistics, datasets: SiteFixture.datasets)
        let collection = CaseCollectionBuilder.build(
            sources: [CaseSource(slug: "b-wuxi", path: "cases/b-wuxi.md", text: text)], preface: nil,
            config: SiteConfig(title: "江苏省智慧工地建设发展报告", year: 2025), statistics: SiteFixture.statistics,
            values: values, diagnostics: &diagnostics)
        precondition(collection.cases.count == 1, "case B: \(diagnostics.items)")
        var study = collection.cases[0]
        study.number = 3
        return study
    }()

    static let collection = CaseCollection(title: "2025年省级绿色智慧工地案例集", year: 2025, office: "推进办",
                                           cases: [a, c, b])

    /// The whole site with the collection (and its PDF), by path.
    static func site(_ collection: CaseCollection = collection, renderCases: Bool = true,
                     pdf: Bool = true) throws -> SiteFixture.Generated {
        var pdfs: [PublicationKind: String] = [:]
        if pdf { pdfs[.cases] = "cases/2025/cases-2025.pdf" }
        let files = try SiteBuilder(config: SiteConfig(title: "江苏省智慧工地建设发展报告", year: 2025),
                                    statistics: SiteFixture.statistics, datasets: SiteFixture.datasets,
                                    templates: SiteFixture.templates)
            .build(publications: SiteFixture.publications, pages: [], pdfs: pdfs, cases: collection) { kind in
                kind != .cases || renderCases
            }
        return SiteFixture.Generated(files: files)
    }

    /// The width in an image file's header (PNG IHDR, JPEG SOFn).
    static func width(of bytes: [UInt8]) -> Int? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), bytes.count >= 24 {
            return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        }
        var i = 2
        while i + 9 < bytes.count, bytes[i] == 0xFF {
            let marker = bytes[i + 1]
            let length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return Int(bytes[i + 7]) << 8 | Int(bytes[i + 8])
            }
            i += 2 + length
        }
        return nil
    }
}
