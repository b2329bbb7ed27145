import Model

/// Text alternatives for charts (Cairo's SVG has no `<text>`, so screen
/// readers and search depend on this).
public enum ChartDescription {
    /// One Chinese sentence from the data, "title：…。", by kind:
    /// - bar, tile map: the highest and lowest categories with their values,
    ///   the province's value when given, and which categories have no value, e.g.
    ///   "各设区市…覆盖率：最高为苏州市（98.2%），最低为宿迁市（71.0%），全省为 87.3%。";
    /// - stacked bar: the highest and lowest share of the last series (优良);
    /// - grouped bar: the highest and lowest total, then each series' sum;
    /// - line: the first series from its first to its last value, then the
    ///   highest and lowest at the last category;
    /// - donut: the total, then each item with its share;
    /// - scatter: compared points, and how many lie above the exceedance line;
    /// - heatmap: the highest and lowest cells, and how many are empty.
    ///
    /// Ties are listed together ("苏州市、无锡市（98.2%）"); values print
    /// through `Formatting`, exactly as on the chart.
    public static func altText(_ data: ChartData) -> String {
        let body: [String]
        switch data.spec.kind {
        case .horizontalBar, .tileMap: body = items(data)
        case .stackedBar: body = ChartSentences.stacked(data)
        case .groupedBar: body = ChartSentences.grouped(data)
        case .line: body = ChartSentences.line(data)
        case .donut: body = ChartSentences.donut(data)
        case .scatter: body = ChartSentences.scatter(data)
        case .heatmap: body = ChartSentences.heatmap(data)
        }
        return sentence(title: data.spec.title, clauses: body)
    }

    static func sentence(title: String, clauses: [String]) -> String {
        let body = clauses.joined(separator: "，")
        switch (title.isEmpty, body.isEmpty) {
        case (_, true): return title.isEmpty ? "" : title + "。"
        case (true, false): return body + "。"
        case (false, false): return title + "：" + body + "。"
        }
    }

    private static func items(_ data: ChartData) -> [String] {
        let valued = data.items.compactMap { item in item.finiteValue.map { (item.label, $0) } }
        let missing = data.items.filter { $0.finiteValue == nil }.map(\.label)
        var clauses = extremes(valued, kind: data.kind)
        if let province = data.provinceValue, province.isFinite {
            clauses.append("全省为 \(Formatting.format(province, as: data.kind))")
        }
        if !missing.isEmpty {
            clauses.append(valued.isEmpty
                ? "均无可计算数据"
                : "\(missing.count) 个地区无可计算数据（\(missing.joined(separator: "、"))）")
        }
        return clauses
    }

    /// "最高为A（x），最低为B（y）" (or "仅有A（x）", "均为 x"), `prefix` before each.
    static func extremes(_ valued: [(String, Double)], kind: ValueKind, prefix: String = "",
                         high: String = "最高为", low: String = "最低为") -> [String] {
        guard let highest = valued.map(\.1).max(), let lowest = valued.map(\.1).min() else { return [] }
        func names(_ value: Double) -> String {
            valued.filter { $0.1 == value }.map(\.0).joined(separator: "、")
        }
        let top = "\(names(highest))（\(Formatting.format(highest, as: kind))）"
        if valued.count == 1 { return ["\(prefix)仅有\(top)"] }
        if highest == lowest { return ["\(prefix)均为 \(Formatting.format(highest, as: kind))"] }
        return ["\(prefix)\(high)\(top)", "\(low)\(names(lowest))（\(Formatting.format(lowest, as: kind))）"]
    }
}
