@testable import Charts

extension ChartText {
    /// Whether the (possibly rotated) boxes of two texts share any area:
    /// separating-axis test on the two rectangles' edge normals.
    func overlaps(_ other: ChartText) -> Bool {
        let a = corners, b = other.corners
        for shape in [a, b] {
            for i in 0..<4 {
                let p = shape[i], q = shape[(i + 1) % 4]
                let axis = (x: q.y - p.y, y: p.x - q.x)
                let projA = a.map { $0.x * axis.x + $0.y * axis.y }
                let projB = b.map { $0.x * axis.x + $0.y * axis.y }
                // Touching edges (within a hundredth of a point) do not count as overlap.
                if projA.max()! <= projB.min()! + 0.01 || projB.max()! <= projA.min()! + 0.01 { return false }
            }
        }
        return true
    }
}

extension ChartLayout {
    /// Pairs of text items whose boxes overlap, for failure messages.
    var overlappingTexts: [(String, String)] {
        let texts = textItems
        var pairs: [(String, String)] = []
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].overlaps(texts[j]) {
                pairs.append((texts[i].string, texts[j].string))
            }
        }
        return pairs
    }

    /// Text items reaching outside the chart.
    var textsOutside: [String] {
        textItems.filter { text in
            let box = text.bounds
            return box.minX < -0.01 || box.maxX > width + 0.01 || box.minY < -0.01 || box.maxY > height + 0.01
        }.map(\.string)
    }
}
