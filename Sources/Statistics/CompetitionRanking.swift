/// Standard competition ranks ("1, 2, 2, 4") of `scores`, highest first
/// (DATA.md §3): rank = 1 + the number of scores greater than this one by at
/// least `tolerance`, so scores closer than `tolerance` tie.
///
/// The result is parallel to `scores`. Scores must be finite.
public func competitionRanks(_ scores: [Double], tolerance: Double = 1e-9) -> [Int] {
    let descending = scores.sorted(by: >)
    return scores.map { score in
        // `other - score >= tolerance` holds for a prefix of the descending
        // scores (subtraction is monotonic), so its length is found by bisection.
        var low = 0, high = descending.count
        while low < high {
            let mid = (low + high) / 2
            if descending[mid] - score >= tolerance { low = mid + 1 } else { high = mid }
        }
        return 1 + low
    }
}
