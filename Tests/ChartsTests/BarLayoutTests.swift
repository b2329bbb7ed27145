import Model
import Testing
@testable import Charts

@Suite struct BarLayoutTests {
    let wide = ChartLayoutEngine.layout(Fixtures.coverage, width: 720, height: 420)
    let narrow = ChartLayoutEngine.layout(Fixtures.coverage, width: 340, height: 420)

    @Test func keepsTheAskedSize() {
        #expect(wide.width == 720 && wide.height == 420)
        #expect(narrow.width == 340 && narrow.height == 420)
    }

    @Test func showsTitleLabelsTargetFootnoteAndSource() {
        #expect(wide.texts(.title).map(\.string) == [Fixtures.title])
        #expect(Set(wide.texts(.categoryLabel).map(\.string)) == Set(Fixtures.cities.map(\.0)))
        #expect(wide.texts(.categoryLabel).count == 13)
        #expect(wide.texts(.targetLabel).map(\.string) == ["目标 100%"])
        #expect(wide.texts(.footnote).map(\.string) == ["注：— 表示无可计算数据（分母为 0）"])
        #expect(wide.texts(.source).map(\.string) == [Fixtures.source])
        for string in [Fixtures.title, "目标 100%", "注：— 表示无可计算数据（分母为 0）", Fixtures.source] {
            #expect(wide.texts.contains(string))
        }
    }

    @Test func sortsRowsHighestFirstAndMissingLast() {
        for layout in [wide, narrow] {
            let labels = layout.texts(.categoryLabel).sorted { $0.y < $1.y }
            #expect(labels.map(\.string) == Fixtures.sortedNames)
            let values = layout.texts(.dataLabel).sorted { $0.y < $1.y }.map(\.string)
            #expect(values == ["98.2%", "96.3%", "95.1%", "92.5%", "89.7%", "88.9%", "87.4%",
                               "85.3%", "81.6%", "80.2%", "78.4%", "71.0%", "—"])

