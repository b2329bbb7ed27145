@testable import DataIO
import Foundation
import Model
import Testing

/// The hand-written byte parsers agree with the String-based rules they stand in for.
@Suite struct ByteParsingTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func withBytes<T>(_ text: String, _ body: (UnsafePointer<UInt8>, Int) -> T) -> T {
        let bytes = Array(text.utf8) + [0]
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!, $0.count - 1) }
    }

    /// Random decimals of up to 15 significant digits, with leading and trailing zeros.
    private func decimals(_ count: Int) -> [String] {
        var rng = Generator(state: 2025)
        return (0..<count).map { _ in
            let integerDigits = Int.random(in: 0...9, using: &rng)
            let fractionDigits = Int.random(in: 0...(15 - min(integerDigits, 15)), using: &rng)
            let digits = (0..<(integerDigits + fractionDigits)).map { _ in String(Int.random(in: 0...9, using: &rng)) }
            var text = digits.prefix(integerDigits).joined()
            if fractionDigits > 0 { text += "." + digits.suffix(fractionDigits).joined() }
            if text.isEmpty || text.hasPrefix(".") { text = "0" + text }
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: text = "000" + text
            case 1 where fractionDigits > 0: text += "000"
            default: break
            }
            return text
        }
    }

    @Test func decimalsMatchDoubleFromStringBitForBit() {
        var tried = 0
        for text in decimals(200_000) + ["0", "0.0", "5.", ".5", "85.3", "0.1", "0.3", "999999999999999", "1.79769313486231",
                                         "0.000000000000000000001", "123456789012345.0", "4.35", "2.675", "1000.0005",
                                         "85.30000000000000000000", "0.000000000000001000", "100000000000000.00"] {
            guard let fast = withBytes(text, { ByteParsing.decimal($0, 0, $1) }) else {
                Issue.record("not read by the fast path: \(text)")
                continue
            }
            let reference = Double(text)!
            #expect(fast.bitPattern == reference.bitPattern, "\(text): \(fast) ≠ \(reference)")
            tried += 1
        }
        #expect(tried > 200_000)
    }

    @Test func decimalsTheFastPathLeavesToFieldParsing() {
        for text in ["1234567890123456", "0.1234567890123456", "1000000000000000", "1.000000000000001", "1e5", "-1", "+1", "1.2.3", ".", "", "１２", "1 2",
                     "0.00000000000000000000001"] {
            #expect(withBytes(text) { ByteParsing.decimal($0, 0, $1) } == nil, "\(text)")
        }
    }

    @Test func datesAndClocksAgreeWithFieldParsing() {
        var samples = ["2025-03-07 14:00", "2025/3/7 14:00", "2025.3.7 9:5", "2025年3月7日 14:00", "2025年3月7 14:00",
                       "2025年3月 14:00", "2025年3月7日5 14:00", "2025-3-7日 14:00", "2025-03-07 14:00:59", "2025-02-29 10:00",
                       "2024-02-29 23:59:59", "0999-01-01 00:00", "10000-01-01 00:00", "2025-003-0007 01:00",
                       "2025-03-07- 14:00", "-2025-03-07 14:00", "2025--03-07 14:00", "2025-03/07 14:00",
                       "2025-03-07 14", "2025-03-07 14:", "2025-03-07 :00", "2025-03-07 014:00", "2025-03-07 1:2:3",
                       "2025-03-07 24:00", "2025-03-07 23:60", "2025-03-07 23:00:60", "2025年3月7月 14:00",
                       "2025月3年7日 14:00", "2025-13-01 10:00", "2025-00-10 10:00", "2025-01-32 10:00"]
        var rng = Generator(state: 7)
        let pieces = ["2025", "3", "03", "7", "-", "/", ".", "年", "月", "日", ":", "1", "60", " ", "x"]
        for _ in 0..<20_000 {
            samples.append((0..<Int.random(in: 1...9, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined())
        }
        for text in samples {
            let expected = FieldParsing.timestamp(text)
            let fast: Int? = withBytes(text) { bytes, count in
                guard let space = Array(text.utf8).firstIndex(of: 0x20) else { return nil }
                var clock = space
                while clock < count && bytes[clock] == 0x20 { clock += 1 }
                guard let day = ByteParsing.day(bytes, 0, space), let hour = ByteParsing.hour(bytes, clock, count) else { return nil }
                #expect(day == expected?.day, "\(text)")
                return hour
            }
            // The byte parsers never accept what FieldParsing refuses, and agree on what both accept.
            if let fast { #expect(fast == expected?.hour, "\(text)") }
            if expected != nil && !text.hasPrefix(" ") && !text.hasSuffix(" ") { #expect(fast != nil, "\(text)") }
        }
    }

    @Test func utf8ValidatorAgreesWithTheStandardLibraryAcrossSplits() {
        var rng = Generator(state: 11)
        let pieces: [[UInt8]] = [Array("a,".utf8), Array("扬尘".utf8), Array("😀".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF], Array("ü".utf8), [0xEF, 0xBB, 0xBF]]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 1...8, using: &rng)).flatMap { _ in pieces.randomElement(using: &rng)! }
            let split = Int.random(in: 0...bytes.count, using: &rng)
            var validator = UTF8Validator()
            let ok = bytes.withUnsafeBufferPointer { buffer in
                validator.feed(buffer.baseAddress!, count: split)
                    && validator.feed(buffer.baseAddress! + split, count: bytes.count - split)
            } && validator.isAtBoundary
            #expect(ok == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test func byteKeyTableFindsWhatWasInserted() {
        var table = ByteKeyTable()
        let keys = (0..<1000).map { "YC-\($0)" } + ["", "扬尘-1"]
        for (i, key) in keys.enumerated() {
            withBytes(key) { table.insert($0, $1, hash: ByteKeyTable.hash($0, $1), value: i) }
        }
        for (i, key) in keys.enumerated() {
            #expect(withBytes(key) { table.find($0, $1, hash: ByteKeyTable.hash($0, $1)) } == i)
        }
        #expect(withBytes("YC-1000") { table.find($0, $1, hash: ByteKeyTable.hash($0, $1)) } == nil)
    }
}
