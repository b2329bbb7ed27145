/// `numerator / denominator`, or nil when the denominator is 0 (DATA.md §3:
/// "A ratio whose denominator is 0 is null … never 0 and never 100%").
@inlinable
public func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
    denominator == 0 ? nil : Double(numerator) / Double(denominator)
}
