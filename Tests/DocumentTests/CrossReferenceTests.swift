import Document
import Model
import Testing

/// `[@fig:id]` / `[@tab:id]`: links reading "图 2-1" within a chapter and across a publication.
@Suite struct CrossReferenceTests {
    static let chartAndTable = """
        ```chart
        chart: city-coverage
        id: coverage
        ```

        ```table
        table: city-overview
        id: overview
        ```
        """

    @Test func referencesWithinAChapterIncludingForwardOnes() {
        let (chapter, diagnostics) = DocumentFixture.chapter(
            "# 标题\n\n见[@fig:coverage]与[@tab:overview]。\n\n\(Self.chartAndTable)\n\n如[@tab:overview]所列。\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(chapter.blocks.first == .paragraph([
            .text("见"), .link(destination: "#fig-2-1", content: [.text("图 2-1")]),
            .text("与"), .link(destination: "#tab-2-1", content: [.text("表 2-1")]), .text("。"),
        ]))
        #expect(chapter.blocks.last == .paragraph([
            .text("如"), .link(destination: "#tab-2-1", content: [.text("表 2-1")]), .text("所列。"),
        ]))
    }

    @Test func referencesInEmphasisTableCellsAndAcrossLines() {
        let (chapter, diagnostics) = DocumentFixture.chapter("""
            # 标题

            *详见[@fig:coverage]*，**[@tab:overview]** 与
            [@fig:coverage] 一致。

            | 内容 | 出处 |
            |---|---|
            | 覆盖率 | [@fig:coverage] |

            \(Self.chartAndTable)
            """)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let figure = Inline.link(destination: "#fig-2-1", content: [.text("图 2-1")])
        #expect(chapter.blocks[0] == .paragraph([
            .emphasis([.text("详见"), figure]), .text("，"),
            .strong([.link(destination: "#tab-2-1", content: [.text("表 2-1")])]),
            .text(" 与 "), figure, .text(" 一致。"),
        ]))
        guard case .table(let table) = chapter.blocks[1] else {
            Issue.record("expected a table, got \(chapter.blocks[1])")
            return
        }
        #expect(table.rows == [[[.text("覆盖率")], [figure]]])
    }

    @Test func referencesAcrossChaptersOfAPublication() {
        let overview = ChapterSource(number: 1, slug: "overview", path: "reports/annual/01-overview.md",
                                     text: "# 总体情况\n\n详见[@fig:platform]。\n\n\(Self.chartAndTable)\n")
        let platforms = ChapterSource(number: 2, slug: "platforms", path: "reports/annual/02-platforms.md", text: """
            # 平台

            全省情况见[@tab:overview]和[@fig:coverage]，本章见[@fig:platform]。

            ```chart
            chart: city-platform
            id: platform
            ```
            """)
        var diagnostics = Diagnostics()
        let s = DocumentFixture.statistics
        let publication = PublicationBuilder.build(
            .annual, sources: [platforms, overview], config: SiteConfig(title: "报告", year: 2025),
            statistics: s, values: ValueTable(statistics: s), diagnostics: &diagnostics)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(publication.chapters.first?.blocks.first == .paragraph([
            .text("详见"), .link(destination: "platforms.html#fig-2-1", content: [.text("图 2-1")]), .text("。"),
        ]))
        #expect(publication.chapters.last?.blocks.first == .paragraph([
            .text("全省情况见"), .link(destination: "overview.html#tab-1-1", content: [.text("表 1-1")]),
            .text("和"), .link(destination: "overview.html#fig-1-1", content: [.text("图 1-1")]),
            .text("，本章见"), .link(destination: "#fig-2-1", content: [.text("图 2-1")]), .text("。"),
        ]))
    }

    @Test func unknownIDIsAnErrorAtItsLineWithSuggestions() {
        let (chapter, diagnostics) = DocumentFixture.chapter(
            "# 标题\n\n第一行\n见[@fig:coverag]和[@tab:coverage]。\n\n\(Self.chartAndTable)\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:4: 引用的图「coverag」不存在\n  提示 (hint): 是否想写：[@fig:coverage]、[@tab:overview]",
            "reports/annual/02-coverage.md:4: 引用的表「coverage」不存在\n  提示 (hint): 是否想写：[@fig:coverage]、[@tab:overview]",
        ])
        // The text stays as written.
        #expect(chapter.blocks.first == .paragraph([.text("第一行见[@fig:coverag]和[@tab:coverage]。")]))
    }

    @Test func unknownIDWithoutAnyTargetsSaysHowToDeclareOne() {
        let (_, diagnostics) = DocumentFixture.chapter("# 标题\n\n见[@tab:overview]。\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:3: 引用的表「overview」不存在\n  提示 (hint): 先在图表块或表格块中写「id: overview」，再用 [@tab:overview] 引用",
        ])
    }

    @Test func unknownReferenceKindIsAnError() {
        let (_, diagnostics) = DocumentFixture.chapter("# 标题\n\n见[@sec:intro]，邮件 [@someone] 不是引用。\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:3: 引用类型「sec」无法识别\n  提示 (hint): 引用图写 [@fig:标识]，引用表写 [@tab:标识]",
        ])
    }

    @Test func duplicateIDsAreErrorsNamingBothPlaces() {
        let (_, inChapter) = DocumentFixture.chapter(
            "# 标题\n\n```table\ntable: city-overview\nid: overview\n```\n\n```table\ntitle: 再一次\ntable: city-ranking\nid: overview\n```\n")
        #expect(inChapter.errors.map(\.description) == [
            "reports/annual/02-coverage.md:11: 表的标识「overview」重复：已用于 reports/annual/02-coverage.md:5（表 2-1）\n  提示 (hint): 同一出版物中每个表的标识必须不同，请改用另一个标识",
        ])

        let first = ChapterSource(number: 1, slug: "a", path: "reports/annual/01-a.md",
                                  text: "# A\n\n```chart\nchart: city-coverage\nid: rate\n```\n")
        let second = ChapterSource(number: 2, slug: "b", path: "reports/annual/02-b.md",
                                   text: "# B\n\n```chart\nid: rate\nchart: city-platform\n```\n\n```table\ntable: city-overview\nid: rate\n```\n")
        var diagnostics = Diagnostics()
        let s = DocumentFixture.statistics
        _ = PublicationBuilder.build(.annual, sources: [first, second], config: SiteConfig(title: "报告", year: 2025),
                                     statistics: s, values: ValueTable(statistics: s), diagnostics: &diagnostics)
        // A figure and a table may share an id: the kinds are separate.
        #expect(diagnostics.errors.map(\.location) == ["reports/annual/02-b.md:4"])
        #expect(diagnostics.errors.map(\.message) == ["图的标识「rate」重复：已用于 reports/annual/01-a.md:5（图 1-1）"])
    }

    @Test func aReferenceToABrokenBlockAddsNoSecondError() {
        let (chapter, diagnostics) = DocumentFixture.chapter(
            "# 标题\n\n见[@tab:ranking]。\n\n```table\ntable: city-rankng\nid: ranking\n```\n")
        #expect(diagnostics.errors.map(\.location) == ["reports/annual/02-coverage.md:6"])
        #expect(diagnostics.errors.map(\.message) == ["标准表格「city-rankng」不存在"])
        #expect(chapter.blocks.first == .paragraph([.text("见[@tab:ranking]。")]))
    }

    @Test func invalidIDIsAnError() {
        let (_, diagnostics) = DocumentFixture.chapter("# 标题\n\n```chart\nchart: city-coverage\nid: a b\n```\n")
        #expect(diagnostics.errors.map(\.location) == ["reports/annual/02-coverage.md:5"])
        #expect(diagnostics.errors.map(\.message) == ["标识「a b」只能由字母、数字、- 和 _ 组成"])
    }

    @Test func referencesInsideALinkStayText() {
        let (chapter, diagnostics) = DocumentFixture.chapter(
            "# 标题\n\n[见 [@fig:coverage]](https://example.org/)\n\n\(Self.chartAndTable)\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(chapter.blocks.first == .paragraph([
            .link(destination: "https://example.org/", content: [.text("见 [@fig:coverage]")]),
        ]))
    }
}
