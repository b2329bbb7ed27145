/// One axis of a resample from `source` to `target` pixels: for each target
/// pixel, the run of source pixels it is made of and their weights, in
/// fixed point summing to exactly `1 << weightBits`.
///
/// The kernel is cairo's CAIRO_FILTER_GOOD: a box as wide as the step
/// between target pixels, each source pixel weighted by how much of it the
/// box covers (area averaging); when shrinking by less than 4/3 the box is
/// one source pixel wide, which is bilinear interpolation. Source pixels
/// beyond the edge count as the edge pixel (CAIRO_EXTEND_PAD).
struct FilterTaps {
    let weightBits: Int
    /// The first source pixel of each target pixel.
    private(set) var first: [Int] = []
    /// Where each target pixel's weights start in ``weights``; one more entry than target pixels.
    private(set) var offsets: [Int] = [0]
    /// The weights of consecutive source pixels from `first[i]`, for every target pixel in turn.
    private(set) var weights: [UInt16] = []

    /// Whether each target pixel is the plain area average of the source
    /// pixels under it: a shrink by 4/3 or more, or none at all.
    static func averages(source: Int, target: Int) -> Bool { source == target || 3 * source >= 4 * target }

    /// - Parameter weightBits: 1…15.
    init(source: Int, target: Int, weightBits: Int) {
        self.weightBits = weightBits
        let step = Double(source) / Double(target)
        let box = Self.averages(source: source, target: target) ? step : 1
        let reach = (box + 1) / 2
        first.reserveCapacity(target)
        offsets.reserveCapacity(target + 1)
        var run: [(index: Int, weight: Double)] = []
        for i in 0..<target {
            let centre = (Double(i) + 0.5) * step
            run.removeAll(keepingCapacity: true)
            let lowest = Int((centre - reach - 0.5).rounded(.down))
            let highest = Int((centre + reach - 0.5).rounded(.up))
            for j in lowest...highest {
                let coverage = min(1, reach - abs(Double(j) + 0.5 - centre))
                guard coverage > 0 else { continue }
                let index = min(max(j, 0), source - 1)
                if let last = run.last, last.index == index {
                    run[run.count - 1].weight += coverage
                } else {
                    run.append((index, coverage))
                }
            }
            append(run)
        }
    }

    /// Adds one target pixel: `run`'s weights scaled to sum to exactly
    /// `1 << weightBits`, the rounding remainder given to the largest.
    private mutating func append(_ run: [(index: Int, weight: Double)]) {
        let one = 1 << weightBits
        let total = run.reduce(0) { $0 + $1.weight }
        var scaled = run.map { Int(($0.weight / total * Double(one)).rounded()) }
        let largest = scaled.indices.max { scaled[$0] < scaled[$1] } ?? 0
        scaled[largest] += one - scaled.reduce(0, +)
        first.append(run[0].index)
        weights.append(contentsOf: scaled.map { UInt16($0) })
        offsets.append(weights.count)
    }
}
