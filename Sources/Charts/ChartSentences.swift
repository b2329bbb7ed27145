import Model

/// The clauses of `ChartDescription.altText` for the kinds with series or points.
enum ChartSentences {
    static func stacked(_ data: ChartData) -> [String] {
        guard let last = data.series.last else { return [] }
        let lastIndex = data.series.count - 1
        var valued: [(String, Double)] = [], missing: [String] = []
        for (i, name) in data.categories.enumerated() {
            if let total = data.total(category: i), total > 0 {
                valued.append((name, (data.value(series: lastIndex, category: i) ?? 0) / total))
            } else {
                missing.append(name)
            }
        }
        var clauses = ChartDescription.extremes(valued, kind: .percent, prefix: "\(last.name)占比")
        clauses += missingClause(missing, of: valued.count)
        return clauses
    }

    static func grouped(_ data: ChartData) -> [String] {
        let unit = data.spec.unit.isEmpty ? "" : " " + data.spec.unit
        var valued: [(String, Double)] = [], missing: [String] = []
        for (i, name) in data.categories.enumerated() {
            if let total = data.total(category: i) { valued.append((name, total)) } else { missing.append(name) }
        }
        var clauses = ChartDescription.extremes(valued, kind: data.kind, prefix: "合计")
        let sums = data.series.enumerated().compactMap { index, series -> String? in
            let values = data.categories.indices.compactMap { data.value(series: index, category: $0) }
            guard !values.isEmpty else { return nil }
            return "\(series.name) \(Formatting.format(values.reduce(0, +), as: data.kind))\(unit)"
        }
        if !sums.isEmpty { clauses.append("其中" + sums.joined(separator: "、")) }
        clauses += missingClause(missing, of: valued.count)
        return clauses
    }

    static func line(_ data: ChartData) -> [String] {
        var clauses: [String] = []
        if let first = data.series.first {
            let known = data.categories.indices.filter { data.value(series: 0, category: $0) != nil }
            if let a = known.first, let b = known.last, a != b,
               let from = data.value(series: 0, category: a), let to = data.value(series: 0, category: b) {
                let verb = to > from ? "升至" : to < from ? "降至" : "持平于"
                clauses.append("\(first.name)由 \(Formatting.format(from, as: data.kind))（\(data.categories[a]) 年）"
                               + "\(verb) \(Formatting.format(to, as: data.kind))（\(data.categories[b]) 年）")
            }
        }
        if data.series.count > 1, let last = data.categories.indices.last {
            let valued = data.series.indices.compactMap { i in data.value(series: i, category: last).map { (data.series[i].name, $0) } }
            let ends = ChartDescription.extremes(valued, kind: data.kind)
            if !ends.isEmpty { clauses.append("\(data.categories[last]) 年" + ends.joined(separator: "，")) }
        }
        let gaps = data.series.indices.reduce(0) { sum, i in
            sum + data.categories.indices.filter { data.value(series: i, category: $0) == nil }.count
        }
        if gaps > 0 { clauses.append("\(gaps) 个年度值无可计算数据") }
        return clauses
    }

    static func donut(_ data: ChartData) -> [String] {
        let valued = data.items.compactMap { item in item.finiteValue.map { (item.label, $0) } }
        guard !valued.isEmpty else { return ["无可计算数据"] }
        let total = valued.map(\.1).reduce(0, +)
        let unit = data.spec.unit.isEmpty ? "" : " " + data.spec.unit
        let parts = valued.map { name, value in
            "\(name) \(Formatting.format(value, as: data.kind))\(unit)"
                + (total > 0 ? "（\(Formatting.format(value / total, as: .percent))）" : "")
        }
        return ["合计 \(Formatting.format(total, as: data.kind))\(unit)", "其中" + parts.joined(separator: "、")]
    }

    static func scatter(_ data: ChartData) -> [String] {
        let points = data.points.filter { $0.x.isFinite && $0.y.isFinite }
        guard !points.isEmpty else { return ["无可比对的设备日"] }
        var clauses = ["共 \(Formatting.grouped(points.count)) 个可比对的设备日"]
        if let margin = data.spec.target, margin.isFinite {
            let over = points.filter { $0.y - $0.x > margin }.count
            clauses.append("其中 \(Formatting.grouped(over)) 个设备日的设备均值高出国控点 "
                           + "\(AxisFormat.value(margin, kind: data.kind)) μg/m³ 以上"
                           + "（\(Formatting.format(Double(over) / Double(points.count), as: .percent))）")
        }
        return clauses
    }

    static func heatmap(_ data: ChartData) -> [String] {
        var valued: [(String, Double)] = []
        var empty = 0
        for (r, row) in data.series.enumerated() {
            for (c, column) in data.categories.enumerated() {
                if let value = data.value(series: r, category: c) { valued.append(("\(row.name) \(column)", value)) } else { empty += 1 }
            }
        }
        var clauses = ChartDescription.extremes(valued, kind: data.kind)
        if valued.isEmpty { clauses.append("均无可计算数据") } else if empty > 0 { clauses.append("\(empty) 格无可计算数据") }
        return clauses
    }

    private static func missingClause(_ missing: [String], of valued: Int) -> [String] {
        guard !missing.isEmpty else { return [] }
        return [valued == 0 ? "均无可计算数据" : "\(missing.count) 个地区无可计算数据（\(missing.joined(separator: "、"))）"]
    }
}
