import ArgumentParser
import Build

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "只校验数据和章节，不生成任何文件 (validate only)")

    enum Format: String, ExpressibleByArgument { case human, json }

    @OptionGroup var content: ContentOptions

    @Option(name: .long, help: "输出格式：human 或 json")
    var format: Format = .human

    func run() throws {
        let steps = content.verbose ? ProgressDisplay(mode: .lines, verbose: true, colors: false) : nil
        let diagnostics = BuildPipeline.check(content.buildOptions(progress: steps))
        switch format {
        case .human: print(DiagnosticWriter.human(diagnostics, colors: Terminal.colors))
        case .json: print(DiagnosticWriter.json(diagnostics))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
