import Model

/// `methodology.html`: how every figure, rank and list is computed, written
/// from the definitions and the parameters this build used (site.yml), so a
/// reader can re-derive any number.
struct MethodologyPage {
    let site: Site

    /// "0.3×智慧工地覆盖率 + 0.2×接入监管平台率 + …" with the weights in use.
    static func cityFormula(_ w: CityWeights) -> String {
        [(w.smartCoverage, "智慧工地覆盖率"), (w.connectionRate, "接入监管平台率"), (w.platformCoverage, "监管平台覆盖率"),
         (w.excellentRate, "验证优良率"), (w.passRate, "验证合格率")]
            .map { "\(Printed.parameter($0.0))×\($0.1)" }.joined(separator: " + ")
    }

    /// "0.4×设备在线率 + 0.3×数据及时率 + 0.3×数据完整率" with the weights in use.
    static func providerFormula(_ w: ProviderWeights) -> String {
        [(w.online, "设备在线率"), (w.timely, "数据及时率"), (w.complete, "数据完整率")]
            .map { "\(Printed.parameter($0.0))×\($0.1)" }.joined(separator: " + ")
    }

    /// The computation written out for the first city of the ranking, with its figures.
    private func cityExample() -> [String] {
        guard let city = RankingPages.citiesByRank(site.statistics.cities).first, let score = city.score else { return [] }
        let w = site.config.ranking.cityWeights
        let terms = [(w.smartCoverage, city.smartCoverage), (w.connectionRate, city.connectionRate),
                     (w.platformCoverage, city.platformCoverage), (w.excellentRate, city.verifications.excellentRate),
                     (w.passRate, city.verifications.passRate)]
            .map { "\(Printed.parameter($0.0))×\($0.1 == nil ? "0" : Printed.percent($0.1))" }
        return ["例：\(city.name) \(site.config.year) 年综合得分 = 100 ×（\(terms.joined(separator: " + "))）= \(Printed.score(score))，排名第 \(Printed.rank(city.rank))（按未经四舍五入的比率计算）。"]
    }

    func file() throws -> OutputFile {
        let c = site.config
        let y = c.year
        let g = c.grading, r = c.ranking, d = c.dust
        let sections: [(String, [String])] = [
            ("统计范围", [
                "报告年度为 \(y) 年，年末指 \(y) 年 12 月 31 日。",
                "在建项目：开工日期不晚于年末，且没有竣工日期或竣工日期不早于 \(y) 年 1 月 1 日的项目。",
                "规模以上政府投资工程：在建、政府投资且规模以上的项目。",
                "智慧工地：标为智慧工地且智慧工地建成日期不晚于年末的项目；已接入监管平台：标为接入且接入日期不晚于年末。",
                "设区市的数字是其所辖县（市、区）之和，全省是全部县（市、区）之和。",
            ]),
            ("各项指标", [
                "规模以上政府投资工程智慧工地覆盖率 = 其中已建成智慧工地的项目数 ÷ 规模以上政府投资在建项目数。",
                "智慧工地接入监管平台率 = 已接入监管平台的智慧工地数 ÷ 在建智慧工地数（不限投资类型）。",
                "县级智慧监管平台覆盖率 = 本级平台已建成或为共享版且建成日期不晚于年末的县（市、区）数 ÷ 县（市、区）总数。",
                "“五个全覆盖”：在建规模以上项目（不限投资类型）中智慧工地、标准化考评线上开展、线上开单、建安码所占比例；超危大工程线上管控为有超危大工程的项目中线上管控的比例。后四项为年末状态。",
                "数据动态验证：验证日期在 \(y) 年内的验证次数，按最终等次（有复核等次的取复核等次）计数；合格率 = （合格 + 良好 + 优良）÷ 验证次数，优良率 = 优良 ÷ 验证次数。",
                "分母为 0 的比率无法计算，显示为“—”，既不记为 0，也不记为 100%；缺少某个数据集时，依赖它的指标同样显示为“—”。",
                "页面上的百分比保留一位小数（四舍五入），得分保留两位小数；下载的数据文件保留全部精度，比率为 0–1 之间的小数。",
            ]),
            ("验证等次与得分", [
                "按得分推定的等次：\(Printed.parameter(g.excellent)) 分及以上为优良，\(Printed.parameter(g.good)) 分及以上为良好，\(Printed.parameter(g.pass)) 分及以上为合格，其余为不合格。",
                "统计使用验证记录中填报的等次；与得分推定等次不一致的记录计入数据质量提示，不改变统计结果。",
                "项目的最近一次验证：验证日期不晚于年末的验证中日期最晚的一次，同一天的取验证编号较大者。",
            ]),
            ("设区市综合排名", [
                "综合得分 = 100 ×（\(Self.cityFormula(r.cityWeights))），各分项为 0–1 之间的比率，无法计算的分项按 0 计。",
                "按综合得分从高到低排名，采用标准竞赛排名：得分相同的并列，其后名次顺延，如 1、2、2、4。得分相差小于 10⁻⁹ 视为相同。",
            ] + cityExample()),
            ("集成服务商运营质量排名", [
                "设备在线率、数据及时率、数据完整率分别取该服务商 \(y) 年各月各项目记录的平均值。",
                "综合得分 = 100 ×（\(Self.providerFormula(r.providerWeights))）。",
                "项目数为上述记录涉及的不同项目数；少于 \(r.providerMinProjects) 个项目的服务商列出但不参与排名，注明“样本不足”。参与排名的服务商之间同样采用标准竞赛排名（1、2、2、4）。",
            ]),
            ("项目名单", ListPages.Kind.allCases.map { "\($0.title)：\($0.about(year: y))" }),
            ("扬尘监测与国控点比对", [
                "只使用 \(y) 年内的小时数据；某日有效小时值不少于 20 个时计算该日 PM10 日均值。",
                "每台扬尘监测设备与距离最近的国控点比对（按球面距离计算），距离不超过 \(Printed.parameter(d.matchRadiusKm)) 千米才视为匹配。",
                "设备与国控点均有日均值的日子为比对日；设备日均值比国控点高出 \(Printed.parameter(d.exceedanceUgm3)) 微克/立方米以上的为超标日。",
                "连续 24 个及以上小时读数完全相同的设备列为疑似数据恒定设备。",
            ]),
            ("近五年趋势", [
                "\(y - 4)—\(y) 年各年的覆盖率、接入率、平台覆盖率、验证次数和优良率，按上述同一口径以当年年末计算。",
            ]),
        ]
        var context: [String: Any] = [
            "sections": sections.map { ["title": $0.0, "items": $0.1] },
            "year": String(y),
        ]
        if site.hasDownload("data/stats.json") { context["stats"] = "data/stats.json" }
        if abs(r.cityWeights.sum - 1) > 1e-9 {
            context["weightNote"] = "注意：本年度设区市排名权重之和为 \(Printed.parameter(r.cityWeights.sum))，不等于 1，得分上限相应变化。"
        }
        return try site.page("methodology", path: "methodology.html", title: "统计方法说明", section: .methodology,
                             context: context)
    }
}
