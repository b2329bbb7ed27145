/// How category labels fit a row or a slot: the size and the lines each label takes.
enum LabelFit {
    /// Row labels (a bar chart's category column) at most `width` wide:
    /// the largest size at which every label fits on one line and the rows
    /// fit `available`; else the largest at which two lines do; else the
    /// smallest size, on as many lines (one or two) as the labels need, and
    /// the chart grows. A label longer than two lines keeps two, the second
    /// ending in "…".
    static func rows(_ labels: [String], width: Double, sizes: [Double], available: Double, padding: Double,
                     measurer: TextMeasurer) -> (size: Double, rowHeight: Double, lines: [[String]]) {
        func lineHeight(_ size: Double) -> Double { measurer.measure("市0", fontSize: size).height }
        func oneLineFits(_ size: Double) -> Bool {
            labels.allSatisfy { measurer.measure($0, fontSize: size).width <= width }
        }
        let count = Double(max(1, labels.count))
        for size in sizes where oneLineFits(size) && (lineHeight(size) + 2 * padding) * count <= available {
            return (size, lineHeight(size) + 2 * padding, labels.map { [$0] })
        }
        for size in sizes where (2 * lineHeight(size) + 2 * padding) * count <= available {
            return (size, 2 * lineHeight(size) + 2 * padding, labels.map { twoLines($0, width: width, size: size, measurer: measurer) })
        }
        let size = sizes.last ?? 8
        let lines = labels.map { twoLines($0, width: width, size: size, measurer: measurer) }
        let tallest = Double(lines.map(\.count).max() ?? 1)
        return (size, tallest * lineHeight(size) + 2 * padding, lines)
    }

    /// `label` on one line if it fits, else two balanced lines, the second truncated if need be.
    static func twoLines(_ label: String, width: Double, size: Double, measurer: TextMeasurer) -> [String] {
        if measurer.measure(label, fontSize: size).width <= width { return [label] }
        let wrapped = measurer.wrap(label, width: width, fontSize: size, balanced: true)
        if wrapped.count <= 2 { return wrapped }
        let first = wrapped[0]
        let rest = String(label.dropFirst(first.count)).trimmingLeadingSpaces
        return [first, measurer.truncate(rest, width: width, fontSize: size)]
    }

    /// Labels under columns of a slot `width` wide: (lines, angle) —
    /// horizontal on one line, else on two lines, else rotated by -45°
    /// (right end at the tick), else -90° when even that would touch.
    static func columns(_ labels: [String], slot: Double, size: Double, gap: Double,
                        measurer: TextMeasurer) -> (lines: [[String]], angle: Double) {
        let room = slot - gap
        if labels.allSatisfy({ measurer.measure($0, fontSize: size).width <= room }) {
            return (labels.map { [$0] }, 0)
        }
        let wrapped = labels.map { measurer.wrap($0, width: room, fontSize: size, balanced: true) }
        let narrowEnough = zip(labels, wrapped).allSatisfy { label, lines in
            // Never break a two-character word like "南京" into single characters… a line of one
            // character under a column reads as a typo.
            lines.count <= 2 && lines.allSatisfy { $0.count >= 2 || label.count <= 1 }
        }
        if narrowEnough { return (wrapped, 0) }
        let lineHeight = measurer.measure("市0", fontSize: size).height
        // Parallel labels at -45° are slot·sin 45° apart, measured across them.
        return (labels.map { [$0] }, slot * 0.7071 >= lineHeight + 1 ? -45 : -90)
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
