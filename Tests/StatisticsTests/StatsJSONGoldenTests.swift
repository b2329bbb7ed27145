import Model
import Statistics
import Testing

/// The exact bytes of stats.json for a tiny province (江苏省 → 南京市 → 玄武区), Y = 2025.
///
/// - G1: government, above scale, started 2024-01-01, smart 2024-02-01, connected 2024-03-01,
///   progress 50, super-dangerous and controlled, standard evaluation online, 建安码.
/// - G2: not government funded, above scale, started 2025-03-01, not smart, star 3 (房屋建筑).
/// - G3: government, above scale, 2023-05-01 … 2024-06-30, not smart.
/// - Verifications: W1 G1 applied 2025-01-10, verified 2025-02-01, 92 优良;
///   W2 G1 2024-06-01, 85 优良 (score implies 良好 → 1 mismatch).
/// - Platform 320102 已建成 2023-01-01.
/// - Metrics: 智联"科技"\ on G1 (1, 1, 1) and G2 (0.5, 0.5, 0.5) → means 0.75, score 75, 2 projects → unranked;
///   乙 on G1 G2 G3 at (1, 0.5, 0.5) → score 100 × (0.4 + 0.15 + 0.15) = 70, rank 1.
/// - Dust: X1 on G1 at ST1's position; X1 day 0 alternates 60/80 → 70; ST1 day 0 24 × 10 → 60 > 50.
///
/// Each region (all three are the same projects): active G1 G2 = 2; scope G1 = 1, smart 1 → 1.0;
/// smart sites 1, connected 1 → 1.0; platform 1/1; five (G1 G2): smart 1/2, super-dangerous 1/1,
/// standard 1/2, orders 0/2, 建安码 1/2; verifications 2025: W1 → 1 优良, rates 1.0.
/// City score 100 × (0.3 + 0.2 + 0.2 + 0.15 + 0.15), rank 1.
/// Lists: excellent [G1]; 3-star ineligible [G2]; due [] (G1 applied in 2025).
/// Trend: 2021, 2022 nothing active → nil, nil; platform 0 (built 2023); no verifications → 0, nil.
/// 2023: G3 → coverage 0/1 = 0, connection nil, platform 1, verifications 0 → nil.
/// 2024: G1 G3 → 1/2, connected 1/1, platform 1, W2 → 1, excellent 1. 2025: as Y.
@Suite struct StatsJSONGoldenTests {
    static func stats() -> ProvinceStatistics {
        let projects = [
            Build.project("G1", progress: 50, smartSince: "2024-02-01", connectedSince: "2024-03-01",
                          superDangerous: true, superDangerousControlled: true, standardEvaluationOnline: true,
                          jiananCode: true),
            Build.project("G2", governmentFunded: false, start: "2025-03-01", progress: 45, starApplied: 3),
            Build.project("G3", start: "2023-05-01", completion: "2024-06-30"),
        ]
        let verifications = [
            Build.verification("W1", project: "G1", applied: "2025-01-10", verified: "2025-02-01", score: 92,
                               grade: .excellent),
            Build.verification("W2", project: "G1", verified: "2024-06-01", score: 85, grade: .excellent),
        ]
        let metrics = [
            Build.metric("智联\"科技\"\\", "G1", "2025-01", 1, 1, 1),
            Build.metric("智联\"科技\"\\", "G2", "2025-01", 0.5, 0.5, 0.5),
            Build.metric("乙", "G1", "2025-06", 1, 0.5, 0.5),
            Build.metric("乙", "G2", "2025-06", 1, 0.5, 0.5),
            Build.metric("乙", "G3", "2025-06", 1, 0.5, 0.5),
        ]
        var device = [Double](repeating: .nan, count: 8760), station = device
        for h in 0..<24 {
            device[h] = h % 2 == 0 ? 60 : 80
            station[h] = 10
        }
        let here = GeoPoint(lon: 118.8, lat: 32.05)
        let data = Datasets(
            regions: Build.tinyRegions, projects: projects, verifications: verifications,
            platforms: [Platform(region: "320102", status: .built, since: Build.day("2023-01-01"))],
            providerMetrics: metrics,
            dustDevices: [DustDevice(id: "X1", project: "G1", position: here)],
            dustReadings: HourlyPM10(year: 2025, series: ["X1": device]),
            stations: [Station(code: "ST1", name: "玄武湖", region: "320102", position: here)],
            stationReadings: HourlyPM10(year: 2025, series: ["ST1": station]))
        return StatisticsCalculator.compute(data, config: Build.config(), warnings: 2)
    }

    @Test func exactBytes() {
        let text = String(decoding: StatsJSON.encode(Self.stats()), as: UTF8.self)
        #expect(text == StatsJSONGolden.tiny)
    }
}
