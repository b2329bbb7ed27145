import Model

/// `data/index.html`: every machine-readable download of the build, what it
/// holds, its format and its size.
struct DataPage {
    let site: Site

    /// The known downloads by file stem: title and contents (DATA.md §4).
    static let catalogue: [(stem: String, title: String, about: String)] = [
        ("stats", "全部统计结果", "全省、各设区市、各县（市、区）的全部指标（覆盖率、接入率、平台覆盖率、“五个全覆盖”、验证等次），设区市得分与排名，集成服务商排名，三类项目名单，扬尘监测分析，近五年趋势和数据质量计数，供任何人复核本站每一个数字。"),
        ("city-ranking", "设区市综合排名", "各设区市的排名、区划代码、综合得分及五个分项（覆盖率、接入率、平台覆盖率、优良率、合格率）。"),
        ("provider-ranking", "集成服务商运营质量排名", "各集成服务商的排名（样本不足的注明）、项目数、设备在线率、数据及时率、数据完整率和综合得分。"),
        ("excellent-projects", "动态验证优良项目名单", "最近一次数据动态验证为优良的在建项目：项目编号、名称、设区市、县（市、区）、工程类别、施工单位、集成服务商。"),
        ("three-star-ineligible", "三星级申报不符合条件项目名单", "申报三星级但最近一次验证缺失或未达优良的在建房屋建筑项目，列同上。"),
        ("due-unverified", "应验未验项目名单", "已建成智慧工地、进度达 40% 以上但年末前未申请数据动态验证的在建项目，列同上。"),
    ]

    static func format(_ ext: String) -> String {
        switch ext {
        case "json": "JSON（UTF-8）；比率为 0–1 之间的小数，无法计算的值为 null，数值保留全部精度。"
        case "csv": "CSV（UTF-8 带 BOM，Excel 可直接打开）；比率为 0–1 之间的小数，无法计算的值留空。"
        case "xlsx": "Excel 工作簿（XLSX），内容与同名 CSV 相同。"
        default: "文件"
        }
    }

    /// A file size in Chinese: `812 字节`, `3.4 KB`, `1.2 MB`.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) 字节" }
        if bytes < 1024 * 1024 { return Formatting.decimal(Double(bytes) / 1024, places: 1) + " KB" }
        return Formatting.decimal(Double(bytes) / 1024 / 1024, places: 1) + " MB"
    }

    func file() throws -> OutputFile {
        var groups: [[String: Any]] = []
        var listed = Set<String>()
        func entry(_ path: String) -> [String: Any]? {
            guard let size = site.downloads[path] else { return nil }
            listed.insert(path)
            let name = String(path.dropFirst("data/".count))
            let ext = name.split(separator: ".").last.map(String.init) ?? ""
            return ["name": name, "href": name, "format": Self.format(ext), "size": Self.size(size)]
        }
        for item in Self.catalogue {
            let files = ["json", "csv", "xlsx"].compactMap { entry("data/\(item.stem).\($0)") }
            if !files.isEmpty { groups.append(["title": item.title, "about": item.about, "files": files]) }
        }
        let others = site.downloads.keys.filter { !listed.contains($0) }.sorted().compactMap(entry)
        if !others.isEmpty { groups.append(["title": "其他文件", "about": "本次生成的其他数据文件。", "files": others]) }
        return try site.page("data", path: "data/index.html", title: "数据下载", section: .data, context: [
            "groups": groups, "empty": groups.isEmpty, "year": String(site.config.year),
        ])
    }
}
