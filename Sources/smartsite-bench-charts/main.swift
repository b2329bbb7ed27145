// smartsite-bench-charts: ms per chart per format for the example's standard
// charts (issue 6, point 8). See `Options.usage`; run by scripts/bench-charts.sh.
import Build
import Charts
import Document
import Foundation
import Model

func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
}

let options: Options
do {
    options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    fail("\(error)\n\n\(Options.usage)".trimmingCharacters(in: .newlines), code: 2)
}

let content = URL(fileURLWithPath: options.content)
let loaded: BuildPipeline.Loaded
do {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-bench-charts-unused")
    loaded = try BuildPipeline.load(BuildOptions(content: content, output: scratch, pdf: false))
} catch {
    fail("cannot load \(options.content):\n\(error)", code: 1)
}

let allCharts = Array(zip(ChartSpec.standardNames,
                          FigureData.galleryData(statistics: loaded.statistics, datasets: loaded.datasets,
                                                 dust: loaded.config.dust)))
for name in options.only where !ChartSpec.standardNames.contains(name) {
    fail("not a standard chart: \(name) (one of \(ChartSpec.standardNames.joined(separator: ", ")))", code: 2)
}
let charts = options.only.isEmpty ? allCharts : allCharts.filter { options.only.contains($0.0) }

// --dump-bar: the numbers and texts of one bar chart, for the matplotlib comparison.
if let name = options.dumpBar {
    guard let data = allCharts.first(where: { $0.0 == name })?.1, data.spec.kind == .horizontalBar else {
        fail("--dump-bar: not a standard bar chart: \(name)", code: 2)
    }
    var object: [String: Any] = [
        "name": name, "title": data.spec.title, "source": data.spec.source, "kind": data.kind.rawValue,
        "notes": data.notes, "width_pt": options.width, "height_pt": options.height,
        "items": data.items.map { ["label": $0.label, "value": $0.value.map { $0 as Any } ?? NSNull()] },
    ]
    if let target = data.spec.target { object["target"] = target }
    if data.spec.showsProvince, let province = data.provinceValue { object["province"] = province }
    let json = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    FileHandle.standardOutput.write(json)
    print()
    exit(0)
}

// --write: one file per chart and format, to look at what is being timed.
if let folder = options.write {
    let url = URL(fileURLWithPath: folder, isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, data) in charts {
        let layout = ChartLayoutEngine.layout(data, width: options.width, height: options.height)
        try Data(ChartRenderer.svg(layout)).write(to: url.appendingPathComponent("\(name).svg"))
        try Data(ChartRenderer.png(layout, scale: 2)).write(to: url.appendingPathComponent("\(name).png"))
    }
}

// Warm-up: fonts, fontconfig, Pango's caches and the allocator, untimed.
for (_, data) in charts {
    for format in options.formats where options.warmup > 0 {
        _ = run(format, data, width: options.width, height: options.height, count: options.warmup)
    }
}

struct Row {
    var name: String
    var kind: String
    var timings: [Format: Timing] = [:]
    var bytes: [Format: Int] = [:]
}

var rows: [Row] = []
let started = now()
for (name, data) in charts {
    var row = Row(name: name, kind: data.spec.kind.rawValue)
    for format in options.formats {
        let (timing, bytes) = run(format, data, width: options.width, height: options.height, count: options.iterations)
        row.timings[format] = timing
        row.bytes[format] = bytes
    }
    rows.append(row)
}
let seconds = Double(now() - started) / 1e9

// The table: fixed columns, one row per chart in ChartSpec.standardNames order.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let count = text.count
    guard count < width else { return text }
    let fill = String(repeating: " ", count: width - count)
    return right ? fill + text : text + fill
}
func ms(_ value: Double) -> String { String(format: "%.3f", value) }
func kb(_ bytes: Int?) -> String { bytes.map { String(format: "%.1f", Double($0) / 1024) } ?? "-" }

print("""
    SmartSite chart benchmark: \(options.content) (\(charts.count) standard charts), \
    \(Int(options.width))×\(Int(options.height)) pt box, PNG at 2×
    \(options.iterations) timed iterations per chart and format in one process, after \(options.warmup) warm-up \
    iterations; every iteration lays the chart out anew.
    ms per chart: median and mean of the per-iteration wall-clock times.

    """)
let nameWidth = max(24, (rows.map(\.name.count).max() ?? 0) + 2), kindWidth = 13, cell = 8
var header1 = pad("", nameWidth) + pad("", kindWidth)
var header2 = pad("chart", nameWidth) + pad("kind", kindWidth)
for format in options.formats {
    header1 += pad(format.rawValue, 2 * cell, right: true)
    header2 += pad("median", cell, right: true) + pad("mean", cell, right: true)
}
header1 += pad("", 2 * cell)
header2 += pad("svg KB", cell, right: true) + pad("png KB", cell, right: true)
print(header1)
print(header2)
for row in rows {
    var line = pad(row.name, nameWidth) + pad(row.kind, kindWidth)
    for format in options.formats {
        let timing = row.timings[format] ?? Timing()
        line += pad(ms(timing.medianMS), cell, right: true) + pad(ms(timing.meanMS), cell, right: true)
    }
    line += pad(kb(row.bytes[.svg]), cell, right: true) + pad(kb(row.bytes[.png]), cell, right: true)
    print(line)
}
var total = pad("all (sum)", nameWidth) + pad("", kindWidth)
for format in options.formats {
    let median = rows.reduce(0) { $0 + ($1.timings[format]?.medianMS ?? 0) }
    let mean = rows.reduce(0) { $0 + ($1.timings[format]?.meanMS ?? 0) }
    total += pad(ms(median), cell, right: true) + pad(ms(mean), cell, right: true)
}
print(total)
print("\ntimed: \(String(format: "%.1f", seconds)) s")
