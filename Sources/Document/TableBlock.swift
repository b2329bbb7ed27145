/// A ```` ```table ```` block as written: a standard table's name, or a YAML
/// mapping with `table:`, `title:`, `id:`, `regions:`, `columns:` and `city:`.
struct TableSpec: Equatable {
    /// A standard table (`city-overview`); nil for a table of `columns` only.
    var name: String?
    var title: String?
    var id: String?
    /// Only these rows (codes, or names of cities); nil for all.
    var regions: [String]?
    /// Per-region keys (`smart_coverage`) instead of the standard columns.
    var columns: [String]?
    /// The city whose counties are listed (code or name).
    var city: String?
}

/// Reads the body of a ```` ```table ```` block.
enum TableBlock {
    static let keys = ["table", "title", "id", "regions", "columns", "city"]

    /// The standard tables a chapter can name.
    static let standardNames = ["city-overview", "city-ranking", "provider-ranking", "verification-grades", "county-overview"]
        + ListTables.names

    static func parse(_ body: String) throws(BlockFailure) -> TableSpec {
        if BlockSpec.isName(body) {
            return TableSpec(name: try standard(body.trimmingWhitespace))
        }
        let mapping = try BlockSpec.mapping(body, keys: keys, what: "表格块", example: hintText)
        var spec = TableSpec()
        if let name = mapping["table"] {
            do { spec.name = try standard("\(name)".trimmingWhitespace) } catch {
                throw BlockFailure(message: error.message, hint: error.hint, key: "table")
            }
        }
        spec.title = mapping["title"].map { "\($0)".trimmingWhitespace }
        spec.id = try BlockSpec.id(mapping)
        spec.regions = mapping["regions"].map(BlockSpec.list)
        spec.columns = mapping["columns"].map(BlockSpec.list)
        spec.city = mapping["city"].map { "\($0)".trimmingWhitespace }
        if spec.name == nil && spec.columns == nil {
            throw BlockFailure(message: "表格块缺少「table」或「columns」", hint: hintText)
        }
        return spec
    }

    private static func standard(_ name: String) throws(BlockFailure) -> String {
        guard standardNames.contains(name) else {
            let target = Array(name)
            let closest = standardNames.min { editDistance(target, Array($0)) < editDistance(target, Array($1)) }
            var hint = "可用的标准表格：\(standardNames.joined(separator: "、"))"
            if let closest, editDistance(target, Array(closest)) <= 3 { hint = "是否想写：\(closest)；" + hint }
            throw BlockFailure(message: "标准表格「\(name)」不存在", hint: hint)
        }
        return name
    }

    private static let hintText = "例如 city-overview，或\ntable: city-overview\ntitle: 表题\nid: overview"
}
