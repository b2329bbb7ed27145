import ArgumentParser
import Build
import Dispatch
import Foundation
import Model
import Preview

/// `smartsite serve`: builds, serves the output on 127.0.0.1, and rebuilds
/// when content or templates change; open pages reload themselves, and a
/// failed build shows its problems in the page while the server keeps running.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "生成网站并在本机预览，修改内容后自动重新生成并刷新页面 (build, serve, rebuild on change)")

    @OptionGroup var content: ContentOptions

    @OptionGroup var target: OutputOptions

    @Option(name: .long, help: "端口，0 表示任选空闲端口 (port on 127.0.0.1)")
    var port: UInt16 = 8080

    @Flag(name: .long, help: "生成 PDF（默认不生成，预览更快） (also build PDFs)")
    var pdf = false

    func validate() throws { try target.validate(content: content) }

    func run() throws {
        // A parent that started us from a thread with signals blocked (a test runner, some IDEs)
        // passes that mask on: unblock Ctrl-C and SIGTERM, or the server could never be stopped.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)

        var options = target.buildOptions(content)
        options.pdf = pdf
        let server = try PreviewServer(output: options.output, port: port)
        let listening = Listening()
        let started = DispatchSemaphore(value: 0)
        Task {
            do { listening.port = try await server.start() } catch { listening.error = error }
            started.signal()
        }
        started.wait()
        if let error = listening.error {
            Terminal.error("无法在 127.0.0.1:\(port) 上启动预览服务器：\(error)")
            throw ExitCode(1)
        }

        let folders = [options.content, options.resolvedTemplatesFolder]
        let watcher = ContentWatcher(folders: folders, ignoring: [options.output])
        var fingerprint = watcher.fingerprint()
        build(options, into: server.state)
        FileHandle.standardOutput.write(Data("预览地址 (preview) http://127.0.0.1:\(listening.port)/  — 按 Ctrl-C 结束\n".utf8))
        while true {
            fingerprint = watcher.waitForChange(after: fingerprint)
            build(options, into: server.state)
        }
    }

    private func build(_ options: BuildOptions, into state: PreviewState) {
        let start = Date()
        do {
            let summary = try BuildPipeline.build(options)
            if !summary.diagnostics.warnings.isEmpty {
                Terminal.error(DiagnosticWriter.human(summary.diagnostics, colors: Terminal.colors))
            }
            state.finished(failure: nil)
            Terminal.error("已生成 (built) \(summary.pages) 个页面，用时 \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        } catch let error as DiagnosticsError {
            let text = DiagnosticWriter.human(error.diagnostics)
            Terminal.error(DiagnosticWriter.human(error.diagnostics, colors: Terminal.colors))
            Terminal.error("构建失败，浏览器中显示错误；修改后自动重试 (build failed; shown in the browser)")
            state.finished(failure: text)
        } catch {
            Terminal.error("构建失败 (build failed): \(error)")
            state.finished(failure: "\(error)")
        }
    }
}

/// The port the server took, or why it could not start (set once, before the semaphore).
private final class Listening: @unchecked Sendable {
    var port: UInt16 = 0
    var error: (any Error)?
}
