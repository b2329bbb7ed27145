import Document
import Foundation
import Model
import TestSupport
@testable import PDFBook

/// A case collection built by hand: a preface, two cities, three cases —
/// the first with a project's facts, a long body (two pages) and a photo,
/// the others without facts — tags shared between them, a JPEG cover each
/// (different bytes, so each can be told apart when extracted).
enum CaseBookSample {
    static let title = "2025年省级绿色智慧工地案例集"
    static let office = "江苏省智慧工地推进办公室"
    static let date = SamplePublication.date

    static let nanjing = (code: "320100", name: "南京市")
    static let xuzhou = (code: "320300", name: "徐州市")

    static let coverA = ImageSamples.jpeg
    static let photoA = ImageSamples.jpeg(orientation: 1)
    static let coverB = ImageSamples.jpeg(orientation: 3)
    static let coverC = ImageSamples.jpeg(orientation: 1, littleEndian: true)

    static let titles = ["AI视频识别守护校园建设现场", "BIM协同管理排水管网施工", "扬尘在线监测助力绿色施工"]
    static let summaryA = "在校园扩建工地部署AI视频识别与人员实名制管理，实现违规行为的自动识别和及时处置。"
    static let bodyA = "施工期间学校照常上课，工地与校园仅一墙之隔，安全管理要求高。"

    static func picture(_ bytes: [UInt8], _ source: String, caption: String? = nil) throws -> ImageBlock {
        ImageBlock(source: source, alt: "现场照片", caption: caption.map { [.text($0)] },
                   info: try ImageHeader.read(bytes), bytes: bytes)
    }

    static func collection() throws -> CaseCollection {
        let facts = CaseFacts(projectID: "JS2024-320104-0002", projectName: "南京市秦淮区某高级中学扩建工程",
                              category: .building, contractor: "江苏某建设集团有限公司", provider: "南京某智能科技有限公司",
                              latestGrade: .excellent, latestVerifiedOn: Day(year: 2025, month: 6, day: 18))
        let longBody = (0..<40).map { SamplePublication.longSentence($0) }.joined()
        let a = CaseStudy(
            number: 1, slug: "qinhuai-school", source: "cases/qinhuai-school.md", title: titles[0], summary: summaryA,
            year: 2025, tags: ["AI视频识别", "塔吊监测"],
            region: CaseRegion(cityCode: nanjing.code, cityName: nanjing.name, countyCode: "320104", countyName: "秦淮区"),
            category: .building, facts: facts,
            cover: try picture(coverA, "cases/a-cover.jpg", caption: "校园扩建工地全景"),
            photos: [try picture(photoA, "cases/a-photo.jpg", caption: "AI视频识别摄像机")],
            blocks: [.heading(Heading(level: 2, content: [.text("项目概况")], anchor: "sec-1")),
                     .paragraph([.text(bodyA)]),
                     .heading(Heading(level: 2, content: [.text("主要做法")], anchor: "sec-2")),
                     .paragraph([.text(longBody)])])
        let b = CaseStudy(
            number: 2, slug: "jiangning-bim", source: "cases/jiangning-bim.md", title: titles[1],
            summary: "以BIM模型统筹排水管网施工的进度、质量和安全。", year: 2025, tags: ["BIM", "塔吊监测"],
            region: CaseRegion(cityCode: nanjing.code, cityName: nanjing.name, countyCode: "320115", countyName: "江宁区"),
            category: .municipal, cover: try picture(coverB, "cases/b-cover.jpg"),
            blocks: [.paragraph([.text("管网施工全过程在BIM模型中协同，变更在模型中先行推演。")])])
        let c = CaseStudy(
            number: 3, slug: "jiawang-dust", source: "cases/jiawang-dust.md", title: titles[2],
            summary: "扬尘监测数据接入监管平台，超标自动联动喷淋。", year: 2025, tags: ["扬尘监测", "AI视频识别"],
            region: CaseRegion(cityCode: xuzhou.code, cityName: xuzhou.name),
            cover: try picture(coverC, "cases/c-cover.jpg"),
            blocks: [.paragraph([.text("现场设置扬尘在线监测点，与国控点数据比对。")])])
        let preface = Chapter(number: 0, slug: "preface", title: "前言", source: "cases/_preface.md",
                              blocks: [.paragraph([.text("本案例集收录全省绿色智慧工地建设的典型做法。")])])
        return CaseCollection(title: title, year: 2025, office: office, preface: preface, cases: [a, b, c])
    }

    /// The sample rendered once per test run, written to a temporary file kept for looking at.
    static let rendered: Result<(bytes: [UInt8], path: String), any Error> = Result {
        let bytes = try PDFBookRenderer.render(try collection(), options: PDFOptions(creationDate: date))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-pdfbook-cases.pdf")
        try Data(bytes).write(to: url, options: .atomic)
        return (bytes, url.path)
    }
}
