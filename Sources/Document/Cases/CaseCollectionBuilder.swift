import Model
import Statistics

/// Builds the case collection from the case files: reads each front matter,
/// places the case (its project's county, or its `region`), fills the facts
/// box from the datasets, reads its pictures, sorts the cases into book
/// order and converts their bodies.
///
/// Case files come from outside the office and are untrusted: raw HTML is
/// text, links are http(s), mailto or relative paths inside content/, and
/// every picture path must stay inside content/ (``ImageLoader``).
public enum CaseCollectionBuilder {
    public static func build(sources: [CaseSource], preface: ChapterSource?, config: SiteConfig,
                             statistics: ProvinceStatistics, values: ValueTable,
                             diagnostics: inout Diagnostics) -> CaseCollection {
        let datasets = values.datasets
        let projects = Dictionary((datasets?.projects ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let latest = LatestVerification.byProject(datasets?.verifications ?? [], asOf: .endOfYear(config.year))
        let regions = datasets?.regions ?? .jiangsu

        var placed: [(source: CaseSource, matter: CaseFrontMatter, study: CaseStudy)] = []
        var slugs: [String: String] = [:]
        for source in sources.sorted(by: { $0.path < $1.path }) {
            if let other = slugs[source.slug.lowercased()] {
                diagnostics.append(.error("案例「\(source.slug)」与 \(other) 重名", file: source.path, line: 1,
                                          hint: "每个案例的文件名（或文件夹名）不能相同，大小写也视为相同"))
                continue
            }
            slugs[source.slug.lowercased()] = source.path
            guard CaseSource.isValidSlug(source.slug) else {
                diagnostics.append(.error("案例文件名「\(source.slug)」只能由英文字母、数字、- 和 _ 组成", file: source.path,
                                          hint: "文件名就是网页地址，如 qinhuai-school-ai-video.md"))
                continue
            }
            guard let matter = CaseFrontMatter.read(source.text, file: source.path, diagnostics: &diagnostics),
                  let study = study(source, matter, projects: projects, latest: latest, regions: regions,
                                    diagnostics: &diagnostics)
            else { continue }
            placed.append((source, matter, study))
        }

        placed.sort { a, b in
            let x = a.study, y = b.study
            if x.region.cityCode != y.region.cityCode { return x.region.cityCode < y.region.cityCode }
            if (x.order ?? Int.max) != (y.order ?? Int.max) { return (x.order ?? Int.max) < (y.order ?? Int.max) }
            if x.title != y.title { return x.title.unicodeScalars.lexicographicallyPrecedes(y.title.unicodeScalars) }
            return x.slug < y.slug
        }
        var cases: [CaseStudy] = []
        for (index, entry) in placed.enumerated() {
            var study = entry.study
            study.number = index + 1
            readPictures(of: &study, entry.matter, source: entry.source, diagnostics: &diagnostics)
            study.blocks = body(of: entry.source, matter: entry.matter, number: study.number, statistics: statistics,
                                values: values, diagnostics: &diagnostics)
            cases.append(study)
        }

        let prefaceChapter = preface.map {
            ChapterBuilder.build($0, statistics: statistics, values: values, diagnostics: &diagnostics)
        }
        return CaseCollection(title: PublicationKind.cases.title(year: config.year), year: config.year,
                              office: config.office, preface: prefaceChapter, cases: cases)
    }

    /// The case's fields checked and placed; nil when a required field is missing or wrong.
    private static func study(_ source: CaseSource, _ matter: CaseFrontMatter, projects: [String: Project],
                              latest: [String: Verification], regions: RegionTable,
                              diagnostics: inout Diagnostics) -> CaseStudy? {
        let file = source.path
        var complete = true
        func missing(_ key: String, _ what: String, example: String) {
            diagnostics.append(.error("案例缺少「\(key)」（\(what)）", file: file, line: 1,
                                      hint: "在开头的 YAML 中写 \(key): \(example)"))
            complete = false
        }
        if matter.title == nil { missing("title", "标题", example: "AI 视频识别守护校园建设现场") }
        if matter.summary == nil { missing("summary", "摘要", example: "一两句话概括案例的做法和成效") }
        if matter.year == nil && matter.lines["year"] == nil { missing("year", "年度", example: "2025") }
        if matter.tags.isEmpty && matter.lines["tags"] == nil {
            diagnostics.append(.warning("案例没有技术标签（tags），不会出现在按技术分类的索引中", file: file, line: 1,
                                        hint: "例如 tags: [AI视频识别, 塔吊监测]"))
        }

        var facts: CaseFacts?
        var region: CaseRegion?
        var category: ProjectCategory?
        if let id = matter.project {
            if let project = projects[id] {
                let grade = latest[id]
                facts = CaseFacts(projectID: id, projectName: project.name, category: project.category,
                                  contractor: project.contractor, provider: project.provider,
                                  latestGrade: grade?.finalGrade, latestVerifiedOn: grade?.verifiedOn)
                region = place(project.county, regions: regions)
                category = project.category
            } else {
                diagnostics.append(.error("项目编号「\(id)」不在项目清单（projects）中", file: file,
                                          line: matter.lines["project"], value: id,
                                          hint: "核对项目编号（与 content/data/projects 中的「项目编号」一致）；没有编号的案例写 region（区划代码）"))
                complete = false
            }
        }
        if let code = matter.region {
            let line = matter.lines["region"]
            if let written = place(code, regions: regions) {
                if let fromProject = region, code != fromProject.cityCode, code != fromProject.countyCode {
                    diagnostics.append(.error("region「\(code)」与项目所在区划「\(fromProject.label)」不一致", file: file,
                                              line: line, value: code, hint: "写了 project 时可以不写 region，区划取自项目清单"))
                    complete = false
                }
                region = region ?? written
            } else {
                diagnostics.append(.error("region「\(code)」不是江苏省的设区市或县级区划代码", file: file, line: line, value: code,
                                          hint: "写 6 位区划代码，如 320104（南京市秦淮区）或 320100（南京市）"))
                complete = false
            }
        } else if matter.project == nil {
            missing("region", "区划代码；写了 project 项目编号时可省略", example: "320104")
        }
        if let written = matter.category {
            if let parsed = ProjectCategory(rawValue: written) {
                if let category, category != parsed {
                    diagnostics.append(.warning("category「\(written)」与项目清单中的工程类别「\(category.rawValue)」不一致，以项目清单为准",
                                                file: file, line: matter.lines["category"], value: written))
                }
                category = category ?? parsed
            } else {
                diagnostics.append(.error("category「\(written)」不是工程类别", file: file, line: matter.lines["category"],
                                          value: written,
                                          hint: "可写：\(ProjectCategory.allCases.map(\.rawValue).joined(separator: "、"))"))
                complete = false
            }
        }
        guard complete, let title = matter.title, let summary = matter.summary, let year = matter.year, let region
        else { return nil }
        return CaseStudy(number: 0, slug: source.slug, source: file, title: title, summary: summary, year: year,
                         tags: matter.tags, order: matter.order, region: region, category: category, facts: facts)
    }

    /// The city (and county) of a city or county code of the table; nil for others.
    private static func place(_ code: String, regions: RegionTable) -> CaseRegion? {
        guard let region = regions[code] else { return nil }
        switch region.level {
        case .city:
            return CaseRegion(cityCode: region.code, cityName: region.name)
        case .county:
            guard let city = regions.city(containing: region.code) else { return nil }
            return CaseRegion(cityCode: city.code, cityName: city.name, countyCode: region.code, countyName: region.name)
        default:
            return nil
        }
    }

    /// Cover and photos read through the image loader (paths relative to the case file, inside content/).
    private static func readPictures(of study: inout CaseStudy, _ matter: CaseFrontMatter, source: CaseSource,
                                     diagnostics: inout Diagnostics) {
        let loader = ImageLoader(contentRoot: source.contentRoot, chapterPath: source.path)
        func read(_ picture: CaseFrontMatter.Picture, key: String) -> ImageBlock? {
            do {
                let (path, bytes, info) = try loader.load(picture.file)
                var alt = picture.alt ?? ""
                if alt.isEmpty {
                    diagnostics.append(.warning("\(key) 图片缺少替代文字（alt）", file: source.path, line: picture.line,
                                                value: picture.file,
                                                hint: "写成 {file: \(picture.file), alt: 图片内容的简短描述}，供读屏软件和图片无法显示时使用"))
                    alt = picture.caption ?? study.title
                }
                let caption = picture.caption.map { [Inline.text($0)] }
                return ImageBlock(source: path, alt: alt, caption: caption, info: info, bytes: bytes)
            } catch {
                diagnostics.append(.error(error.message, file: source.path, line: picture.line, value: picture.file,
                                          hint: error.hint))
                return nil
            }
        }
        study.cover = matter.cover.flatMap { read($0, key: "cover") }
        study.photos = matter.photos.compactMap { read($0, key: "photos") }
    }

    /// The body after the front matter, converted like a chapter (line
    /// numbers kept: the front matter's lines are left blank), without a
    /// level-1 heading (the front matter's title is the case's title).
    private static func body(of source: CaseSource, matter: CaseFrontMatter, number: Int, statistics: ProvinceStatistics,
                             values: ValueTable, diagnostics: inout Diagnostics) -> [Block] {
        var lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<min(matter.lineCount, lines.count) { lines[index] = "" }
        let chapter = ChapterSource(number: number, slug: source.slug, path: source.path,
                                    text: lines.joined(separator: "\n"), contentRoot: source.contentRoot)
        let tree = MarkdownTree(markdown: chapter.text)
        var converter = BlockConverter(file: chapter.path, chapterNumber: number, slug: source.slug,
                                       statistics: statistics, values: values, contentRoot: source.contentRoot)
        var blocks = converter.blocks(of: MarkdownNode(pointer: tree.root))
        diagnostics.append(contentsOf: converter.diagnostics)
        if case .heading(let heading)? = blocks.first, heading.level == 1 { blocks.removeFirst() }
        let chapterValue = Chapter(number: number, slug: source.slug, title: matter.title ?? source.slug,
                                   source: source.path, blocks: blocks)
        let converted = ConvertedChapter(chapter: chapterValue, targets: converter.targets, references: converter.references)
        let targets = CrossReferences.index(converter.targets, diagnostics: &diagnostics)
        return CrossReferences.resolve(converted, targets: targets, diagnostics: &diagnostics).blocks
    }
}
