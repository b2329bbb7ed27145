import Charts
import Document

/// Figures: the chart across the column, its caption "图 2-1 标题" under it.
extension FlowBuilder {
    mutating func figure(_ figure: Figure, in context: FlowContext) -> FlowItem {
        // The caption carries the title; the chart itself need not repeat it.
        var data = figure.data
        data.spec.title = ""
        let height = min(area.height * 0.6, ChartLayoutEngine.suggestedHeight(data, width: context.width))
        let chart = ChartLayoutEngine.layout(data, width: context.width, height: height)
        let gap = em * 0.5
        let caption = TextSpec(markup: PangoMarkup.plain(figure.caption), style: type.caption, width: context.width)
        let lines = shaper.lines(caption)
        let box = FlowBox(height: chart.height + gap + shaper.height(caption), items: [
            .chart(ChartPlacement(chart: chart, origin: Point(x: context.x, y: 0))),
            .text(TextPlacement(spec: caption, lines: 0..<lines.count,
                                origin: Point(x: context.x, y: chart.height + gap - lines[0].top))),
        ])
        return FlowItem(content: .box(box), spaceBefore: em * 1.2, spaceAfter: em * 1.2, marks: context.marks,
                        destinations: [destination(figure.anchor)])
    }
}
