import Model

/// Reads the optional `regions` dataset (行政区划, DATA.md §2), which replaces
/// the built-in table of Jiangsu's divisions when supplied.
enum RegionsReader {
    static let code = Column("区划代码", "code", required: true)
    static let name = Column("名称", "name", required: true)
    static let level = Column("级别", "level", required: true)
    static let parent = Column("上级代码", "parent")
    static let columns = [code, name, level, parent]

    static func read(_ table: RawTable, diagnostics: inout Diagnostics) -> RegionTable? {
        let mapping = ColumnMapping(header: table.header, columns: columns, file: table.file, diagnostics: &diagnostics)
        var regions: [Region] = []
        var lines: [String: Int] = [:]
        var failed = false
        for record in table.rows {
            var row = RowContext(file: table.file, record: record, mapping: mapping)
            let codeValue = row.text(code)
            if let codeValue, !(codeValue.count == 6 && codeValue.allSatisfy { $0.asciiDigit != nil }) {
                row.fail(code, value: codeValue, "不是 6 位数字的区划代码")
            } else if let codeValue, let first = lines[codeValue] {
                row.fail(code, value: codeValue, "重复（已在第 \(first) 行出现）", hint: "区划代码必须唯一")
            }
            let nameValue = row.text(name)
            let levelValue = row.choice(level, RegionLevel.init(rawValue:), expected: "省、设区市 或 县级")
            let parentValue = row.text(parent)
            if levelValue == .province, let parentValue {
                row.fail(parent, value: parentValue, "应为空（省没有上级）")
            } else if let levelValue, levelValue != .province, parentValue == nil {
                row.fail(parent, value: nil, "不能为空（设区市和县级须填写上级代码）")
            }
            for error in row.errors { diagnostics.append(error) }
            failed = failed || row.hasErrors
            guard !row.hasErrors, let codeValue, let nameValue, let levelValue else { continue }
            lines[codeValue] = record.line
            regions.append(Region(code: codeValue, name: nameValue, level: levelValue, parent: parentValue))
        }
        let byCode = Dictionary(regions.map { ($0.code, $0) }) { a, _ in a }
        let expectedParent: [RegionLevel: RegionLevel] = [.city: .province, .county: .city]
        for region in regions {
            guard let parentCode = region.parent, let wanted = expectedParent[region.level] else { continue }
            if byCode[parentCode]?.level != wanted {
                failed = true
                diagnostics.append(.error(
                    "列「上级代码」(parent) 的值 \"\(parentCode)\" 不是\(wanted == .province ? "省" : "设区市")级区划代码（\(region.name)的上级应为\(wanted.rawValue)）",
                    file: table.file, line: lines[region.code], column: "上级代码", value: parentCode))
            }
        }
        let provinces = regions.filter { $0.level == .province }.count
        if provinces != 1 {
            failed = true
            diagnostics.append(.error("行政区划中应恰有一个「省」级记录，实际为 \(provinces) 个", file: table.file))
        }
        return failed ? nil : RegionTable(regions: regions)
    }
}
