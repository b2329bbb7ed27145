import Model

extension ChartData {
    /// The numbers behind the chart as a plain table for an accessible
    /// `<table>` next to it (or a PDF table): a header row and body rows,
    /// every cell already formatted ("—" where a value is undefined).
    ///
    /// - bar, tile map: category, value; then 全省 when there is a province value;
    /// - grouped, stacked bar: category, one column per series, 合计 (stacked
    ///   cells add the share, "7（43.8%）");
    /// - line, heatmap: series per row, one column per category;
    /// - donut: item, value, share; then 合计;
    /// - scatter: device-days by band of the x value (50 µg/m³ wide), with the
    ///   mean x and y and the days above the exceedance line; then 合计 —
    ///   bounded however many points there are.
    public func dataTable() -> (header: [String], rows: [[String]]) {
        func f(_ value: Double?) -> String { Formatting.format(value, as: kind) }
        switch spec.kind {
        case .horizontalBar, .tileMap:
            var rows = items.map { [$0.label, f($0.value)] }
            if let provinceValue { rows.append(["全省", f(provinceValue)]) }
            return ([categoryTitle, "数值"], rows)
        case .groupedBar, .stackedBar:
            let rows = categories.indices.map { c -> [String] in
                let total = self.total(category: c)
                let cells = series.indices.map { s -> String in
                    let value = self.value(series: s, category: c)
                    guard spec.kind == .stackedBar, let value, let total, total > 0 else { return f(value) }
                    return f(value) + "（" + Formatting.format(value / total, as: .percent) + "）"
                }
                return [categories[c]] + cells + [f(total)]
            }
            return ([categoryTitle] + series.map(\.name) + ["合计"], rows)
        case .line, .heatmap:
            let rows = series.indices.map { s in [series[s].name] + categories.indices.map { f(value(series: s, category: $0)) } }
            return ([categoryTitle] + categories, rows)
        case .donut:
            let total = items.compactMap(\.finiteValue).reduce(0, +)
            var rows = items.map { item in
                [item.label, f(item.value), item.finiteValue.flatMap { total > 0 ? Formatting.format($0 / total, as: .percent) : nil }
                    ?? Formatting.missing]
            }
            rows.append(["合计", items.contains { $0.finiteValue != nil } ? f(total) : Formatting.missing,
                         total > 0 ? "100.0%" : Formatting.missing])
            return ([categoryTitle, "数值", "占比"], rows)
        case .scatter:
            return scatterTable()
        }
    }

    private func scatterTable() -> (header: [String], rows: [[String]]) {
        let band = 50.0
        let points = self.points.filter { $0.x.isFinite && $0.y.isFinite }
        let margin = spec.target
        func row(_ label: String, _ group: [ChartPoint]) -> [String] {
            let n = Double(group.count)
            let over = margin.map { m in group.filter { $0.y - $0.x > m }.count }
            return [label, Formatting.grouped(group.count),
                    Formatting.format(group.isEmpty ? nil : group.map(\.x).reduce(0, +) / n, as: kind),
                    Formatting.format(group.isEmpty ? nil : group.map(\.y).reduce(0, +) / n, as: kind),
                    over.map(Formatting.grouped) ?? Formatting.missing]
        }
        var rows: [[String]] = []
        let bands = Dictionary(grouping: points) { Int(max(0, $0.x) / band) }
        for index in bands.keys.sorted() {
            let low = Int(Double(index) * band), high = Int(Double(index + 1) * band)
            rows.append(row("\(low)–\(high)", bands[index]!))
        }
        rows.append(row("合计", points))
        let over = margin.map { "高出 " + AxisFormat.value($0, kind: kind) + " 以上日数" } ?? "超标日数"
        return ([categoryTitle + "（μg/m³）", "设备日数", "国控点均值", "设备均值", over], rows)
    }
}
