import ArgumentParser
import Build
import Foundation

struct DemoDataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-data", abstract: "生成一个模拟的全省数据集 (write a synthetic province)")

    @Argument(help: "写入数据文件的目录 (folder for the CSV files)")
    var directory: String

    @Option(name: .long, help: "项目数 (number of projects)")
    var projects: Int = 2000

    @Option(name: .long, help: "随机种子，相同种子生成相同数据 (seed)")
    var seed: UInt64 = 1

    @Option(name: .long, help: "报告年度 (report year)")
    var year: Int = 2025

    @Option(name: .long, help: "扬尘监测设备数，默认约为项目数的 15% (dust devices)")
    var dustDevices: Int?

    @Option(name: .long, help: "扬尘小时数据覆盖的天数，截至年末 (days of hourly dust readings)")
    var dustDays: Int = 365

    func validate() throws {
        guard projects > 0 else { throw ValidationError("--projects 应为正整数") }
        guard (1...366).contains(dustDays) else { throw ValidationError("--dust-days 应在 1 到 366 之间") }
        guard (2000...2100).contains(year) else { throw ValidationError("--year 应为 2000 到 2100 之间的年份") }
    }

    func run() throws {
        let summary = try DemoDataBuild.write(
            to: URL(fileURLWithPath: directory), projects: projects, seed: seed, year: year,
            dustDevices: dustDevices, dustDays: dustDays)
        print(summary)
    }
}
