import Foundation
import Model
import Testing
@testable import Charts

/// Writes every kind as PNG at a wide (720) and a narrow (340) width for a
/// person to look at, only when SMARTSITE_CHART_PREVIEW names a folder:
/// `gallery-KIND-wide.png`, `gallery-KIND-narrow.png`.
@Test func writeGalleryPreviewsWhenAsked() throws {
    guard let folder = ProcessInfo.processInfo.environment["SMARTSITE_CHART_PREVIEW"] else { return }
    for (name, data) in KindFixtures.all {
        for (size, width) in [("wide", 720.0), ("narrow", 340.0)] {
            let layout = ChartLayoutEngine.layout(data, width: width, height: 440)
            try Data(ChartRenderer.png(layout)).write(to: URL(fileURLWithPath: "\(folder)/gallery-\(name)-\(size).png"))
        }
    }
}

/// Prints each kind's SVG and PNG size, and rough debug-build timings (ms per
/// chart: layout, SVG, PNG over 20 runs), when SMARTSITE_CHART_PREVIEW is set.
@Test func printSizesWhenAsked() {
    guard ProcessInfo.processInfo.environment["SMARTSITE_CHART_PREVIEW"] != nil else { return }
    func ms(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<20 { body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 20 / 1e6
    }
    for (name, data) in KindFixtures.all {
        for width in [720.0, 340.0] {
            let layout = ChartLayoutEngine.layout(data, width: width, height: 440)
            print("size \(name) \(Int(width))x\(Int(layout.height)): svg \(ChartRenderer.svg(layout).count) png \(ChartRenderer.png(layout).count)")
        }
        let layout = ChartLayoutEngine.layout(data, width: 720, height: 440)
        let times = [ms { _ = ChartLayoutEngine.layout(data, width: 720, height: 440) },
                     ms { _ = ChartRenderer.svg(layout) }, ms { _ = ChartRenderer.png(layout) }]
        print("time \(name): layout \(times[0]) svg \(times[1]) png \(times[2]) ms")
    }
}
