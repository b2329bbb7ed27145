import Yams

/// A problem in the body of a ```` ```chart ```` or ```` ```table ```` block.
struct BlockFailure: Error {
    let message: String
    let hint: String?
    /// The YAML key the problem is about, to point at its line; nil for the block as a whole.
    var key: String?

    init(message: String, hint: String?, key: String? = nil) {
        self.message = message
        self.hint = hint
        self.key = key
    }
}

/// Reading the small YAML mappings of chart and table blocks.
enum BlockSpec {
    /// Whether the body is a single word (a standard chart's or table's name).
    static func isName(_ body: String) -> Bool {
        let trimmed = body.trimmingWhitespace
        return !trimmed.contains(":") && !trimmed.contains("\n")
    }

    /// The body as a mapping whose keys are all in `keys`.
    static func mapping(_ body: String, keys: [String], what: String, example: String) throws(BlockFailure) -> [String: Any] {
        let mapping: [String: Any]
        do {
            guard let loaded = try Yams.load(yaml: body) as? [String: Any] else {
                throw BlockFailure(message: "\(what)应为标准名称或 YAML 键值对", hint: example)
            }
            mapping = loaded
        } catch let failure as BlockFailure {
            throw failure
        } catch {
            throw BlockFailure(message: "\(what)的 YAML 无法解析：\(error)", hint: example)
        }
        if let unknown = mapping.keys.sorted().first(where: { !keys.contains($0) }) {
            throw BlockFailure(message: "\(what)中的键「\(unknown)」无法识别",
                               hint: "可用的键：\(keys.joined(separator: "、"))", key: unknown)
        }
        return mapping
    }

    /// The `id:` of a block: letters, digits, `-` and `_`.
    static func id(_ mapping: [String: Any]) throws(BlockFailure) -> String? {
        guard let value = mapping["id"] else { return nil }
        let id = "\(value)".trimmingWhitespace
        guard !id.isEmpty, id.allSatisfy(isIDCharacter) else {
            throw BlockFailure(message: "标识「\(id)」只能由字母、数字、- 和 _ 组成",
                               hint: "例如 id: coverage，正文中写 [@fig:coverage] 或 [@tab:coverage] 引用", key: "id")
        }
        return id
    }

    /// The `id:` of a block that failed for another reason, if it has a valid one.
    static func declaredID(_ body: String) -> String? {
        guard !isName(body), let mapping = (try? Yams.load(yaml: body)) as? [String: Any] else { return nil }
        return try? id(mapping)
    }

    static func isIDCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    /// A list value (`[a, b]` or a single item) as text.
    static func list(_ value: Any) -> [String] {
        if let array = value as? [Any] { return array.map { "\($0)".trimmingWhitespace } }
        return ["\(value)".trimmingWhitespace]
    }

    /// The 0-based line within `body` where `key:` is written, if it is.
    static func lineOffset(of key: String, in body: String) -> Int? {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { String($0).trimmingWhitespace.hasPrefix(key + ":") }
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
