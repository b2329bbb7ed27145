import ArgumentParser
import Build
import Foundation

/// The flags of the commands that write an output folder (`build`, `serve`).
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "输出目录 (output folder)")
    var output: String = "output"

    @Flag(name: .long, help: "不使用也不更新 .cache/，全部重新生成 (render everything, no cache)")
    var noCache = false

    /// Refuses an output folder whose swap would replace the content (exit 2).
    func validate(content: ContentOptions) throws {
        if let problem = OutputPlacement.problem(output: URL(fileURLWithPath: output),
                                                 content: URL(fileURLWithPath: content.content)) {
            throw ValidationError(problem)
        }
    }

    /// Build options for `content` writing here, with the cache unless `--no-cache`.
    func buildOptions(_ content: ContentOptions, progress: ProgressDisplay? = nil) -> BuildOptions {
        var options = content.buildOptions(output: output, progress: progress)
        options.cache = noCache ? nil : options.defaultCache
        return options
    }
}
