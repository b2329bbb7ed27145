import ArgumentParser
import Foundation

// Exit codes are a public contract: 0 ok, 1 data/content errors, 2 usage errors.
do {
    var command = try SmartSiteCommand.parseAsRoot()
    try command.run()
} catch {
    let code = SmartSiteCommand.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((SmartSiteCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    SmartSiteCommand.exit(withError: error)
}