            let bars = layout.rects(.bar).sorted { $0.y < $1.y }
            #expect(bars.count == 12)
            #expect(zip(bars, bars.dropFirst()).allSatisfy { $0.width >= $1.width })
            // Each bar sits on its label's row; the last row (徐州市) has none.
            for (bar, label) in zip(bars, labels) {
                #expect(abs((bar.y + bar.height / 2) - (label.y + label.height / 2)) < 1)
            }
            let missingRow = labels.last!
            #expect(!bars.contains { $0.y < missingRow.maxY && $0.y + $0.height > missingRow.y })
        }
    }

    @Test func barLengthsAreProportional() throws {
        let bars = wide.rects(.bar).sorted { $0.y < $1.y }
        let zero = try #require(wide.lines(.axis).first).x1
        let target = try #require(wide.lines(.target).first).x1
        #expect(bars.allSatisfy { $0.x == zero })
        // 100% spans zero…target; 98.2% and 71.0% within half a point.
        #expect(abs(bars[0].width - 0.982 * (target - zero)) <= 0.5)
        #expect(abs(bars[11].width - 0.710 * (target - zero)) <= 0.5)
    }

    @Test func ticksAreNiceAndEndAtOneHundredPercent() {
        #expect(wide.texts(.tickLabel).map(\.string) == ["0%", "20%", "40%", "60%", "80%", "100%"])
        #expect(narrow.texts(.tickLabel).map(\.string) == ["0%", "20%", "40%", "60%", "80%", "100%"])
        // Gridlines at 20…80% (0% is the axis, 100% the target line).
        #expect(wide.lines(.gridline).count == 4)
    }

    @Test func targetLineIsDashedAtOneHundredPercent() throws {
        let line = try #require(wide.lines(.target).first)
        let hundred = try #require(wide.texts(.tickLabel).last)
        #expect(line.x1 == line.x2)
        #expect(abs(line.x1 - hundred.x) < 0.5)
        #expect(!line.dash.isEmpty)
        #expect(line.color == Palette.target)
        let label = try #require(wide.texts(.targetLabel).first)
        #expect(label.maxY <= line.y1)
    }

    @Test func dataLabelsNeverSitOnTheTargetLine() throws {
        for layout in [wide, narrow] {
            let x = try #require(layout.lines(.target).first).x1
            // At least 4 pt clear of the line on either side.
            #expect(layout.texts(.dataLabel).allSatisfy { $0.maxX <= x - 4 || $0.minX >= x + 4 })
        }
    }

    @Test func textsNeverOverlapAndStayInside() {
        let longTitle = ChartData(
            spec: ChartSpec(kind: .horizontalBar, metric: "m",
                            title: "各设区市规模以上政府投资工程智慧工地覆盖率及接入省级智慧监管平台情况（2024 年度）",
                            target: 1),
            kind: .percent,
            items: Fixtures.coverage.items + [ChartDatum(label: "江苏省建设工程质量安全监督总站直属项目", value: 0.5)])
        let layouts = [
            wide, narrow,
            ChartLayoutEngine.layout(Fixtures.coverage, width: 240, height: 260),
            ChartLayoutEngine.layout(longTitle, width: 340, height: 420),
            ChartLayoutEngine.layout(longTitle, width: 720, height: 300),
        ]
        for layout in layouts {
            #expect(layout.overlappingTexts.isEmpty, "\(layout.overlappingTexts)")
            #expect(layout.textsOutside.isEmpty, "\(layout.textsOutside)")
        }
    }

    @Test func wrapsALongTitleIntoBalancedLines() {
        var data = Fixtures.coverage
        data.spec.title = "各设区市规模以上政府投资工程智慧工地覆盖率及接入省级智慧监管平台情况"
        let layout = ChartLayoutEngine.layout(data, width: 340, height: 420)
        let lines = layout.texts(.title)
        #expect(lines.count == 2)
        #expect(lines.map(\.string).joined() == data.spec.title)
        #expect(lines.allSatisfy { $0.maxX <= 340 - 12 })
        // Balanced: neither line is less than 70% of the other.
        #expect(min(lines[0].width, lines[1].width) >= 0.7 * max(lines[0].width, lines[1].width))
    }

    @Test func wrapsLabelsWiderThanThirtyPercentOntoTwoLines() throws {
        var data = Fixtures.coverage
        data.items[0].label = "江苏省建设工程质量安全监督总站直属项目"
        let layout = ChartLayoutEngine.layout(data, width: 340, height: 420)
        let lines = layout.texts(.categoryLabel).filter { !Fixtures.cities.map(\.0).contains($0.string) }
        #expect(lines.count == 2)
        #expect(lines.map(\.string).joined() == "江苏省建设工程质量安全监督总站直属项目")
        #expect(lines.allSatisfy { $0.width <= 0.3 * 340 })
        #expect(layout.texts(.categoryLabel).contains { $0.string == "连云港市" })
        // Two-line rows need more room than 420 pt: the chart grows, nothing overlaps.
        #expect(layout.height > 420)
        #expect(layout.overlappingTexts.isEmpty)
    }

    @Test func truncatesTheSecondLineOfLabelsLongerThanTwoLines() throws {
        var data = Fixtures.coverage
        data.items[0].label = "江苏省建设工程质量安全监督总站直属项目及省级重点工程建设项目管理办公室"
        let layout = ChartLayoutEngine.layout(data, width: 340, height: 420)
        let lines = layout.texts(.categoryLabel).filter { $0.string.hasPrefix("江苏") || $0.string.hasSuffix("…") }
        #expect(lines.count == 2)
        #expect(lines[1].string.hasSuffix("…"))
        #expect(lines.allSatisfy { $0.width <= 0.3 * 340 })
    }

    @Test func provinceLineSitsAtTheProvinceValueUnderItsLabel() throws {
        let layout = ChartLayoutEngine.layout(KindFixtures.coverageWithProvince, width: 720, height: 420)
        let province = try #require(layout.lines(.province).first)
        let zero = try #require(layout.lines(.axis).first).x1
        let target = try #require(layout.lines(.target).first).x1
        #expect(abs(province.x1 - (zero + 0.873 * (target - zero))) <= 0.5)
        let label = try #require(layout.texts(.referenceLabel).first)
        #expect(label.string == "全省 87.3%")
        #expect(label.maxY <= province.y1 && abs(label.x - province.x1) < 30)
        // Labels crossing the province line hide it under a knockout instead of moving away from their bars.
        let bars = layout.rects(.bar), labels = layout.texts(.dataLabel)
        for (bar, text) in zip(bars.sorted { $0.y < $1.y }, labels.sorted { $0.y < $1.y })
        where text.minX > province.x1 - 40 && text.maxX < target - 4 {
            #expect(abs(text.minX - (bar.x + bar.width + 4)) < 0.01)
        }
        #expect(!layout.rects(.knockout).isEmpty)
        #expect(layout.overlappingTexts.isEmpty)
    }

    @Test func growsOnlyWhenRowsCannotFit() {
        let many = ChartData(
            spec: ChartSpec(kind: .horizontalBar, metric: "m", title: "县（市、区）"),
            kind: .integer,
            items: (1...95).map { ChartDatum(label: "县\($0)", value: Double($0)) })
        let layout = ChartLayoutEngine.layout(many, width: 480, height: 300)
        #expect(layout.height > 300)
        #expect(layout.overlappingTexts.isEmpty)
        #expect(layout.texts(.categoryLabel).allSatisfy { $0.fontSize == 8 })
    }

    @Test func withoutMissingValuesThereIsNoFootnote() {
        var data = Fixtures.coverage
        data.items[2].value = 0.5
        let layout = ChartLayoutEngine.layout(data, width: 720, height: 420)
        #expect(layout.texts(.footnote).isEmpty)
        #expect(layout.rects(.bar).count == 13)
    }

    @Test func countsUseWholeTicksAndGroupedLabels() {
        let data = ChartData(
            spec: ChartSpec(kind: .horizontalBar, metric: "projects", title: "在建项目数"),
            kind: .integer,
            items: [ChartDatum(label: "南京市", value: 12_345), ChartDatum(label: "无锡市", value: 8_020),
                    ChartDatum(label: "徐州市", value: 3)])
        let layout = ChartLayoutEngine.layout(data, width: 720, height: 240)
        #expect(layout.texts(.tickLabel).map(\.string)
                == ["0", "2,000", "4,000", "6,000", "8,000", "10,000", "12,000", "14,000"])
        #expect(layout.texts(.dataLabel).map(\.string) == ["12,345", "8,020", "3"])
        #expect(layout.lines(.target).isEmpty && layout.texts(.targetLabel).isEmpty)
    }
}
