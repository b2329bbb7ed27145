import Model
import Statistics

/// The portal's 13-city tile map: one tile per city, placed on a 5 × 4 grid
/// roughly as the cities lie (north at the top), coloured by smart coverage
/// in a sequential single-hue scale that colour-blind readers can order.
/// Each tile also prints its value, so colour is never the only carrier.
enum TileMap {
    /// Grid row and column (1-based) of each city, by code. Source order is
    /// north to south, which is also the order on narrow screens.
    static let positions: [(code: String, row: Int, column: Int)] = [
        ("320300", 1, 1), // 徐州
        ("320700", 1, 3), // 连云港
        ("321300", 2, 2), // 宿迁
        ("320800", 2, 3), // 淮安
        ("320900", 2, 4), // 盐城
        ("321000", 3, 2), // 扬州
        ("321200", 3, 3), // 泰州
        ("320600", 3, 4), // 南通
        ("320100", 4, 1), // 南京
        ("321100", 4, 2), // 镇江
        ("320400", 4, 3), // 常州
        ("320200", 4, 4), // 无锡
        ("320500", 4, 5), // 苏州
    ]

    /// Lower bounds (fractions) of the colour classes `tile-0` … `tile-4`.
    /// Classes 0–2 carry dark text and 3–4 white text; every pair is ≥ 4.5:1
    /// (see site.css). Fixed bounds, so colours compare across years.
    static let bins: [Double] = [0, 0.60, 0.75, 0.85, 0.95]

    /// The bin index of a coverage; nil = no data.
    static func bin(_ value: Double?) -> Int? {
        guard let value, value.isFinite else { return nil }
        return bins.lastIndex { value >= $0 } ?? 0
    }

    /// The legend text of bin `i`: "低于 60%", "60%–75%", "95% 及以上".
    static func label(_ i: Int) -> String {
        let low = Printed.parameter(bins[i] * 100) + "%"
        if i == 0 { return "低于 " + Printed.parameter(bins[1] * 100) + "%" }
        if i + 1 == bins.count { return low + " 及以上" }
        return low + "–" + Printed.parameter(bins[i + 1] * 100) + "%"
    }

    /// The map's HTML; `linkPrefix` leads from the page to the folder of the city pages.
    static func html(_ cities: [RegionStatistics], linkPrefix: String = "regions/") -> String {
        let byCode = Dictionary(cities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var placed = Set<String>()
        var tiles: [String] = []
        func tile(_ city: RegionStatistics, row: Int?, column: Int?) -> String {
            let bin = bin(city.smartCoverage)
            let cls = bin.map { "tile tile-\($0)" } ?? "tile tile-none"
            let style = row.map { " style=\"--row:\($0);--col:\(column ?? 1)\"" } ?? ""
            return "<li class=\"\(cls)\"\(style)><a href=\"\(linkPrefix)\(HTMLEscaping.escape(city.code)).html\">"
                + "<span class=\"tile-name\">\(HTMLEscaping.escape(city.name))</span>"
                + "<span class=\"tile-value\">\(Printed.percent(city.smartCoverage))</span></a></li>"
        }
        for (code, row, column) in positions {
            guard let city = byCode[code] else { continue }
            placed.insert(code)
            tiles.append(tile(city, row: row, column: column))
        }
        // Cities of a regions file other than Jiangsu's 13 still get a tile, after the map.
        for city in cities where !placed.contains(city.code) { tiles.append(tile(city, row: nil, column: nil)) }

        var legend = ""
        for i in bins.indices {
            legend += "<li><span class=\"swatch tile-\(i)\" aria-hidden=\"true\"></span>\(label(i))</li>"
        }
        if cities.contains(where: { bin($0.smartCoverage) == nil }) {
            legend += "<li><span class=\"swatch tile-none\" aria-hidden=\"true\"></span>无数据（—）</li>"
        }
        return "<figure class=\"tile-map\"><ul class=\"tiles\" aria-label=\"各设区市智慧工地覆盖率分布图\">"
            + tiles.joined() + "</ul><figcaption>"
            + "<span class=\"legend-title\">规模以上政府投资工程智慧工地覆盖率（区间含下限）</span>"
            + "<ul class=\"legend\">\(legend)</ul></figcaption></figure>"
    }
}
