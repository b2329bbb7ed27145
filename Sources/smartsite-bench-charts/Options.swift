import Foundation

/// The command line of `smartsite-bench-charts` (no ArgumentParser: the tool
/// is not a product and keeps its dependencies to the modules it measures).
struct Options {
    static let usage = """
        usage: smartsite-bench-charts [--content DIR] [--iterations N] [--warmup N]
                                      [--width PT] [--height PT] [--only NAME,...]
                                      [--formats F,...] [--write DIR] [--dump-bar NAME]

        Draws every standard chart of the content's statistics N times per format in
        one process and prints ms per chart (median and mean of the iterations):
          layout     ChartLayoutEngine.layout alone (text measured with Pango)
          svg        layout + ChartRenderer.svg (incl. the SVG post-processing)
          png        layout + ChartRenderer.png at 2×
          pdf-page   layout + ChartRenderer.draw onto one page of a long PDF
                     document (a figure in a book; the document is finished untimed)
          pdf-file   layout + a one-page PDF written whole (incl. font subsetting)

          --content DIR     the content folder (default: content)
          --iterations N    timed runs per chart and format (default: 200)
          --warmup N        untimed runs per chart and format first (default: 5)
          --width PT, --height PT   the layout box (default: 720 × 440, the gallery's)
          --only NAME,...   only these standard charts
          --formats F,...   these formats, in this order (e.g. for a profiler: --formats png);
                            also svg-cairo (Cairo's SVG before SmartSite's post-processing)
                            and png-raster (the 2× raster without the PNG encoding)
          --write DIR       also write one SVG, PNG and PDF per chart into DIR
          --dump-bar NAME   print the resolved data of bar chart NAME as JSON and exit
                            (what scripts/bench_charts_matplotlib.py draws)
        """

    var content = "content"
    var iterations = 200
    var warmup = 5
    var width = 720.0
    var height = 440.0
    var only: [String] = []
    var formats = Format.standard
    var write: String?
    var dumpBar: String?

    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError(description: "\(flag) needs a value") }
            return next
        }
        func number<T: LosslessStringConvertible & Comparable>(_ flag: String, minimum: T) throws -> T {
            let text = try value(flag)
            guard let parsed = T(text), parsed >= minimum else {
                throw UsageError(description: "\(flag): not a number ≥ \(minimum): \(text)")
            }
            return parsed
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--content": content = try value(flag)
            case "--iterations": iterations = try number(flag, minimum: 1)
            case "--warmup": warmup = try number(flag, minimum: 0)
            case "--width": width = try number(flag, minimum: 1.0)
            case "--height": height = try number(flag, minimum: 1.0)
            case "--only": only += try value(flag).split(separator: ",").map(String.init)
            case "--formats":
                formats = try value(flag).split(separator: ",").map { name in
                    guard let format = Format(rawValue: String(name)) else {
                        throw UsageError(description: "--formats: unknown format \(name)")
                    }
                    return format
                }
            case "--write": write = try value(flag)
            case "--dump-bar": dumpBar = try value(flag)
            case "-h", "--help": throw UsageError(description: "")
            default: throw UsageError(description: "unknown argument: \(flag)")
            }
        }
    }
}
