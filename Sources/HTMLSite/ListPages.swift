import Model
import Statistics

/// `lists/`: the three project lists of DATA.md §3, with an overview page.
struct ListPages {
    let site: Site

    /// One project list: where it is published and what it means.
    enum Kind: CaseIterable {
        case excellent, dueUnverified, threeStarIneligible

        var path: String {
            switch self {
            case .excellent: "lists/excellent.html"
            case .dueUnverified: "lists/due-unverified.html"
            case .threeStarIneligible: "lists/three-star-ineligible.html"
            }
        }

        /// File stem of the list's CSV and XLSX under data/.
        var stem: String {
            switch self {
            case .excellent: "excellent-projects"
            case .dueUnverified: "due-unverified"
            case .threeStarIneligible: "three-star-ineligible"
            }
        }

        var title: String {
            switch self {
            case .excellent: "动态验证优良项目名单"
            case .dueUnverified: "应验未验项目名单"
            case .threeStarIneligible: "三星级申报不符合条件项目名单"
            }
        }

        /// What the list holds, in the words of the definitions.
        func about(year: Int) -> String {
            switch self {
            case .excellent:
                "\(year) 年末在建、最近一次数据动态验证最终等次为优良的项目。申报省级二星级、三星级智慧工地时优先推荐这些项目。"
            case .dueUnverified:
                "\(year) 年末在建、年末前已建成智慧工地、施工进度达到 40% 以上，但截至 \(year) 年 12 月 31 日仍未申请数据动态验证的项目（应验未验）。"
            case .threeStarIneligible:
                "\(year) 年末在建、申报三星级的房屋建筑项目中，最近一次数据动态验证缺失或最终等次不是优良的项目（房屋建筑项目申报三星级须达到优良）。"
            }
        }

        func ids(_ lists: ProjectLists) -> [String] {
            switch self {
            case .excellent: lists.excellentProjects
            case .dueUnverified: lists.dueUnverified
            case .threeStarIneligible: lists.threeStarIneligible
            }
        }

        /// The portal's and overview's line for this list; nil when there are no lists.
        func summary(_ site: Site) -> [String: Any]? {
            guard let lists = site.statistics.lists else { return nil }
            return ["title": title, "count": Printed.count(ids(lists).count), "href": path,
                    "about": about(year: site.config.year)]
        }
    }

    func files() throws -> [OutputFile] {
        var files: [OutputFile] = []
        let summaries = Kind.allCases.compactMap { $0.summary(site) }
        files.append(try site.page("lists", path: "lists/index.html", title: "项目名单", section: .lists, context: [
            "lists": summaries.map { entry in
                entry.merging(["href": String((entry["href"] as? String ?? "").dropFirst("lists/".count))]) { $1 }
            },
            "missing": summaries.isEmpty, "year": String(site.config.year),
        ]))
        for kind in Kind.allCases { files.append(try page(kind)) }
        return files
    }

    private func page(_ kind: Kind) throws -> OutputFile {
        var context: [String: Any] = ["about": kind.about(year: site.config.year),
                                      "downloads": Downloads.links(stem: kind.stem, site: site, from: kind.path)]
        if let lists = site.statistics.lists {
            let ids = kind.ids(lists)
            context["count"] = Printed.count(ids.count)
            if ids.isEmpty {
                context["empty"] = true
            } else {
                context["table"] = site.projects.table(caption: "\(kind.title)（共 \(Printed.count(ids.count)) 个项目）",
                                                       ids: ids, from: kind.path).html
            }
        } else {
            context["missing"] = true
        }
        return try site.page("list", path: kind.path, title: kind.title, section: .lists,
                             trail: [("项目名单", "lists/index.html")], context: context)
    }
}

/// Links to a table's CSV and XLSX under data/, only for files the build writes.
enum Downloads {
    static func links(stem: String, site: Site, from page: String) -> [[String: Any]] {
        [("csv", "CSV"), ("xlsx", "Excel")].compactMap { ext, label in
            let path = "data/\(stem).\(ext)"
            guard let size = site.downloads[path] else { return nil }
            return ["href": SitePath.href(path, from: page), "label": "下载 \(label)（\(DataPage.size(size))）",
                    "file": "\(stem).\(ext)"]
        }
    }
}
