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

    @Flag(name: .long, help: "不显示进度和汇总，只显示错误和警告 (no progress, no summary)")
    var quiet = false

    func validate() throws {
        if quiet && verbose {
            throw ValidationError("--quiet 和 --verbose 不能同时使用 (--quiet and --verbose exclude each other)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("内容目录不存在：\(content) (content folder not found)")
        }
        if let year, !(2000...2100).contains(year) {
            throw ValidationError("--year 应为 2000 到 2100 之间的年份，实际为 \(year)")
        }
    }

    /// The progress display these flags ask for.
    func progress() -> ProgressDisplay {
        ProgressDisplay(mode: ProgressDisplay.mode(quiet: quiet), verbose: verbose, colors: Terminal.colors)
    }

    func buildOptions(output: String = "output", progress: ProgressDisplay? = nil) -> BuildOptions {
        var options = BuildOptions(content: URL(fileURLWithPath: content), output: URL(fileURLWithPath: output),
                                   templates: templates.map { URL(fileURLWithPath: $0) }, year: year)
        if let progress { options.onEvent = { progress.handle($0) } }
        return options
    }
}
