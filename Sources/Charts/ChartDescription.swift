import Model

/// Text alternatives for charts (Cairo's SVG has no `<text>`, so screen
/// readers and search depend on this).
public enum ChartDescription {
    /// One Chinese sentence from the data: the title, the highest and lowest
    /// categories with their values, the province's value when given, and
    /// how many categories (and which) have no value, e.g.
    /// "各设区市…覆盖率：最高为苏州市（98.2%），最低为宿迁市（71.0%），全省为 87.3%。".
    ///
    /// Ties are listed together ("苏州市、无锡市（98.2%）"); values print
    /// through `Formatting`, exactly as on the chart.
    public static func altText(_ data: ChartData) -> String {
        let valued = data.items.compactMap { item in item.finiteValue.map { (item.label, $0) } }
        let missing = data.items.filter { $0.finiteValue == nil }.map(\.label)
        var clauses: [String] = []

        if let highest = valued.map(\.1).max(), let lowest = valued.map(\.1).min() {
            func names(_ value: Double) -> String {
                valued.filter { $0.1 == value }.map(\.0).joined(separator: "、")
            }
            let high = "\(names(highest))（\(Formatting.format(highest, as: data.kind))）"
            if valued.count == 1 {
                clauses.append("仅有\(high)")
            } else if highest == lowest {
                clauses.append("均为 \(Formatting.format(highest, as: data.kind))")
            } else {
                clauses.append("最高为\(high)")
                clauses.append("最低为\(names(lowest))（\(Formatting.format(lowest, as: data.kind))）")
            }
        }
        if let province = data.provinceValue, province.isFinite {
            clauses.append("全省为 \(Formatting.format(province, as: data.kind))")
        }
        if !missing.isEmpty {
            clauses.append(valued.isEmpty
                ? "均无可计算数据"
                : "\(missing.count) 个地区无可计算数据（\(missing.joined(separator: "、"))）")
        }

        let body = clauses.joined(separator: "，")
        let title = data.spec.title
        switch (title.isEmpty, body.isEmpty) {
        case (_, true): return title.isEmpty ? "" : title + "。"
        case (true, false): return body + "。"
        case (false, false): return title + "：" + body + "。"
        }
    }
}
