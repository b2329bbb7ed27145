import Foundation
import Model
import Statistics
import Testing

/// stats.json (DATA.md §4): parsed back with JSONSerialization on the region fixture (the 108 Jiangsu
/// regions), plus byte-level properties; the exact text is pinned by `StatsJSONGoldenTests`.
@Suite struct StatsJSONTests {
    static let bytes = StatsJSON.encode(RegionFixture.stats)
    static let text = String(decoding: bytes, as: UTF8.self)

    static func object() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func topLevelShape() throws {
        let json = try Self.object()
        #expect(Set(json.keys) == ["year", "province", "cities", "counties", "providers", "lists", "dust", "trend",
                                   "data_quality"])
        #expect(json["year"] as? Int == 2025)
        #expect((json["cities"] as? [Any])?.count == 13)
        #expect((json["counties"] as? [Any])?.count == 95)
        #expect(json["providers"] is NSNull)  // no provider_metrics dataset
        #expect(json["dust"] is NSNull)       // no dust_devices dataset
        #expect((json["trend"] as? [[String: Any]])?.map { $0["year"] as? Int } == [2021, 2022, 2023, 2024, 2025])
    }

    @Test func keysAreInTheContractsOrder() {
        func positions(_ keys: [String]) -> [Int] {
            keys.map { key in Self.text.range(of: "\"\(key)\":").map { Self.text.distance(from: Self.text.startIndex, to: $0.lowerBound) } ?? -1 }
        }
        let top = positions(["year", "province", "cities", "counties", "providers", "lists", "dust", "trend", "data_quality"])
        #expect(top == top.sorted() && !top.contains(-1))
        let region = positions(["code", "name", "active_projects", "scope_projects", "smart_scope_projects",
                                "smart_coverage", "smart_sites", "connected_sites", "connection_rate", "counties_total",
                                "counties_with_platform", "platform_coverage", "five", "smart_site",
                                "super_dangerous_control", "standard_evaluation", "online_orders", "jianan_code",
                                "verifications", "total", "不合格", "合格", "良好", "优良", "pass_rate", "excellent_rate"])
        #expect(region == region.sorted() && !region.contains(-1))
    }

    @Test func citiesCarryScoreAndRankAndIdentifiersAreStrings() throws {
        let json = try Self.object()
        let cities = try #require(json["cities"] as? [[String: Any]])
        #expect(cities.map { $0["code"] as? String } == RegionTable.jiangsu.cities.map(\.code))
        #expect(cities[0]["rank"] as? Int == 1)
        #expect(abs((cities[0]["score"] as? Double ?? 0) - 43.21969696969697) < 1e-9)
        let counties = try #require(json["counties"] as? [[String: Any]])
        #expect(counties.allSatisfy { $0["score"] == nil && $0["rank"] == nil && $0["code"] is String })
        let province = try #require(json["province"] as? [String: Any])
        #expect(province["code"] as? String == "320000")
        #expect(province["score"] == nil)
    }

    @Test func valuesNullsAndChineseKeys() throws {
        let counties = try #require(try Self.object()["counties"] as? [[String: Any]])
        let xuanwu = try #require(counties.first { $0["code"] as? String == "320102" })
        #expect(xuanwu["name"] as? String == "玄武区")
        #expect(xuanwu["smart_coverage"] as? Double == 0.5)
        #expect(xuanwu["counties_with_platform"] as? Int == 1)
        let v = try #require(xuanwu["verifications"] as? [String: Any])
        #expect(v["total"] as? Int == 4 && v["不合格"] as? Int == 2 && v["合格"] as? Int == 1)
        #expect(v["良好"] as? Int == 0 && v["优良"] as? Int == 1 && v["excellent_rate"] as? Double == 0.25)
        let qinhuai = try #require(counties.first { $0["code"] as? String == "320104" })
        #expect(qinhuai["smart_coverage"] is NSNull)
        #expect((qinhuai["five"] as? [String: Any])?["super_dangerous_control"] is NSNull)
        let lists = try #require(try Self.object()["lists"] as? [String: Any])
        #expect(lists["excellent_projects"] as? [String] == ["A1"])
        #expect(lists["three_star_ineligible"] as? [String] == [])
        #expect(lists["due_unverified"] as? [String] == [])
    }

    @Test func bytesAreDeterministicUTF8WithTrailingNewline() {
        #expect(StatsJSON.encode(RegionFixture.stats) == Self.bytes)
        #expect(Self.text.hasSuffix("}\n"))
        #expect(Self.text.contains("\"不合格\": 2"))
        #expect(!Self.text.contains("\\u"))
        #expect(![": nan", ": -nan", ": inf", ": -inf"].contains { Self.text.contains($0) })
        #expect(Self.text.hasPrefix("{\n  \"year\": 2025,\n  \"province\": {\n    \"code\": \"320000\","))
    }

    @Test func missingDatasetsAreNull() throws {
        let stats = StatisticsCalculator.compute(Datasets(regions: .jiangsu, projects: RegionFixture.projects),
                                                 config: Build.config())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(StatsJSON.encode(stats))) as? [String: Any])
        let province = try #require(json["province"] as? [String: Any])
        #expect(province["counties_with_platform"] is NSNull)
        #expect((province["verifications"] as? [String: Any])?["total"] is NSNull)
        let lists = try #require(json["lists"] as? [String: Any])
        #expect(lists["excellent_projects"] is NSNull)
    }
}
