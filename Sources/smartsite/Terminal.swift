import Foundation

/// Where the command writes, and whether it may use colour (a TTY, and no NO_COLOR).
enum Terminal {
    static var colors: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
