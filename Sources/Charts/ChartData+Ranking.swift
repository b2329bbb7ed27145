import Model

extension ChartData {
    /// The items highest value first; items without a (finite) value last;
    /// ties keep the data's order, so the same data always ranks the same.
    var rankedItems: [ChartDatum] {
        items.enumerated().sorted { a, b in
            switch (a.element.finiteValue, b.element.finiteValue) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

extension ChartDatum {
    /// The value when it can be drawn; NaN and infinities count as missing.
    var finiteValue: Double? { value.flatMap { $0.isFinite ? $0 : nil } }
}
