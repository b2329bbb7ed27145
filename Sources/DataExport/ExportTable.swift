/// One ranking or list as a plain table: what both the CSV and the XLSX
/// writer read, so the two downloads always carry the same rows.
struct ExportTable: Sendable, Equatable {
    /// The file name without extension under `data/`, e.g. `city-ranking`.
    var stem: String
    /// The Chinese title: the worksheet's name and the workbook's title.
    var title: String
    /// Column headers, in order.
    var headers: [String]
    /// Data rows; every row has `headers.count` cells.
    var rows: [[ExportCell]]
}

/// A cell of an `ExportTable`. The case decides how the value is written:
/// text always stays text (ids and region codes are never numbers), rates
/// are fractions in [0, 1], scores are on 0–100.
enum ExportCell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case rate(Double)
    case score(Double)
    /// An undefined figure (DATA.md §3: null, never 0).
    case empty

    /// A rate, or an empty cell when the ratio is undefined.
    init(rate: Double?) { self = rate.map { .rate($0) } ?? .empty }
    /// A score, or an empty cell when it is missing.
    init(score: Double?) { self = score.map { .score($0) } ?? .empty }
    /// An integer, or an empty cell when it is missing.
    init(_ integer: Int?) { self = integer.map { .integer($0) } ?? .empty }
    /// Text, or an empty cell when it is missing.
    init(_ text: String?) { self = text.map { .text($0) } ?? .empty }

    /// The cell as a data value: numbers at full double precision in Swift's
    /// shortest round-trip form (`0.5`, `0.3333333333333333`, `1e-05`, as in
    /// stats.json), rates as fractions, nil for an empty cell.
    var dataText: String? {
        switch self {
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .rate(let d), .score(let d): return d.isFinite ? "\(d)" : nil
        case .empty: return nil
        }
    }

    /// Roughly what Excel shows with the XLSX number formats ("0.0%",
    /// "0.00"), for column widths.
    var displayText: String {
        switch self {
        case .text(let s): return s
        case .integer(let n): return String(n)
        case .rate(let d): return d.isFinite ? Self.fixed(d * 100, decimals: 1) + "%" : ""
        case .score(let d): return d.isFinite ? Self.fixed(d, decimals: 2) : ""
        case .empty: return ""
        }
    }

    /// `value` with `decimals` digits after the point (only its length matters).
    private static func fixed(_ value: Double, decimals: Int) -> String {
        guard abs(value) < 1e15 else { return "\(value)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = String(scaled / Int(scale)), fraction = String(scaled % Int(scale))
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return (value < 0 ? "-" : "") + whole + "." + padded
    }
}
