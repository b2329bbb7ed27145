/// Rewrites Cairo 1.16's SVG output, byte for byte the same drawing:
///
/// - Determinism: Cairo names the root group after a process-wide surface
///   counter (`<g id="surface138">`), so the same chart drawn twice differs.
///   Surface ids are renumbered in order of appearance (`surface1`, …).
/// - Size: glyph outlines (most of a chart's bytes) come as absolute
///   coordinates with six decimals (`M 5.453125 -12.90625 C …`). Path data
///   is rewritten as relative commands rounded to `places` decimals, and
///   `x`/`y` attributes are rounded the same way; 0.01 pt is far below what
///   any screen or printer shows, and the file shrinks by about half.
///
/// Anything it does not recognise (a path command other than M L C Z, an
/// unexpected character) is left exactly as Cairo wrote it.
enum SVGPostProcessor {
    static func process(_ svg: [UInt8], places: Int = 2) -> [UInt8] {
        let scale = (0..<places).reduce(1) { acc, _ in acc * 10 }
        var out: [UInt8] = []
        out.reserveCapacity(svg.count / 2)
        var surfaceIDs: [ArraySlice<UInt8>: Int] = [:]
        var i = 0
        while i < svg.count {
            if matches(svg, at: i, attributePath) || matches(svg, at: i, attributeX) || matches(svg, at: i, attributeY) {
                let isPath = svg[i + 1] == UInt8(ascii: "d")
                let start = i + 4
                guard let end = svg[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                out.append(contentsOf: svg[i..<start])
                let value = svg[start..<end]
                let rewritten = isPath ? compactPath(value, scale: scale) : roundNumber(value, scale: scale)
                out.append(contentsOf: rewritten ?? Array(value))
                i = end
                continue
            }
            if matches(svg, at: i, surfacePrefix) {
                var j = i + surfacePrefix.count
                while j < svg.count, isDigit(svg[j]) { j += 1 }
                if j > i + surfacePrefix.count {
                    let digits = svg[(i + surfacePrefix.count)..<j]
                    let number = surfaceIDs[digits] ?? (surfaceIDs.count + 1)
                    surfaceIDs[digits] = number
                    out.append(contentsOf: surfacePrefix)
                    out.append(contentsOf: String(number).utf8)
                    i = j
                    continue
                }
            }
            out.append(svg[i])
            i += 1
        }
        return out
    }

    private static let attributePath = Array(" d=\"".utf8)
    private static let attributeX = Array(" x=\"".utf8)
    private static let attributeY = Array(" y=\"".utf8)
    private static let surfacePrefix = Array("surface".utf8)

    private static func matches(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[index + k] != pattern[k] { return false }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// One number attribute, rounded; nil if it is not a plain number.
    private static func roundNumber(_ text: ArraySlice<UInt8>, scale: Int) -> [UInt8]? {
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        return Array(format(Int((value * Double(scale)).rounded()), scale: scale, leadingZero: true).utf8)
    }

    private enum Token {
        case command(UInt8)
        case number(Double)
    }

    /// Absolute M/L/C/Z path data as relative commands on a 1/`scale` grid.
    private static func compactPath(_ text: ArraySlice<UInt8>, scale: Int) -> [UInt8]? {
        guard let tokens = tokenize(text) else { return nil }
        var out = ""
        var index = 0
        var current = (x: 0, y: 0), subpathStart = (x: 0, y: 0)
        var lastCommand: Character = " "
        func grid(_ value: Double) -> Int { Int((value * Double(scale)).rounded()) }
        func emit(_ command: Character, _ numbers: [Int]) {
            let text = numbers.map { format($0, scale: scale, leadingZero: false) }
            // A repeated command letter may be left out (except after moveto,
            // where further pairs would mean lineto anyway).
            var piece = command == lastCommand && command != "m" ? "" : String(command)
            for (k, number) in text.enumerated() {
                let needsSpace = (k > 0 || piece.isEmpty) && !number.hasPrefix("-")
                piece += (needsSpace ? " " : "") + number
            }
            out += piece
            lastCommand = command
        }
        while index < tokens.count {
            guard case .command(let letter) = tokens[index] else { return nil }
            index += 1
            let pairs: Int
            switch letter {
            case UInt8(ascii: "Z"):
                out += "z"
                lastCommand = "z"
                current = subpathStart
                continue
            case UInt8(ascii: "M"), UInt8(ascii: "L"): pairs = 1
            case UInt8(ascii: "C"): pairs = 3
            default: return nil
            }
            var points: [(x: Int, y: Int)] = []
            for _ in 0..<pairs {
                guard index + 1 < tokens.count, case .number(let x) = tokens[index],
                      case .number(let y) = tokens[index + 1] else { return nil }
                points.append((grid(x), grid(y)))
                index += 2
            }
            let deltas = points.flatMap { [$0.x - current.x, $0.y - current.y] }
            switch letter {
            case UInt8(ascii: "M"):
                emit("m", deltas)
                subpathStart = points[0]
            case UInt8(ascii: "L"):
                if deltas[0] == 0 && deltas[1] != 0 {
                    emit("v", [deltas[1]])
                } else if deltas[1] == 0 && deltas[0] != 0 {
                    emit("h", [deltas[0]])
                } else {
                    emit("l", deltas)
                }
            default:
                emit("c", deltas)
            }
            current = points[pairs - 1]
        }
        return Array(out.utf8)
    }

    private static func tokenize(_ text: ArraySlice<UInt8>) -> [Token]? {
        var tokens: [Token] = []
        var i = text.startIndex
        while i < text.endIndex {
            let byte = text[i]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: ","):
                i += 1
            case UInt8(ascii: "M"), UInt8(ascii: "L"), UInt8(ascii: "C"), UInt8(ascii: "Z"):
                tokens.append(.command(byte))
                i += 1
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
                var j = i + 1
                while j < text.endIndex, isDigit(text[j]) || text[j] == UInt8(ascii: ".") || text[j] == UInt8(ascii: "e")
                        || (text[j] == UInt8(ascii: "-") && text[j - 1] == UInt8(ascii: "e")) {
                    j += 1
                }
                guard let value = Double(String(decoding: text[i..<j], as: UTF8.self)), value.isFinite else {
                    return nil
                }
                tokens.append(.number(value))
                i = j
            default:
                return nil
            }
        }
        return tokens
    }

    /// `units` / `scale` as the shortest decimal: 150 → "1.5", -25 → "-.25".
    private static func format(_ units: Int, scale: Int, leadingZero: Bool) -> String {
        let sign = units < 0 ? "-" : ""
        let whole = abs(units) / scale, fraction = abs(units) % scale
        guard fraction > 0 else { return units == 0 ? "0" : sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: String(scale).count - 1 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        let head = whole == 0 && !leadingZero ? "" : String(whole)
        return sign + head + "." + digits
    }
}
