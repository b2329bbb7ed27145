/// 验证等次, ordered from worst to best.
public enum Grade: String, CaseIterable, Comparable, Sendable {
    case fail = "不合格"
    case pass = "合格"
    case good = "良好"
    case excellent = "优良"

    /// Reads a grade as written in an export; the 2023 guide's `优秀` is 优良.
    public init?(label: String) {
        if label == "优秀" { self = .excellent; return }
        self.init(rawValue: label)
    }

    private var order: Int { Grade.allCases.firstIndex(of: self)! }
    public static func < (a: Grade, b: Grade) -> Bool { a.order < b.order }
}
