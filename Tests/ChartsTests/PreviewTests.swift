import Foundation
import Model
import Testing
@testable import Charts

/// Writes charts as PNG and SVG for a person to look at, only when
/// SMARTSITE_CHART_PREVIEW names a folder (e.g. `/tmp`): charts-wide (720×420),
/// charts-narrow (340×420), charts-small (240×260), charts-long (a long title
/// and a long label at 340×420).
@Test func writePreviewsWhenAsked() throws {
    guard let folder = ProcessInfo.processInfo.environment["SMARTSITE_CHART_PREVIEW"] else { return }
    var long = Fixtures.coverage
    long.spec.title = "各设区市规模以上政府投资工程智慧工地覆盖率及接入省级智慧监管平台情况（2024 年度）"
    long.items[4].label = "江苏省建设工程质量安全监督总站直属项目"
    let charts: [(String, ChartData, Double, Double)] = [
        ("wide", Fixtures.coverage, 720, 420), ("narrow", Fixtures.coverage, 340, 420),
        ("small", Fixtures.coverage, 240, 260), ("long", long, 340, 420),
    ]
    for (name, data, width, height) in charts {
        let layout = ChartLayoutEngine.layout(data, width: width, height: height)
        try Data(ChartRenderer.png(layout)).write(to: URL(fileURLWithPath: "\(folder)/charts-\(name).png"))
        try Data(ChartRenderer.svg(layout)).write(to: URL(fileURLWithPath: "\(folder)/charts-\(name).svg"))
    }
}
