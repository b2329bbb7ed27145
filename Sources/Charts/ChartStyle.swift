/// Sizes and spacing shared by every chart kind, in points.
struct ChartStyle {
    var margin = 12.0
    var titleSize = 15.0
    /// Category and data label sizes, tried largest first until the rows fit.
    var labelSizes = [12.0, 11.0, 10.0, 9.0, 8.0]
    var tickSize = 10.0
    var targetSize = 10.0
    var noteSize = 9.5
    var legendSize = 10.5
    var gapAfterTitle = 10.0
    /// Between the category label column and the zero line.
    var labelGap = 8.0
    /// Between a bar's end and its data label.
    var dataLabelGap = 4.0
    var gapAboveTicks = 4.0
    var gapAboveNotes = 10.0
    var gapBetweenNotes = 2.0
    /// Minimum free space between neighbouring tick labels.
    var tickLabelGap = 12.0
    /// Widest a category label may be, as a share of the chart width.
    var maxLabelShare = 0.3
    /// Bar thickness as a share of its row, and its cap.
    var barShare = 0.64
    var maxBarThickness = 24.0
    /// Space kept above and below each row's text.
    var rowPadding = 3.0
    var gridlineWidth = 1.0
    var axisWidth = 1.0
    var targetWidth = 1.5
    var targetDash = [4.0, 3.0]
    var provinceDash = [1.5, 2.0]
    /// Legend: swatch side, gap swatch–label, gap between entries and rows.
    var swatchSize = 10.0
    var swatchGap = 4.0
    var legendEntryGap = 14.0
    var legendRowGap = 4.0
    var gapAfterLegend = 8.0
    /// Line charts.
    var lineWidth = 2.0
    var markerRadius = 3.0
    /// White gap between touching fills (segments, cells, tiles).
    var separator = 1.0
    var footnote = "注：— 表示无可计算数据（分母为 0）"
    var targetPrefix = "目标 "
    var provincePrefix = "全省 "
}
