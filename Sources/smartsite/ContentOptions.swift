import ArgumentParser
import Build
import Foundation
import Model

/// Flags shared by `build` and `check`.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "内容目录 (content folder)")
    var content: String = "content"

    @Option(name: .long, help: "报告年度，默认取 site.yml 的 year (report year)")
    var year: Int?

    @Option(name: .long, help: "模板目录，默认为内容目录内或旁边的 templates/ (templates folder)")
    var templates: String?

    @Flag(name: .long, help: "逐步显示各步骤用时 (print each step's time)")
    var verbose = false

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("内容目录不存在：\(content) (content folder not found)")
        }
        if let year, !(2000...2100).contains(year) {
            throw ValidationError("--year 应为 2000 到 2100 之间的年份，实际为 \(year)")
        }
    }

    func buildOptions(output: String = "output") -> BuildOptions {
        var options = BuildOptions(content: URL(fileURLWithPath: content), output: URL(fileURLWithPath: output),
                                   templates: templates.map { URL(fileURLWithPath: $0) }, year: year)
        if verbose {
            options.onStep = { step, seconds in
                Terminal.error("  步骤 (step) \(step)  \(Formatting.decimal(seconds, places: 3)) s")
            }
        }
        return options
    }
}
