import Model

/// Text for axis values (ticks, the target): the precision the axis needs,
/// never more than `Formatting` prints for the data, so that an axis reads
/// "0%, 20%, … 100%" while data labels read "98.2%".
enum AxisFormat {
    /// A tick value, with as many decimals as the scale's step needs.
    static func tick(_ value: Double, step: Double, kind: ValueKind) -> String {
        text(value, places: places(for: step, kind: kind), kind: kind)
    }

    /// A single value (the target), with as many decimals as it needs.
    static func value(_ value: Double, kind: ValueKind) -> String {
        text(value, places: places(for: value, kind: kind), kind: kind)
    }

    /// 0 when `value` is whole in the printed unit, else Formatting's one decimal.
    private static func places(for value: Double, kind: ValueKind) -> Int {
        let printed = kind == .percent ? value * 100 : value
        return abs(printed - printed.rounded()) < 1e-6 ? 0 : 1
    }

    private static func text(_ value: Double, places: Int, kind: ValueKind) -> String {
        switch kind {
        case .percent: return Formatting.decimal(value * 100, places: places) + "%"
        case .integer: return Formatting.format(value, as: .integer)
        case .score, .text: return Formatting.decimal(value, places: places)
        }
    }
}
