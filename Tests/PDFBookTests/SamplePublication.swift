import Document
import Model

/// A small annual report built by hand: two chapters with a paragraph long
/// enough to span pages, headings, a nested list, a quote, a note, code,
/// a table with more rows than fit on one page, and a figure.
enum SamplePublication {
    static let title = "江苏省智慧工地建设2025年度发展报告"
    static let office = "江苏省智慧工地推进办公室"
    static let date = Day(year: 2026, month: 1, day: 15)!

    static let cities = ["南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市",
                         "淮安市", "盐城市", "扬州市", "镇江市", "泰州市", "宿迁市"]

    /// Sentence `index` of the long paragraph; every one is different.
    static func longSentence(_ index: Int) -> String {
        "\(cities[index % cities.count])第\(index + 1)个样本工地采用BIM技术完成数据动态验证，验证结果评为优良。"
    }

    static let longSentenceCount = 90

    static let introSentence = "全省规模以上政府投资工程智慧工地覆盖率持续提升，智慧监管平台实现县级全覆盖。"

    static var publication: Publication {
        Publication(kind: .annual, title: title, year: 2025, office: office,
                    chapters: [overview, rankings])
    }

    static var overview: Chapter {
        let long = (0..<longSentenceCount).map(longSentence).joined()
        return Chapter(number: 1, slug: "overview", title: "总体情况", source: "01-overview.md", blocks: [
            .paragraph([.text(introSentence)]),
            .paragraph([.text("截至年底，全省覆盖率达"), .value(name: "province.smart_coverage", text: "87.3%"),
                        .text("，其中"), .strong([.text("优良")]), .text("等次项目占比明显提高，"),
                        .emphasis([.text("三个全覆盖")]), .text("目标基本实现。Smart site platforms use the "),
                        .code("verification_rate"), .text(" metric & <raw> text stays text.")]),
            .heading(Heading(level: 2, content: [.text("一、推进情况")], anchor: "sec-1")),
            .paragraph([.text(long)]),
            .list(ListBlock(ordered: true, items: [
                [.paragraph([.text("完善智慧监管平台功能，推动县级平台与省平台数据互联互通。")])],
                [.paragraph([.text("开展数据动态验证，按不合格、合格、良好、优良四个等次评定。")]),
                 .list(ListBlock(ordered: false, items: [
                     [.paragraph([.text("良好以上项目可申报三星级标准化工地。")])],
                     [.paragraph([.text("应验未验项目列入通报名单。")])],
                 ]))],
                [.paragraph([.text("加强集成服务商管理，定期通报服务质量。")])],
            ])),
            .heading(Heading(level: 3, content: [.text("（一）扬尘监测")], anchor: "sec-1-1")),
            .quote([.paragraph([.text("扬尘在线监测数据应与国控点数据比对，偏差超过阈值的设备须及时校准。")])]),
            .note([.paragraph([.text("注：本报告数据截至2025年12月31日。")])]),
            .code(language: "yaml", text: "chart: city-coverage\ntitle: 各设区市覆盖率\n"),
            .thematicBreak,
            .paragraph([.text("以上为总体情况。")]),
        ])
    }

    static var rankings: Chapter {
        let rows: [[[Inline]]] = cities.enumerated().map { index, city in
            [[.text(city)], [.text("\(80 + index).\(index)%")],
             [.text("该市已建成县级智慧监管平台\(index % 4 + 1)个，接入项目运行稳定，数据上传及时完整，动态验证结果良好以上的项目占比逐年提高。")]]
        }
        let table = Table(number: "表 2-1", anchor: "tab-2-1", caption: [.text("各设区市智慧工地覆盖情况")],
                          alignments: [.left, .right, .left],
                          header: [[.text("设区市")], [.text("覆盖率")], [.text("说明")]],
                          rows: rows + rows)
        let data = ChartData(spec: ChartSpec.standard("city-coverage")!, kind: .percent,
                             items: cities.enumerated().map { ChartDatum(label: $1, value: 0.7 + Double($0) * 0.02) },
                             provinceValue: 0.873)
        return Chapter(number: 2, slug: "rankings", title: "各设区市排名", source: "02-rankings.md", blocks: [
            .paragraph([.text("各设区市智慧工地覆盖率见表2-1和图2-1。")]),
            .heading(Heading(level: 2, content: [.text("一、覆盖率排名")], anchor: "sec-1")),
            .table(table),
            .figure(Figure(anchor: "fig-2-1", number: "图 2-1", data: data)),
            .paragraph([.text("各设区市之间差距逐步缩小。")]),
            .paragraph(crossReferences),
        ])
    }

    /// A paragraph with links of every kind: a figure of the same chapter, a
    /// section of the other chapter, an external address and two that cannot
    /// work in a PDF (an unknown anchor, a page of the site).
    static let crossReferences: [Inline] = [
        .text("排名依据见"), .link(destination: "#fig-2-1", content: [.text("图 2-1")]),
        .text("和"), .link(destination: "overview.html#sec-1", content: [.text("推进情况")]),
        .text("，标准见"), .link(destination: "https://www.mohurd.gov.cn/", content: [.text("住房和城乡建设部网站")]),
        .text("，另见"), .link(destination: "#tab-9-9", content: [.text("表 9-9")]),
        .text("和"), .link(destination: "../../methodology.html", content: [.text("统计方法")]), .text("。"),
    ]
}
