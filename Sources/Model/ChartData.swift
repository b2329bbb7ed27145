/// A chart's numbers, resolved from the statistics by the document model:
/// the chart library draws exactly these, and never recomputes a figure.
///
/// Which fields a kind reads:
/// - bar, tile map: `items` (+ `provinceValue`);
/// - grouped and stacked bar: `categories` (cities) × `series` (grades);
/// - line: `categories` (years) × `series` (regions);
/// - donut: `items` (grades), the centre shows their total;
/// - scatter: `points`, `xTitle`, `yTitle`;
/// - heatmap: `categories` (months, the columns) × `series` (cities, the rows).
public struct ChartData: Sendable, Equatable {
    public var spec: ChartSpec
    /// How values print (axis ticks, data labels, the data table).
    public var kind: ValueKind
    /// One entry per category (city), in the order the data gives (by code);
    /// the chart decides its own visual order.
    public var items: [ChartDatum]
    /// The province's value, for alt text and an optional reference line.
    public var provinceValue: Double?
    /// Labels of the category axis (cities, years, months) for `series`.
    public var categories: [String]
    /// Named rows of values, each aligned with `categories`.
    public var series: [ChartSeries]
    /// Scatter points.
    public var points: [ChartPoint]
    /// Notes printed under the chart before the source (e.g. what was left out).
    public var notes: [String]
    /// Axis titles of a scatter (with the unit).
    public var xTitle: String
    public var yTitle: String
    /// Lower bounds of the colour classes of a tile map or heatmap, ascending;
    /// nil = nice classes from the data.
    public var classBreaks: [Double]?
    /// Header of the category column of `dataTable()` ("地区", "服务商").
    public var categoryTitle: String

    public init(spec: ChartSpec, kind: ValueKind, items: [ChartDatum], provinceValue: Double? = nil,
                categories: [String] = [], series: [ChartSeries] = [], points: [ChartPoint] = [],
                notes: [String] = [], xTitle: String = "", yTitle: String = "", classBreaks: [Double]? = nil,
                categoryTitle: String = "地区") {
        self.spec = spec
        self.kind = kind
        self.items = items
        self.provinceValue = provinceValue
        self.categories = categories
        self.series = series
        self.points = points
        self.notes = notes
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.classBreaks = classBreaks
        self.categoryTitle = categoryTitle
    }
}

/// One category's value; nil = undefined (drawn as a gap with a note, never as 0).
public struct ChartDatum: Sendable, Equatable {
    public var label: String
    public var value: Double?
    /// The region's code, where the category is a region (places tile-map tiles).
    public var code: String?
    public init(label: String, value: Double?, code: String? = nil) {
        self.label = label
        self.value = value
        self.code = code
    }
}

/// One named row of values aligned with `ChartData.categories`; nil = undefined.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var values: [Double?]
    public var code: String?
    public init(name: String, values: [Double?], code: String? = nil) {
        self.name = name
        self.values = values
        self.code = code
    }
}

/// One scatter point.
public struct ChartPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
