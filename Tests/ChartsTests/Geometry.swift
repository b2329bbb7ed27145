@testable import Charts

extension ChartText {
    /// Whether the logical boxes of two texts share any area.
    func overlaps(_ other: ChartText) -> Bool {
        minX < other.maxX && other.minX < maxX && y < other.maxY && other.y < maxY
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
        textItems.filter { $0.minX < 0 || $0.maxX > width || $0.y < 0 || $0.maxY > height }.map(\.string)
    }
}
