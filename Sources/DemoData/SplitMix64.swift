import Foundation

/// A small seeded pseudo-random generator (SplitMix64, Steele et al. 2014).
///
/// Every draw of the demo data comes from one of these, never from the
/// system generator, and every helper below is written out here rather than
/// taken from the standard library (`Int.random(in:using:)` may change its
/// algorithm between toolchains): the same seed gives the same bytes.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one named part of the data set, so that adding a
    /// draw in one part never shifts the numbers of another.
    init(seed: UInt64, stream: String, index: Int = 0) {
        // FNV-1a of the label: stable across processes, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in stream.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        var mixer = SplitMix64(seed: seed ^ hash)
        _ = mixer.next()
        state = mixer.next() ^ (UInt64(bitPattern: Int64(index)) &* 0x9e37_79b9_7f4a_7c15)
    }

    /// The next 64 random bits.
    @inline(__always)
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A double in [0, 1).
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A double in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// An integer in `range` (multiply-shift; the bias is far below anything visible).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(bitPattern: UInt(next())) }
        let high = next().multipliedFullWidth(by: span).high
        return range.lowerBound + Int(high)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A standard normal draw (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-300)
        let u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// A normal draw with the given mean and standard deviation.
    mutating func normal(mean: Double, sd: Double) -> Double { mean + sd * normal() }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(in: 0...(items.count - 1))] }

    /// An index drawn with probability proportional to `weights` (all ≥ 0, sum > 0).
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// The elements of `items` in a random order (Fisher–Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var i = result.count - 1
        while i > 0 {
            let j = int(in: 0...i)
            result.swapAt(i, j)
            i -= 1
        }
        return result
    }
}

/// Systematic sampling per key: over n decisions at probability p it says
/// yes about n·p times (±1), so small provinces still show each city's
/// intended rates instead of sampling noise.
struct Quota {
    private var levels: [String: Double] = [:]

    /// Whether this decision under `key` is a yes; `p` is the long-run share.
    mutating func take(_ key: String, _ p: Double, _ rng: inout SplitMix64) -> Bool {
        var level = levels[key] ?? rng.unit()
        level += p
        let hit = level >= 1
        if hit { level -= 1 }
        levels[key] = level
        return hit
    }
}
