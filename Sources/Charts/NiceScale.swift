#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Model

/// A value axis from 0 in "nice" steps (1, 2 or 5 × 10ⁿ).
struct NiceScale: Equatable {
    /// Distance between ticks.
    var step: Double
    /// The axis end: the first multiple of `step` at or above the data.
    var top: Double

    /// The tick values, 0 through `top`.
    var ticks: [Double] {
        let count = Int((top / step).rounded())
        return (0...count).map { Self.clean(Double($0) * step) }
    }

    /// A scale showing 0…`maximum` in about `intervals` steps.
    ///
    /// Steps are never finer than the kind prints (0.1% for percentages, 1
    /// for counts, 0.1 for scores), so two ticks never print the same text.
    /// A percentage axis whose data stays within 100% ends at 100%.
    init(maximum: Double, intervals: Int, kind: ValueKind) {
        let span = maximum > 0 && maximum.isFinite ? maximum : (kind == .integer ? 5 : 1)
        let raw = span / Double(max(1, intervals))
        self.init(step: max(Self.niceStep(near: raw), Self.minimumStep(for: kind)), maximum: span, kind: kind)
    }

    private init(step: Double, maximum: Double, kind: ValueKind) {
        self.step = step
        var top = Self.clean((maximum / step - 1e-9).rounded(.up) * step)
        if kind == .percent && maximum <= 1 { top = min(top, 1) }
        self.top = max(top, step)
    }

    /// The same range in the next coarser step (…0.1 → 0.2 → 0.5 → 1…).
    func coarser(kind: ValueKind, maximum: Double) -> NiceScale {
        NiceScale(step: Self.niceStep(atLeast: step * 1.001), maximum: maximum > 0 && maximum.isFinite ? maximum : top,
                  kind: kind)
    }

    static func minimumStep(for kind: ValueKind) -> Double {
        switch kind {
        case .percent: return 0.001
        case .integer: return 1
        case .score, .text: return 0.1
        }
    }

    /// The 1-2-5 step nearest `raw` (Heckbert's rounding: below 1.5 → 1,
    /// below 3 → 2, below 7 → 5, else 10), so the axis ends close to the data.
    static func niceStep(near raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let exponent = Int(log10(raw).rounded(.down))
        let residual = raw / power(1, exponent)
        let mantissa: Double = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10
        return mantissa == 10 ? power(1, exponent + 1) : power(mantissa, exponent)
    }

    /// The smallest 1-2-5 step at or above `raw`.
    static func niceStep(atLeast raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var exponent = Int(log10(raw).rounded(.down))
        while true {
            for mantissa in [1.0, 2.0, 5.0] {
                let step = power(mantissa, exponent)
                if step >= raw * (1 - 1e-9) { return step }
            }
            exponent += 1
        }
    }

    /// mantissa × 10^exponent, dividing for negative exponents so 0.1 stays 0.1.
    private static func power(_ mantissa: Double, _ exponent: Int) -> Double {
        var scale = 1.0
        for _ in 0..<abs(exponent) { scale *= 10 }
        return exponent < 0 ? mantissa / scale : mantissa * scale
    }

    /// Removes binary noise (0.6000000000000001 → 0.6).
    private static func clean(_ value: Double) -> Double {
        (value * 1e9).rounded() / 1e9
    }
}
