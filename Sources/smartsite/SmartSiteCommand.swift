import ArgumentParser

/// The `smartsite` command: thin subcommands over the Build library.
struct SmartSiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smartsite",
        abstract: "江苏省智慧工地报告与出版物生成器 (SmartSite static report generator)",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, DemoDataCommand.self])
}
