import Model

/// Reads `verifications` (智慧工地数据动态验证结果, DATA.md §2).
enum VerificationsReader {
    static let id = Column("验证编号", "id", required: true)
    static let project = Column("项目编号", "project", required: true)
    static let appliedOn = Column("申请日期", "applied_on", required: true)
    static let verifiedOn = Column("验证日期", "verified_on", required: true)
    static let verifier = Column("验证单位", "verifier")
    static let score = Column("得分", "score", required: true)
    static let grade = Column("等次", "grade", required: true)
    static let reviewGrade = Column("复核等次", "review_grade")
    static let columns = [id, project, appliedOn, verifiedOn, verifier, score, grade, reviewGrade]

    static let gradeExpectation = "不合格、合格、良好 或 优良（优秀 视同 优良）"

    static func read(_ table: RawTable, projectIDs: Set<String>, grading: GradingThresholds,
                     diagnostics: inout Diagnostics) -> [Verification] {
        let mapping = ColumnMapping(header: table.header, columns: columns, file: table.file,
                                    allowItemScores: true, diagnostics: &diagnostics)
        var result: [Verification] = []
        var seen: [String: Int] = [:]
        for record in table.rows {
            var row = RowContext(file: table.file, record: record, mapping: mapping)
            let idValue = row.text(id)
            if let idValue, let first = seen[idValue] {
                row.fail(id, value: idValue, "重复（已在第 \(first) 行出现）", hint: "验证编号必须唯一")
            }
            let projectValue = row.text(project)
            if let projectValue, !projectIDs.contains(projectValue) {
                row.fail(project, value: projectValue, "在项目清单 (projects) 中不存在")
            }
            let applied = row.day(appliedOn)
            let verified = row.day(verifiedOn)
            if let applied, let verified, verified < applied {
                row.fail(verifiedOn, value: row.raw(verifiedOn), "早于申请日期 \(applied)（验证日期不能早于申请日期）")
            }
            let scoreValue = row.number(score)
            let gradeValue = row.choice(grade, Grade.init(label:), expected: gradeExpectation)
            let review = row.choice(reviewGrade, Grade.init(label:), expected: gradeExpectation)
            var items: [ItemScore] = []
            for item in mapping.itemColumns {
                let column = Column(item.header, "分项:\(item.name)")
                guard item.index < record.fields.count else { continue }
                let text = FieldParsing.trim(record.fields[item.index])
                guard !text.isEmpty else { continue }
                if let value = FieldParsing.number(text), value >= 0 {
                    items.append(ItemScore(name: item.name, score: value))
                } else {
                    row.fail(column, value: text, "不是有效分数（应为不小于 0 的数字）")
                }
            }
            for error in row.errors { diagnostics.append(error) }
            guard !row.hasErrors, let idValue, let projectValue, let applied, let verified,
                  let scoreValue, let gradeValue else { continue }
            seen[idValue] = record.line
            let implied = grading.grade(for: scoreValue)
            if implied != gradeValue {
                diagnostics.append(.warning(
                    "\(row.label(grade)) 的值 \"\(row.raw(grade) ?? "")\" 与得分 \(row.raw(score) ?? "") 对应的等次「\(implied.rawValue)」不一致，按文件中的等次统计",
                    file: table.file, line: record.line, column: row.writtenHeader(grade), value: row.raw(grade),
                    hint: "分数线（site.yml 的 grading）：优良 ≥ \(Formatting.decimal(grading.excellent, places: 0))、良好 ≥ \(Formatting.decimal(grading.good, places: 0))、合格 ≥ \(Formatting.decimal(grading.pass, places: 0))"))
            }
            result.append(Verification(
                id: idValue, project: projectValue, appliedOn: applied, verifiedOn: verified,
                verifier: row.raw(verifier), score: scoreValue, grade: gradeValue, reviewGrade: review,
                itemScores: items))
        }
        return result
    }
}
