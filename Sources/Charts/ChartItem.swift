/// One positioned thing to paint; a layout's items are painted in order.
public enum ChartItem: Sendable, Equatable {
    case rect(ChartRect)
    case line(ChartLine)
    case text(ChartText)
    case path(ChartPath)
}
