import Build
import Foundation
import Model

/// Shows a build's steps on standard error:
///
/// - on a terminal, one line redrawn in place: a bar, `3/9`, the step's
///   name and the files made so far; cleared when the build ends;
/// - elsewhere (CI, a log file), one plain line per finished step;
/// - `--verbose` adds each step's time; `--quiet` shows nothing.
///
/// Colours only on a terminal and never when `NO_COLOR` is set.
final class ProgressDisplay: @unchecked Sendable {
    enum Mode { case bar, lines, quiet }

    private let mode: Mode
    private let verbose: Bool
    private let colors: Bool
    private let lock = NSLock()
    private var drawn = false

    init(mode: Mode, verbose: Bool, colors: Bool) {
        self.mode = mode
        self.verbose = verbose
        self.colors = colors
    }

    /// The mode for this process: a bar on a terminal, lines otherwise, nothing with `--quiet`.
    static func mode(quiet: Bool) -> Mode {
        if quiet { return .quiet }
        return isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb" ? .bar : .lines
    }

    func handle(_ event: BuildEvent) {
        lock.lock()
        defer { lock.unlock() }
        switch (mode, event) {
        case (.quiet, _):
            return
        case (.bar, .stepStarted(let name, let index, let total)):
            draw(Self.bar(done: index - 1, total: total) + " \(index)/\(total) \(name)…")
        case (.bar, .stepFinished(let name, let index, let total, let seconds, let files)):
            if verbose { printLine(Self.line(name: name, index: index, total: total, seconds: seconds, files: files)) }
            draw(Self.bar(done: index, total: total) + " \(index)/\(total) \(name)  \(files) 个文件")
        case (.lines, .stepFinished(let name, let index, let total, let seconds, let files)):
            Terminal.error(Self.line(name: name, index: index, total: total, seconds: verbose ? seconds : nil, files: files))
        case (.lines, .stepStarted):
            return
        }
    }

    /// Removes the bar before the summary or the diagnostics are printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }

    /// `[3/9] 生成文档  120 个文件  0.215 s`
    static func line(name: String, index: Int, total: Int, seconds: Double?, files: Int) -> String {
        var text = "[\(index)/\(total)] \(name)"
        if files > 0 { text += "  \(files) 个文件" }
        if let seconds { text += "  \(Formatting.decimal(seconds, places: 3)) s" }
        return text
    }

    /// `[######----]`, 20 cells wide.
    static func bar(done: Int, total: Int, width: Int = 20) -> String {
        let filled = total == 0 ? 0 : min(width, done * width / total)
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    private func draw(_ text: String) {
        let shown = colors ? "\u{1B}[36m\(text)\u{1B}[0m" : text
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(shown)".utf8))
        drawn = true
    }

    private func printLine(_ text: String) {
        FileHandle.standardError.write(Data(((drawn ? "\r\u{1B}[2K" : "") + text + "\n").utf8))
        drawn = false
    }
}
