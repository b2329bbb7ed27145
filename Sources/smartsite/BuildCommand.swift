import ArgumentParser
import Build
import Foundation
import Model

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "校验数据、计算指标并生成网站、图表和 PDF (validate, compute, render)")

    @OptionGroup var content: ContentOptions

    @Option(name: .long, help: "输出目录 (output folder)")
    var output: String = "output"

    @Flag(name: .long, help: "不使用也不更新 .cache/，全部重新生成 (render everything, no cache)")
    var noCache = false

    @Option(name: .long, help: "只生成一部分：annual、cases、supervision 或 site，可重复")
    var only: [BuildPart] = []

    @Flag(name: .long, help: "不生成 PDF (skip PDFs)")
    var noPdf = false

    @Flag(name: .long, help: "警告也视为失败 (warnings fail the build)")
    var strict = false

    func validate() throws {
        if let problem = OutputPlacement.problem(output: URL(fileURLWithPath: output),
                                                 content: URL(fileURLWithPath: content.content)) {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        let progress = content.progress()
        var options = content.buildOptions(output: output, progress: progress)
        options.cache = noCache ? nil : options.defaultCache
        options.only = Set(only)
        options.pdf = !noPdf
        options.strict = strict
        do {
            let summary = try BuildPipeline.build(options)
            progress.finish()
            if !summary.diagnostics.warnings.isEmpty {
                Terminal.error(DiagnosticWriter.human(summary.diagnostics, colors: Terminal.colors))
            }
            if !content.quiet { print(BuildReport.summary(summary, output: output)) }
        } catch let error as DiagnosticsError {
            progress.finish()
            Terminal.error(DiagnosticWriter.human(error.diagnostics, colors: Terminal.colors))
            Terminal.error("构建失败，输出目录未改动 (build failed; \(output)/ left as it was)")
            throw ExitCode(1)
        } catch let error as BuildStepFailure {
            progress.finish()
            Terminal.error("构建失败 (build failed): \(error)")
            throw ExitCode(1)
        }
    }
}

extension BuildPart: ExpressibleByArgument {}
