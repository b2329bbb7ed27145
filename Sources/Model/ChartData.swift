/// A chart's numbers, resolved from the statistics by the document model:
/// the chart library draws exactly these, and never recomputes a figure.
public struct ChartData: Sendable, Equatable {
    public var spec: ChartSpec
    /// How values print (axis ticks, data labels, the data table).
    public var kind: ValueKind
    /// One entry per category (city), in the order the data gives (by code);
    /// the chart decides its own visual order.
    public var items: [ChartDatum]
    /// The province's value, for alt text and an optional reference line.
    public var provinceValue: Double?

    public init(spec: ChartSpec, kind: ValueKind, items: [ChartDatum], provinceValue: Double? = nil) {
        self.spec = spec
        self.kind = kind
        self.items = items
        self.provinceValue = provinceValue
    }
}

/// One category's value; nil = undefined (drawn as a gap with a note, never as 0).
public struct ChartDatum: Sendable, Equatable {
    public var label: String
    public var value: Double?
    public init(label: String, value: Double?) {
        self.label = label
        self.value = value
    }
}
