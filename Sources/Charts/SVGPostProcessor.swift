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
/// unexpected character, a number with an exponent) is left exactly as Cairo
/// wrote it.
///
/// Numbers are read as decimal integers and rounded on the grid in integer
/// arithmetic (half away from zero), and everything is written straight into
/// the output bytes: this runs once per chart, on every page build.
enum SVGPostProcessor {
    static func process(_ svg: [UInt8], places: Int = 2) -> [UInt8] {
        svg.withUnsafeBufferPointer { input in
            var writer = Writer(places: places, capacity: input.count / 2 + 64)
            writer.run(input)
            return writer.out
        }
    }

    private static let surfacePrefix = Array("surface".utf8)

    private struct Writer {
        let places: Int
        var out: [UInt8] = []
        var surfaceIDs: [UInt64: Int] = [:]

        init(places: Int, capacity: Int) {
            self.places = places
            out.reserveCapacity(capacity)
        }

        mutating func run(_ svg: UnsafeBufferPointer<UInt8>) {
            let count = svg.count
            var i = 0
            var copiedUpTo = 0
            while i < count {
                let byte = svg[i]
                // ` d="`, ` x="`, ` y="`
                if byte == Ascii.space, i + 3 < count, svg[i + 2] == Ascii.equals, svg[i + 3] == Ascii.quote,
                   svg[i + 1] == Ascii.d || svg[i + 1] == Ascii.x || svg[i + 1] == Ascii.y {
                    let start = i + 4
                    var end = start
                    while end < count, svg[end] != Ascii.quote { end += 1 }
                    guard end < count else { break }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: svg[copiedUpTo..<start]))
                    let value = UnsafeBufferPointer(rebasing: svg[start..<end])
                    let mark = out.count
                    let rewritten = svg[i + 1] == Ascii.d ? writePath(value) : writeNumberAttribute(value)
                    if !rewritten {
                        out.removeSubrange(mark...)
                        out.append(contentsOf: value)
                    }
                    i = end
                    copiedUpTo = end
                    continue
                }
                if byte == Ascii.s, matchesSurface(svg, at: i) {
                    let digitsStart = i + surfacePrefix.count
                    var j = digitsStart
                    var key: UInt64 = 1
                    while j < count, isDigit(svg[j]), j - digitsStart < 18 {
                        key = key &* 10 &+ UInt64(svg[j] - Ascii.zero)
                        j += 1
                    }
                    if j > digitsStart, j == count || !isDigit(svg[j]) {
                        let number = surfaceIDs[key] ?? (surfaceIDs.count + 1)
                        surfaceIDs[key] = number
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: svg[copiedUpTo..<digitsStart]))
                        writeInteger(number)
                        i = j
                        copiedUpTo = j
                        continue
                    }
                }
                i += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: svg[copiedUpTo..<count]))
        }

        private func matchesSurface(_ svg: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            guard index + SVGPostProcessor.surfacePrefix.count <= svg.count else { return false }
            for k in 0..<SVGPostProcessor.surfacePrefix.count where svg[index + k] != SVGPostProcessor.surfacePrefix[k] {
                return false
            }
            return true
        }

        /// One number attribute, rounded; false if it is not a plain number.
        private mutating func writeNumberAttribute(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
            var reader = NumberReader(text: text, places: places)
            guard let units = reader.next(), reader.atEnd else { return false }
            writeUnits(units, leadingZero: true)
            return true
        }

        /// Absolute M/L/C/Z path data as relative commands on the grid.
        private mutating func writePath(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
            var reader = NumberReader(text: text, places: places)
            var currentX = 0, currentY = 0, startX = 0, startY = 0
            var lastCommand: UInt8 = 0
            var xs = (0, 0, 0), ys = (0, 0, 0)
            while let letter = reader.command() {
                let pairs: Int
                switch letter {
                case Ascii.Z:
                    out.append(Ascii.z)
                    lastCommand = Ascii.z
                    currentX = startX
                    currentY = startY
                    continue
                case Ascii.M, Ascii.L: pairs = 1
                case Ascii.C: pairs = 3
                default: return false
                }
                for k in 0..<pairs {
                    guard let x = reader.next(), let y = reader.next() else { return false }
                    switch k {
                    case 0: xs.0 = x; ys.0 = y
                    case 1: xs.1 = x; ys.1 = y
                    default: xs.2 = x; ys.2 = y
                    }
                }
                switch letter {
                case Ascii.M:
                    begin(Ascii.m, &lastCommand)
                    writeNumbers([xs.0 - currentX, ys.0 - currentY])
                    startX = xs.0
                    startY = ys.0
                    currentX = xs.0
                    currentY = ys.0
                case Ascii.L:
                    let dx = xs.0 - currentX, dy = ys.0 - currentY
                    if dx == 0 && dy != 0 {
                        begin(Ascii.v, &lastCommand)
                        writeNumbers([dy])
                    } else if dy == 0 && dx != 0 {
                        begin(Ascii.h, &lastCommand)
                        writeNumbers([dx])
                    } else {
                        begin(Ascii.l, &lastCommand)
                        writeNumbers([dx, dy])
                    }
                    currentX = xs.0
                    currentY = ys.0
                default:
                    begin(Ascii.c, &lastCommand)
                    writeNumbers([xs.0 - currentX, ys.0 - currentY, xs.1 - currentX, ys.1 - currentY,
                                  xs.2 - currentX, ys.2 - currentY])
                    currentX = xs.2
                    currentY = ys.2
                }
            }
            return reader.atEnd
        }

        /// Writes the command letter unless it repeats the last one (a
        /// moveto is always written: further pairs after it mean lineto).
        private var omitSpaceBeforeFirst = true
        private mutating func begin(_ command: UInt8, _ last: inout UInt8) {
            if command == last && command != Ascii.m {
                omitSpaceBeforeFirst = false
            } else {
                out.append(command)
                omitSpaceBeforeFirst = true
            }
            last = command
        }

        private mutating func writeNumbers(_ numbers: [Int]) {
            for (k, units) in numbers.enumerated() {
                if units >= 0 && (k > 0 || !omitSpaceBeforeFirst) { out.append(Ascii.space) }
                writeUnits(units, leadingZero: false)
            }
        }

        /// `units` on the grid as the shortest decimal: 150 → "1.5", -25 → "-.25".
        private mutating func writeUnits(_ units: Int, leadingZero: Bool) {
            if units < 0 { out.append(Ascii.minus) }
            let magnitude = units.magnitude
            let scale = UInt(pow10(places))
            let whole = magnitude / scale
            var fraction = magnitude % scale
            if fraction == 0 {
                writeInteger(Int(whole))
                return
            }
            if whole != 0 || leadingZero { writeInteger(Int(whole)) }
            out.append(Ascii.dot)
            var digits = places
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            var divisor = UInt(pow10(digits - 1))
            while divisor > 0 {
                out.append(Ascii.zero + UInt8(fraction / divisor % 10))
                divisor /= 10
            }
        }

        private mutating func writeInteger(_ value: Int) {
            if value < 10 {
                out.append(Ascii.zero + UInt8(value))
                return
            }
            var divisor = 1
            while divisor <= value / 10 { divisor *= 10 }
            while divisor > 0 {
                out.append(Ascii.zero + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
    }

    /// Reads Cairo's path data: command letters and plain decimals (no
    /// exponent), each number as an integer count of 1/10^places units.
    private struct NumberReader {
        let text: UnsafeBufferPointer<UInt8>
        let places: Int
        var index = 0
        var failed = false

        init(text: UnsafeBufferPointer<UInt8>, places: Int) {
            self.text = text
            self.places = places
        }

        var atEnd: Bool {
            var i = index
            while i < text.count, isSeparator(text[i]) { i += 1 }
            return !failed && i == text.count
        }

        private mutating func skipSeparators() {
            while index < text.count, isSeparator(text[index]) { index += 1 }
        }

        /// The next command letter, nil at the end or before anything else.
        mutating func command() -> UInt8? {
            skipSeparators()
            guard index < text.count else { return nil }
            let byte = text[index]
            guard (byte >= Ascii.A && byte <= Ascii.Z) || (byte >= Ascii.a && byte <= Ascii.z) else {
                failed = true
                return nil
            }
            index += 1
            return byte
        }

        /// The next number on the grid, rounded half away from zero.
        mutating func next() -> Int? {
            skipSeparators()
            var i = index
            var negative = false
            if i < text.count, text[i] == Ascii.minus {
                negative = true
                i += 1
            }
            var mantissa = 0
            var fractionDigits = -1
            var digitCount = 0
            var dropped = 0  // fraction digits beyond what an Int holds safely
            var roundUp = false
            while i < text.count {
                let byte = text[i]
                if isDigit(byte) {
                    if fractionDigits >= places {
                        if fractionDigits == places { roundUp = byte >= Ascii.five }
                        dropped += 1
                        fractionDigits += 1
                    } else {
                        guard digitCount < 17 else { return nil }
                        mantissa = mantissa * 10 + Int(byte - Ascii.zero)
                        if fractionDigits >= 0 { fractionDigits += 1 }
                    }
                    digitCount += 1
                } else if byte == Ascii.dot, fractionDigits < 0 {
                    fractionDigits = 0
                } else {
                    break
                }
                i += 1
            }
            guard digitCount > 0 else { return nil }
            if i < text.count, !isSeparator(text[i]), !isCommandLetter(text[i]) { return nil }
            index = i
            let kept = max(0, fractionDigits) - dropped
            var units = mantissa * pow10(places - kept)
            if roundUp { units += 1 }
            return negative ? -units : units
        }

        private func isSeparator(_ byte: UInt8) -> Bool {
            byte == Ascii.space || byte == Ascii.newline || byte == Ascii.comma
        }

        private func isCommandLetter(_ byte: UInt8) -> Bool {
            byte != Ascii.e && byte != Ascii.E && ((byte >= Ascii.A && byte <= Ascii.Z) || (byte >= Ascii.a && byte <= Ascii.z))
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= Ascii.zero && byte <= Ascii.nine }

    private static func pow10(_ n: Int) -> Int {
        var value = 1
        for _ in 0..<max(0, n) { value *= 10 }
        return value
    }

    private enum Ascii {
        static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), comma = UInt8(ascii: ",")
        static let equals = UInt8(ascii: "="), quote = UInt8(ascii: "\""), dot = UInt8(ascii: "."), minus = UInt8(ascii: "-")
        static let zero = UInt8(ascii: "0"), five = UInt8(ascii: "5"), nine = UInt8(ascii: "9")
        static let A = UInt8(ascii: "A"), C = UInt8(ascii: "C"), E = UInt8(ascii: "E"), L = UInt8(ascii: "L")
        static let M = UInt8(ascii: "M"), Z = UInt8(ascii: "Z")
        static let a = UInt8(ascii: "a"), c = UInt8(ascii: "c"), d = UInt8(ascii: "d"), e = UInt8(ascii: "e")
        static let h = UInt8(ascii: "h"), l = UInt8(ascii: "l"), m = UInt8(ascii: "m"), s = UInt8(ascii: "s")
        static let v = UInt8(ascii: "v"), x = UInt8(ascii: "x"), y = UInt8(ascii: "y"), z = UInt8(ascii: "z")
    }
}
