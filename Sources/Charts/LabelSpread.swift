/// Places labels along one axis as near their wished centres as they can be
/// without overlapping (1-D label placement, as for line-end labels):
/// overlapping neighbours merge into a cluster centred on its members'
/// mean, repeated until nothing overlaps, then the whole is kept in bounds.
enum LabelSpread {
    /// The centres, in the input order, for boxes of `sizes` wishing to be at
    /// `centers`, at least `gap` apart, within `lower`…`upper` where the room allows.
    static func resolve(centers: [Double], sizes: [Double], gap: Double, lower: Double, upper: Double) -> [Double] {
        let order = centers.indices.sorted { centers[$0] != centers[$1] ? centers[$0] < centers[$1] : $0 < $1 }
        // Clusters of consecutive labels: start position (of the first box's low edge) and members.
        var clusters: [(start: Double, members: [Int])] = []
        func length(_ members: [Int]) -> Double {
            members.reduce(0) { $0 + sizes[$1] } + gap * Double(members.count - 1)
        }
        func ideal(_ members: [Int]) -> Double {
            // The start that puts the members' centres, on average, on their wishes.
            var offset = 0.0, sum = 0.0
            for member in members {
                sum += centers[member] - (offset + sizes[member] / 2)
                offset += sizes[member] + gap
            }
            return sum / Double(members.count)
        }
        for index in order {
            clusters.append((centers[index] - sizes[index] / 2, [index]))
            while clusters.count > 1 {
                let last = clusters[clusters.count - 1], previous = clusters[clusters.count - 2]
                guard previous.start + length(previous.members) + gap > last.start else { break }
                let members = previous.members + last.members
                clusters.removeLast(2)
                clusters.append((ideal(members), members))
            }
        }
        var result = [Double](repeating: 0, count: centers.count)
        for cluster in clusters {
            var offset = cluster.start
            for member in cluster.members {
                result[member] = offset + sizes[member] / 2
                offset += sizes[member] + gap
            }
        }
        // Into the bounds: pushed up from `lower`, then pulled back from `upper`.
        var floor = lower
        for index in order {
            let half = sizes[index] / 2
            if result[index] - half < floor { result[index] = floor + half }
            floor = result[index] + half + gap
        }
        var ceiling = upper
        for index in order.reversed() {
            let half = sizes[index] / 2
            if result[index] + half > ceiling { result[index] = ceiling - half }
            ceiling = result[index] - half - gap
        }
        return result
    }
}
