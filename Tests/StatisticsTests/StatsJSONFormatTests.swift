import Foundation
import Model
import Statistics
import Testing

/// Number and string formatting of stats.json, on hand-set statistics.
@Suite struct StatsJSONFormatTests {
    static func encode(_ edit: (inout RegionStatistics) -> Void) -> String {
        var county = RegionStatistics(code: "320102", name: "玄武区")
        edit(&county)
        let stats = ProvinceStatistics(year: 2025, province: RegionStatistics(code: "320000", name: "江苏省"),
                                       cities: [], counties: [county], dataQuality: DataQuality())
        return String(decoding: StatsJSON.encode(stats), as: UTF8.self)
    }

    /// Shortest round-trip doubles; integral doubles keep ".0"; NaN and infinity can never leak out.
    @Test func numbers() throws {
        let text = Self.encode {
            $0.smartCoverage = 1.0 / 3.0
            $0.connectionRate = 1
            $0.platformCoverage = 1e-7
            $0.five.smartSite = .nan
            $0.five.jiananCode = .infinity
            $0.activeProjects = 12345
        }
        #expect(text.contains("\"smart_coverage\": 0.3333333333333333,"))
        #expect(text.contains("\"connection_rate\": 1.0,"))
        #expect(text.contains("\"platform_coverage\": 1e-07,"))
        #expect(text.contains("\"smart_site\": null,"))
        #expect(text.contains("\"jianan_code\": null\n"))
        #expect(text.contains("\"active_projects\": 12345,"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let county = try #require((json["counties"] as? [[String: Any]])?.first)
        #expect(county["platform_coverage"] as? Double == 1e-7)
        #expect(county["smart_coverage"] as? Double == 1.0 / 3.0)
    }

    /// Only `"`, `\` and control characters are escaped; Chinese stays UTF-8.
    @Test func strings() throws {
        let name = "玄武\"区\"\\\n\t\u{1}/é"
        let text = Self.encode { $0.name = name }
        #expect(text.contains(#""name": "玄武\"区\"\\\n\t\u0001/é","#))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((json["counties"] as? [[String: Any]])?.first?["name"] as? String == name)
    }

    /// Empty arrays print as `[]`; absent sections as null.
    @Test func emptyAndNull() {
        let text = Self.encode { _ in }
        #expect(text.contains("\"cities\": [],"))
        #expect(text.contains("\"providers\": null,"))
        #expect(text.contains("\"dust\": null,"))
        #expect(text.contains("\"trend\": [],"))
        #expect(text.contains("\"lists\": {\n    \"excellent_projects\": null,"))
    }
}
