import ArgumentParser
import Build
import Foundation
import Model

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "校验数据、计算指标并生成网站、图表和 PDF (validate, compute, render)")

    @OptionGroup var content: ContentOptions

    @OptionGroup var target: OutputOptions

    @Option(name: .long, help: "只生成一部分：annual、cases、supervision 或 site，可重复")
    var only: [BuildPart] = []

    @Flag(name: .long, help: "不生成 PDF (skip PDFs)")
    var noPdf = false

    @Flag(name: .long, help: "警告也视为失败 (warnings fail the build)")
    var strict = false

    func validate() throws { try target.validate(content: content) }

    func run() throws {
        let progress = content.progress()
        var options = target.buildOptions(content, progress: progress)
        options.only = Set(only)
        options.pdf = !noPdf
        options.strict = strict
        options.freesMemory = false
        do {
            let summary = try BuildPipeline.build(options)
            progress.finish()
            if !summary.diagnostics.warnings.isEmpty {
                Terminal.error(DiagnosticWriter.human(summary.diagnostics, colors: Terminal.colors))
            }
            if !content.quiet { print(BuildReport.summary(summary, output: target.output)) }
        } catch let error as DiagnosticsError {
            progress.finish()
            Terminal.error(DiagnosticWriter.human(error.diagnostics, colors: Terminal.colors))
            Terminal.error("构建失败，输出目录未改动 (build failed; \(target.output)/ left as it was)")
            throw ExitCode(1)
        } catch let error as BuildStepFailure {
            progress.finish()
            Terminal.error("构建失败 (build failed): \(error)")
            throw ExitCode(1)
        }
    }
}

extension BuildPart: ExpressibleByArgument {}
