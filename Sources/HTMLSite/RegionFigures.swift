import Model
import Statistics

/// Every REGION figure of DATA.md §3 for one region, grouped and labelled
/// in Chinese, as the rows of a region page's tables.
enum RegionFigures {
    /// A group of figures: heading and (label, printed value) rows.
    struct Group {
        let title: String
        let rows: [(label: String, value: String)]
    }

    static func groups(_ r: RegionStatistics) -> [Group] {
        let v = r.verifications
        return [
            Group(title: "智慧工地覆盖与接入", rows: [
                ("在建项目", Printed.count(r.activeProjects)),
                ("规模以上政府投资在建项目", Printed.count(r.scopeProjects)),
                ("其中已建成智慧工地", Printed.count(r.smartScopeProjects)),
                ("规模以上政府投资工程智慧工地覆盖率", Printed.percent(r.smartCoverage)),
                ("智慧工地（在建，不限投资类型）", Printed.count(r.smartSites)),
                ("其中已接入监管平台", Printed.count(r.connectedSites)),
                ("智慧工地接入监管平台率", Printed.percent(r.connectionRate)),
            ]),
            Group(title: "县级智慧监管平台", rows: [
                ("县级行政区", Printed.count(r.countiesTotal)),
                ("已建成（含共享版）监管平台", Printed.count(r.countiesWithPlatform)),
                ("县级智慧监管平台覆盖率", Printed.percent(r.platformCoverage)),
            ]),
            Group(title: "“五个全覆盖”（在建规模以上项目）", rows: [
                ("智慧工地", Printed.percent(r.five.smartSite)),
                ("超危大工程线上管控", Printed.percent(r.five.superDangerousControl)),
                ("标准化考评线上开展", Printed.percent(r.five.standardEvaluation)),
                ("线上开单", Printed.percent(r.five.onlineOrders)),
                ("建安码", Printed.percent(r.five.jiananCode)),
            ]),
            Group(title: "数据动态验证", rows: [
                ("验证次数", Printed.count(v.published(v.total))),
                ("优良", Printed.count(v.published(v.excellent))),
                ("良好", Printed.count(v.published(v.good))),
                ("合格", Printed.count(v.published(v.pass))),
                ("不合格", Printed.count(v.published(v.fail))),
                ("合格率（合格及以上）", Printed.percent(v.passRate)),
                ("优良率", Printed.percent(v.excellentRate)),
            ]),
        ]
    }

    /// The groups as one two-column table per group, side by side on wide screens.
    static func html(_ region: RegionStatistics, year: Int) -> String {
        "<div class=\"figure-groups\">" + groups(region).map { group in
            DataTable(caption: "\(group.title)（\(year) 年）",
                      columns: [.init(title: "指标"), .init(title: "数值", numeric: true)],
                      rows: group.rows.map { [.text($0.label), .text($0.value)] }).html
        }.joined(separator: "\n") + "</div>"
    }
}
