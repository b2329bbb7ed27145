import DemoData
import Foundation

/// `smartsite demo-data`: the synthetic province, exposed to the command line.
public enum DemoDataBuild {
    public static func write(to directory: URL, projects: Int, seed: UInt64, year: Int,
                             dustDevices: Int?, dustDays: Int) throws -> String {
        let options = DemoDataOptions(projects: projects, seed: seed, year: year,
                                      dustDevices: dustDevices, dustDays: dustDays)
        let summary = try DemoDataGenerator(options: options).write(to: directory)
        return "\(summary)"
    }
}
