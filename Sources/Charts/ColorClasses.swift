import Model

/// Colour classes of a heatmap or tile map: lower bounds ascending (a value
/// belongs to the last class whose bound it reaches), a colour per class
/// from a sequential scale, and legend text ("低于 60%", "60%–75%", "95% 及以上").
struct ColorClasses {
    var bounds: [Double]
    var colors: [ChartColor]
    var kind: ValueKind

    /// The data's own bounds, or 1-2-5 steps from 0 to the maximum in about five classes.
    init(breaks: [Double]?, values: [Double], kind: ValueKind, scale: [ChartColor]) {
        self.kind = kind
        if let breaks, !breaks.isEmpty {
            bounds = breaks.sorted()
        } else {
            let nice = NiceScale(maximum: values.max() ?? 0, intervals: 5, kind: kind)
            bounds = Array(nice.ticks.dropLast())
            if bounds.isEmpty { bounds = [0] }
        }
        // Spread the classes over the scale, keeping its ends.
        let count = min(bounds.count, scale.count)
        bounds = Array(bounds.prefix(count))
        colors = (0..<count).map { i in
            scale[count == 1 ? scale.count / 2 : Int((Double(i) * Double(scale.count - 1) / Double(count - 1)).rounded())]
        }
    }

    /// The class of `value`; nil when there is none.
    func index(_ value: Double?) -> Int? {
        guard let value, value.isFinite else { return nil }
        return bounds.lastIndex { value >= $0 - 1e-12 } ?? 0
    }

    /// The fill for `value`, `Palette.missing` without one.
    func color(_ value: Double?) -> ChartColor {
        index(value).map { colors[$0] } ?? Palette.missing
    }

    /// Legend text of class `i` (lower bound included).
    func label(_ i: Int) -> String {
        let low = AxisFormat.value(bounds[i], kind: kind)
        if bounds.count == 1 { return "全部" }
        if i == 0 { return "低于 " + AxisFormat.value(bounds[1], kind: kind) }
        if i + 1 == bounds.count { return low + " 及以上" }
        return low + "–" + AxisFormat.value(bounds[i + 1], kind: kind)
    }

    /// The legend entries, with "无数据（—）" when `hasMissing`.
    func legend(hasMissing: Bool) -> [(label: String, color: ChartColor)] {
        bounds.indices.map { (label($0), colors[$0]) } + (hasMissing ? [("无数据（—）", Palette.missing)] : [])
    }
}
