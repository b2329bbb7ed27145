import Model

/// Tick choice for value axes: the finest 1-2-5 scale whose labels keep
/// clear of each other at the size they print.
struct AxisTicks {
    struct Label {
        var value: Double
        var text: String
        var metrics: TextMetrics
    }

    let kind: ValueKind
    let measurer: TextMeasurer
    let fontSize: Double

    /// The labels of every tick of `scale`.
    func labels(_ scale: NiceScale) -> [Label] {
        scale.ticks.map { value in
            let string = AxisFormat.tick(value, step: scale.step, kind: kind)
            return Label(value: value, text: string, metrics: measurer.measure(string, fontSize: fontSize))
        }
    }

    /// For a horizontal axis from `left` (0) to `right` (the scale's top): the
    /// finest scale from `start` whose centred labels keep `gap` apart; when
    /// even 0 and the top collide, only the top is labelled.
    func horizontal(from start: NiceScale, maximum: Double, left: Double, right: Double, gap: Double)
        -> (scale: NiceScale, labels: [Label]) {
        var scale = start
        while true {
            let labels = labels(scale)
            func x(_ value: Double) -> Double { left + value / scale.top * (right - left) }
            let fits = zip(labels, labels.dropFirst()).allSatisfy { a, b in
                x(a.value) + a.metrics.width / 2 + gap <= x(b.value) - b.metrics.width / 2
            }
            if fits { return (scale, labels) }
            if labels.count <= 2 { return (scale, Array(labels.suffix(1))) }
            scale = scale.coarser(kind: kind, maximum: maximum)
        }
    }

    /// For a vertical axis `height` tall: about one tick per 60 pt, coarser
    /// until the labels (centred on their ticks) keep `gap` apart.
    func vertical(maximum: Double, height: Double, gap: Double) -> (scale: NiceScale, labels: [Label]) {
        let intervals = max(2, min(8, Int(height / 60)))
        var scale = NiceScale(maximum: maximum, intervals: intervals, kind: kind)
        while true {
            let labels = labels(scale)
            let spacing = height / Double(max(1, labels.count - 1))
            let tallest = labels.map(\.metrics.height).max() ?? 0
            if spacing >= tallest + gap || labels.count <= 2 { return (scale, labels) }
            scale = scale.coarser(kind: kind, maximum: maximum)
        }
    }
}
