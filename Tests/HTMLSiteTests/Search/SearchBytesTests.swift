@testable import HTMLSite
import Testing

/// The byte-level pieces of the search index give what the `String` versions gave.
@Suite struct SearchBytesTests {
    /// The keys as they were cut from the normalised text, one `Set` per text.
    static func keysOfNormalised(_ text: String) -> Set<[UInt8]> {
        var keys = Set<[UInt8]>()
        var word: [UInt8] = []
        var previous: Unicode.Scalar?
        func flushWord() {
            if !word.isEmpty { keys.insert(word) }
            word.removeAll()
        }
        for scalar in SearchText.normalise(text).unicodeScalars {
            if SearchText.isWordScalar(scalar) {
                word.append(UInt8(scalar.value))
                previous = nil
            } else if SearchText.isSpace(scalar) {
                flushWord()
                previous = nil
            } else {
                flushWord()
                if let first = previous { keys.insert(Array((String(first) + String(scalar)).utf8)) }
                previous = scalar
            }
        }
        flushWord()
        return keys
    }

    static let texts = [
        "", "   ", "南京市秦淮区港城东路高级中学扩建工程", "JS2024-320104-0002 秦淮区", "Ｓ１号楼　ＡＢＣ工程",
        "abcdefgh abcdefghi Smartsite2025Report 12345678 123456789", "𠀀字街改造工程 𠀀", "a南b京c", "南 京",
        "\"引号\"&<公司>", "É\u{00A0}x e\u{301}", "\u{3000}全角　空格\u{FEFF}x\u{2028}y", "z", "zz南",
    ]

    @Test func keysAreThoseOfTheNormalisedText() {
        for text in Self.texts {
            var keys: [[UInt8]] = []
            SearchText.forEachKey(in: text) { keys.append($0.utf8) }
            #expect(Set(keys) == Self.keysOfNormalised(text), "\(text)")
        }
    }

    @Test func longAsciiWordsAreKeysToo() {
        let postings = SearchIndex.postings([SearchEntry(title: "SmartSite2025 报告", url: "x.html", kind: "页面")])
        #expect(Set(postings.keys.map { String(decoding: $0, as: UTF8.self) }) == ["smartsite2025", "报告"])
    }

    @Test func jsonStringsEscapeOnlyWhatTheyMust() {
        func json(_ s: String) -> String {
            var out = SearchJSON()
            out.string(s)
            return String(decoding: out.bytes, as: UTF8.self)
        }
        #expect(json("") == "\"\"")
        #expect(json("a\"b\\c\nd\re\tf\u{1}g") == #""a\"b\\c\nd\re\tf\u0001g""#)
        #expect(json("<&>") == #""\u003c\u0026\u003e""#)
        #expect(json("\u{2028}x\u{2029}") == #""\u2028x\u2029""#)
        // Other characters whose UTF-8 starts E2 80 or E2 stay as they are.
        #expect(json("—€…\u{2027}\u{202A}") == "\"—€…\u{2027}\u{202A}\"")
        #expect(json("末尾\u{2029}") == #""末尾\u2029""#)
        #expect(json("南京市") == "\"南京市\"")
        var out = SearchJSON()
        out.number(0)
        out.raw(",")
        out.number(9)
        out.raw(",")
        out.number(10)
        out.raw(",")
        out.number(1_234_567)
        #expect(String(decoding: out.bytes, as: UTF8.self) == "0,9,10,1234567")
    }

    @Test func hashSlotsFindEveryKeyEvenWhenHashesCollide() {
        var slots = HashSlots()
        var keys: [String] = []
        func hash(_ i: Int) -> UInt64 { UInt64(i % 1_000) }  // shared hashes: `where` tells keys apart
        for i in 0..<5_000 {  // the slots grow twice
            let key = "k\(i)"
            #expect(slots.find(hash(i), where: { keys[$0] == key }) == nil)
            #expect(slots.add(hash(i)) == keys.count)
            keys.append(key)
        }
        for (i, key) in keys.enumerated() {
            #expect(slots.find(hash(i), where: { keys[$0] == key }) == i)
        }
        #expect(slots.find(hash(3), where: { keys[$0] == "k4" }) == nil)
    }

    @Test func canonicallyEquivalentWordsAreOneWordWrittenEachWay() throws {
        let precomposed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        let entries = [
            SearchEntry(title: "一", url: "a.html", kind: "页面", text: precomposed),
            SearchEntry(title: "二", url: "b.html", kind: "页面", text: decomposed),
        ]
        let bytes = SearchIndex.files(entries)[0].bytes
        // One word, in `dict` as first written, used by both entries.
        #expect(bytes.firstRange(of: Array("\"dict\":[\"\(precomposed)\"]".utf8)) != nil)
        #expect(bytes.firstRange(of: Array(decomposed.utf8)) == nil)
        #expect(bytes.firstRange(of: Array("[\"一\",0,0],[\"二\",1,0]".utf8)) != nil)
    }
}
