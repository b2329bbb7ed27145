/// `output/data/stats.json` (DATA.md §4): the statistics in the contract's
/// exact shape and key order, rates as fractions, null where undefined.
public enum StatsJSON {
    /// The file's bytes: UTF-8, two-space indents, trailing newline.
    public static func encode(_ stats: ProvinceStatistics) -> [UInt8] {
        JSONWriter.encode(document(stats))
    }

    static func document(_ stats: ProvinceStatistics) -> JSONValue {
        .object([
            ("year", .int(stats.year)),
            ("province", .object(region(stats.province))),
            ("cities", .array(stats.cities.map { city in
                .object(region(city) + [("score", .double(city.score)), ("rank", .int(city.rank))])
            })),
            ("counties", .array(stats.counties.map { .object(region($0)) })),
            ("providers", stats.providers.map { .array($0.map(provider)) } ?? .null),
            ("lists", .object([
                ("excellent_projects", .strings(stats.lists?.excellentProjects)),
                ("three_star_ineligible", .strings(stats.lists?.threeStarIneligible)),
                ("due_unverified", .strings(stats.lists?.dueUnverified)),
            ])),
            ("dust", stats.dust.map(dust) ?? .null),
            ("trend", .array(stats.trend.map { year in
                .object([
                    ("year", .int(year.year)),
                    ("province", trend(year.province)),
                    ("cities", .array(year.cities.map(trend))),
                ])
            })),
            ("data_quality", .object([
                ("grade_score_mismatch", .int(stats.dataQuality.gradeScoreMismatch)),
                ("warnings", .int(stats.dataQuality.warnings)),
            ])),
        ])
    }

    static func region(_ r: RegionStatistics) -> [(String, JSONValue)] {
        let v = r.verifications
        return [
            ("code", .string(r.code)),
            ("name", .string(r.name)),
            ("active_projects", .int(r.activeProjects)),
            ("scope_projects", .int(r.scopeProjects)),
            ("smart_scope_projects", .int(r.smartScopeProjects)),
            ("smart_coverage", .double(r.smartCoverage)),
            ("smart_sites", .int(r.smartSites)),
            ("connected_sites", .int(r.connectedSites)),
            ("connection_rate", .double(r.connectionRate)),
            ("counties_total", .int(r.countiesTotal)),
            ("counties_with_platform", .int(r.countiesWithPlatform)),
            ("platform_coverage", .double(r.platformCoverage)),
            ("five", .object([
                ("smart_site", .double(r.five.smartSite)),
                ("super_dangerous_control", .double(r.five.superDangerousControl)),
                ("standard_evaluation", .double(r.five.standardEvaluation)),
                ("online_orders", .double(r.five.onlineOrders)),
                ("jianan_code", .double(r.five.jiananCode)),
            ])),
            ("verifications", .object([
                ("total", .int(v.published(v.total))),
                ("不合格", .int(v.published(v.fail))),
                ("合格", .int(v.published(v.pass))),
                ("良好", .int(v.published(v.good))),
                ("优良", .int(v.published(v.excellent))),
                ("pass_rate", .double(v.passRate)),
                ("excellent_rate", .double(v.excellentRate)),
            ])),
        ]
    }

    static func provider(_ p: ProviderStatistics) -> JSONValue {
        .object([
            ("name", .string(p.name)),
            ("projects", .int(p.projects)),
            ("online_rate", .double(p.onlineRate)),
            ("timely_rate", .double(p.timelyRate)),
            ("complete_rate", .double(p.completeRate)),
            ("score", .double(p.score)),
            ("rank", .int(p.rank)),
        ])
    }

    static func dust(_ d: DustStatistics) -> JSONValue {
        .object([
            ("devices", .int(d.devices)),
            ("matched_devices", .int(d.matchedDevices)),
            ("compared_days", .int(d.comparedDays)),
            ("exceedance_days", .int(d.exceedanceDays)),
            ("flatline_devices", .strings(d.flatlineDevices)),
            ("cities", .array(d.cities.map { city in
                .object([
                    ("code", .string(city.code)),
                    ("devices", .int(city.devices)),
                    ("mean_pm10", .double(city.meanPM10)),
                    ("exceedance_rate", .double(city.exceedanceRate)),
                ])
            })),
        ])
    }

    static func trend(_ t: TrendFigures) -> JSONValue {
        .object([
            ("code", .string(t.code)),
            ("smart_coverage", .double(t.smartCoverage)),
            ("connection_rate", .double(t.connectionRate)),
            ("platform_coverage", .double(t.platformCoverage)),
            ("verifications_total", .int(t.verificationsTotal)),
            ("excellent_rate", .double(t.excellentRate)),
        ])
    }
}
