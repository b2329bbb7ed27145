import Document
import Model
import Testing
import TestSupport
@testable import PDFBook

/// Layout rules of the case book that need no PDF: title lines, facts rows,
/// pictures that shrink to the rest of a page rather than leave it empty.
@Suite struct CaseBookLayoutTests {
    let options = PDFOptions(creationDate: CaseBookSample.date)

    func builder() -> FlowBuilder {
        let book = BookLayouter(options: options, shaper: TextShaper())
        let publication = Publication(kind: .cases, title: "t", year: 2025, office: "o", chapters: [])
        return FlowBuilder(shaper: book.shaper, typography: book.typography, area: book.area,
                           links: LinkResolver(publication))
    }

    @Test func factsWithAProjectAndWithout() throws {
        let collection = try CaseBookSample.collection()
        let withProject = FlowBuilder.facts(of: collection.cases[0])
        #expect(withProject.map(\.label) == ["项目编号", "项目名称", "所在地区", "工程类别", "施工单位", "集成服务商", "最近一次数据验证等次"])
        #expect(withProject.last?.value == "优良（2025年6月18日验证）")
        var unverified = collection.cases[0]
        unverified.facts?.latestGrade = nil
        unverified.facts?.latestVerifiedOn = nil
        unverified.facts?.provider = nil
        #expect(FlowBuilder.facts(of: unverified).last?.value == "暂无验证记录")
        #expect(FlowBuilder.facts(of: unverified)[5].value == "未填报")
        #expect(FlowBuilder.facts(of: collection.cases[1]).map(\.label) == ["所在地区", "工程类别", "年度"])
        #expect(FlowBuilder.facts(of: collection.cases[2]).map { $0.label + $0.value } == ["所在地区徐州市", "年度2025年"])
    }

    @Test func aLongTitleBreaksWhereItReadsWell() {
        let builder = builder()
        let width = builder.area.width - 2 * builder.em * 1.2
        let lines = builder.titleLines("污水处理厂提标改造工程的人员实名制与智慧用工", width: width)
        #expect(lines?.0 == "污水处理厂提标改造工程的" && lines?.1 == "人员实名制与智慧用工")
        #expect(builder.titleLines("AI视频识别守护校园建设现场", width: width) == nil, "fits one line")
    }

    @Test func aShrinkablePictureTakesTheRestOfThePageInsteadOfMoving() {
        let builder = builder()
        let area = builder.area
        let picture = ImageBlock(source: "a.jpg", alt: "图", caption: [.text("说明")],
                                 info: ImageInfo(format: .jpeg, pixelWidth: 1600, pixelHeight: 1200), bytes: [])
        let context = FlowContext(x: 0, width: area.width)
        var photo = builder.image(picture, in: context, size: (area.width, area.width * 0.75))
        guard case .box(var box) = photo.content else { Issue.record("not a box"); return }
        let caption = box.height - area.width * 0.75
        box.minimumHeight = caption + 150
        photo.content = .box(box)
        let filler = FlowItem(content: .box(FlowBox(height: area.height - 300, items: [])))

        var paginator = Paginator(area: area)
        paginator.startChapter(0)
        paginator.place([filler, photo])
        let pages = paginator.finish()
        #expect(pages.count == 1, "shrunk onto the first page")
        let rects = pages[0].items.compactMap { item -> Rect? in if case .image(let p) = item { p.rect } else { nil } }
        guard let rect = rects.first else { Issue.record("no picture"); return }
        #expect(rect.maxY + caption <= area.maxY + 0.5)
        #expect(abs(rect.width / rect.height - 4.0 / 3) < 1e-6, "proportions kept")
        #expect(abs((rect.x + rect.width / 2) - (area.x + area.width / 2)) < 1e-6, "centred")

        // Not when the rest of the page is less than its minimum: it moves whole.
        var rigid = Paginator(area: area)
        rigid.startChapter(0)
        rigid.place([FlowItem(content: .box(FlowBox(height: area.height - 100, items: []))), photo])
        #expect(rigid.finish().count == 2)
    }
}
