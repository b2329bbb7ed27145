import Model

extension ChartData {
    /// The series' colours: grade colours for grades, else the series palette in turn.
    var seriesColors: [ChartColor] {
        series.enumerated().map { Palette.seriesColor($0.offset, name: $0.element.name) }
    }

    /// The legend entries of the series.
    var legendEntries: [(label: String, color: ChartColor)] {
        zip(series.map(\.name), seriesColors).map { ($0, $1) }
    }

    /// A series' value at a category, when finite.
    func value(series index: Int, category: Int) -> Double? {
        guard series.indices.contains(index), series[index].values.indices.contains(category),
              let value = series[index].values[category], value.isFinite else { return nil }
        return value
    }

    /// A category's total over the series; nil when no series has a value there.
    func total(category: Int) -> Double? {
        let values = series.indices.compactMap { value(series: $0, category: category) }
        return values.isEmpty ? nil : values.reduce(0, +)
    }
}
