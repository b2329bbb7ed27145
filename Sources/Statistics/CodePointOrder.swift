/// DATA.md §4: "Wherever names or ids are sorted, they are compared by Unicode
/// code points." Swift's `<` on `String` compares canonically equivalent forms
/// (Å written as U+212B sorts like U+00C5), so every sort here goes through
/// these helpers instead. UTF-8 byte order is code-point order.
extension String {
    /// Whether `self` sorts before `other` by Unicode code points.
    @inlinable
    public func precedesByCodePoints(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }

    /// Whether `self` and `other` have exactly the same code points (no
    /// canonical equivalence, unlike `==`).
    @inlinable
    public func hasSameCodePoints(as other: String) -> Bool {
        utf8.elementsEqual(other.utf8)
    }
}

extension Sequence where Element == String {
    /// The strings sorted by Unicode code points.
    public func sortedByCodePoints() -> [String] {
        sorted { $0.precedesByCodePoints($1) }
    }
}

/// A string hashed and compared by its exact code points, for dictionaries
/// and sets of ids and names: two ids that differ only in Unicode
/// normalisation are two ids, as they are for any other reader of the files.
struct ExactString: Hashable, Sendable {
    let value: String

    init(_ value: String) { self.value = value }

    static func == (a: ExactString, b: ExactString) -> Bool { a.value.hasSameCodePoints(as: b.value) }

    func hash(into hasher: inout Hasher) {
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
