/// How a figure is printed in pages and PDFs (data files keep full precision).
public enum ValueKind: String, Sendable, Codable {
    /// A fraction in [0, 1], printed as a percentage with one decimal: `87.3%`.
    case percent
    /// A count, with thousands separators: `12,345`.
    case integer
    /// A score on 0–100, two decimals as on the ranking pages and tables: `86.42`.
    case score
    /// Plain text (names, codes).
    case text
}

/// A figure ready to print: its kind and its raw value (nil = undefined).
public enum FigureValue: Sendable, Equatable {
    case number(Double?, ValueKind)
    case text(String)

    /// The printed form; an undefined value is "—", never 0.
    public var formatted: String {
        switch self {
        case .text(let text): return text
        case .number(nil, _): return Formatting.missing
        case .number(let value?, let kind): return Formatting.format(value, as: kind)
        }
    }
}

/// The one place numbers become text, shared by pages, PDFs and charts.
public enum Formatting {
    /// Shown where a ratio has no denominator or a dataset is missing.
    public static let missing = "—"

    public static func format(_ value: Double?, as kind: ValueKind) -> String {
        guard let value, value.isFinite else { return missing }
        switch kind {
        case .percent: return decimal(value * 100, places: 1) + "%"
        case .integer: return grouped(Int(value.rounded()))
        case .score: return decimal(value, places: 2)
        case .text: return decimal(value, places: 1)
        }
    }

    /// `value` rounded half away from zero to `places` decimals, without locale.
    public static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        // Round the decimal text, not the binary value: 0.8735 must print 87.4, not 87.3.
        let scaled = (value * scale * 1e6).rounded() / 1e6
        let n = Int(scaled.magnitude.rounded(.toNearestOrAwayFromZero))
        let sign = value < 0 && n != 0 ? "-" : ""
        guard places > 0 else { return sign + String(n) }
        let whole = n / Int(scale), fraction = n % Int(scale)
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
    }

    /// An integer with thousands separators: `12,345`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }
}
