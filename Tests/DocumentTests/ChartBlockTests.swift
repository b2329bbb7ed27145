import Document
import Model
import Statistics
import Testing

/// ```` ```chart ```` blocks: every standard name, the YAML keys, and errors at file:line with suggestions.
@Suite struct ChartBlockTests {
    private func figures(_ markdown: String) -> ([Figure], Diagnostics) {
        let (chapter, diagnostics) = DocumentFixture.chapter(markdown)
        let figures = chapter.blocks.compactMap { block -> Figure? in
            if case .figure(let figure) = block { return figure }
            return nil
        }
        return (figures, diagnostics)
    }

    private func block(_ body: String) -> String { "# 标题\n\n```chart\n\(body)\n```\n" }

    @Test func everyStandardNameIsAChart() {
        for name in ChartSpec.standardNames {
            let (figures, diagnostics) = self.figures(block(name))
            #expect(diagnostics.items.isEmpty, "\(name): \(diagnostics.items)")
            #expect(figures.first?.data.spec == ChartSpec.standard(name), "\(name)")
        }
        #expect(Set(ChartSpec.standardNames.compactMap { ChartSpec.standard($0)?.kind }) == Set(ChartSpec.Kind.allCases))
    }

    @Test func yamlKeysSetTheSpec() throws {
        let (figures, diagnostics) = self.figures(block("""
            kind: line
            metric: connection_rate
            title: 接入率变化
            regions: [全省, 南京市]
            unit: "%"
            target: 1
            source: 数据来源：测试
            id: trend
            """))
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let spec = try #require(figures.first).data.spec
        #expect(spec == ChartSpec(kind: .line, metric: "connection_rate", title: "接入率变化", target: 1,
                                  source: "数据来源：测试", regions: ["全省", "南京市"], unit: "%"))
        let bar = self.figures(block("chart: city-connection\nprovince: true")).0.first?.data.spec
        #expect(bar?.showsProvince == true && bar?.kind == .horizontalBar)
        // A standard chart shown as another kind keeps its metric where it can, else takes the kind's own.
        #expect(self.figures(block("chart: city-coverage\nkind: tile-map")).0.first?.data.spec.metric == "smart_coverage")
        #expect(self.figures(block("chart: city-coverage\nkind: donut")).0.first?.data.spec.metric == "verifications.grades")
        #expect(self.figures(block("kind: heatmap")).0.first?.data.spec.metric == "dust.monthly_exceedance_rate")
    }

    @Test func unknownKindSuggestsTheClosest() {
        let (_, diagnostics) = figures("# 标题\n\n```chart\ntitle: 图\nkind: grouped_bar\n```\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:5: 图表类型「grouped_bar」不存在\n  提示 (hint): 是否想写：grouped-bar；"
                + "可用的类型：bar、grouped-bar、stacked-bar、line、donut、scatter、heatmap、tile-map",
        ])
    }

    @Test func metricMustSuitTheKind() {
        let (_, wrongKind) = figures(block("kind: line\nmetric: active_projects"))
        #expect(wrongKind.errors.map(\.description) == [
            "reports/annual/02-coverage.md:5: 图表块的指标「active_projects」不能用于 line 图表\n  提示 (hint): "
                + "可用指标：smart_coverage、connection_rate、platform_coverage、verifications.total、verifications.excellent_rate",
        ])
        let (_, unknown) = figures(block("metric: smart_coverag"))
        #expect(unknown.errors.first?.message == "图表块的指标「smart_coverag」不存在")
        #expect(unknown.errors.first?.hint?.hasPrefix("是否想写：smart_coverage；可用指标：active_projects、") == true)
        #expect(unknown.errors.first?.location == "reports/annual/02-coverage.md:4")
    }

    @Test func regionsProvinceAndKeysAreChecked() {
        let (_, region) = figures(block("chart: coverage-trend\nregions: [全省, 南京]"))
        #expect(region.errors.first?.message == "图表块的地区「南京」不存在")
        #expect(region.errors.first?.hint?.hasPrefix("是否想写：南京市") == true)
        #expect(region.errors.first?.location == "reports/annual/02-coverage.md:5")
        let (_, flag) = figures(block("chart: city-coverage\nprovince: 是"))
        #expect(flag.errors.first?.message == "图表块的「province」应为 true 或 false，实际为 \"是\"")
        let (_, key) = figures(block("chart: city-coverage\nkinds: bar"))
        #expect(key.errors.first?.message == "图表块中的键「kinds」无法识别")
        #expect(key.errors.first?.hint == "可用的键：chart、kind、metric、title、target、source、unit、regions、province、id")
        let (_, none) = figures(block("title: 图"))
        #expect(none.errors.first?.message == "图表块缺少「chart」「kind」或「metric」")
    }
}
