/// The distinct words of the entries' `text` (as `String` equality tells them apart, so
/// canonically equivalent words are one), numbered in order of first use, with how many
/// entries use each.
struct SearchWords {
    private var words: [String] = []
    private var counts: [Int] = []
    private var lastUse: [Int] = []  // the last entry counted, per word
    private var byText: [String: Int] = [:]
    /// Every distinct spelling (exact bytes) met, with its word's number: looked up first, as equal
    /// bytes are equal strings; `byText` is asked only about a new spelling.
    private var spellings: [String] = []
    private var numberOfSpelling: [Int] = []
    private var spellingSlots = HashSlots()

    /// Room for about `capacity` distinct words.
    init(capacity: Int) {
        byText.reserveCapacity(capacity)
    }

    var count: Int { words.count }

    subscript(number: Int) -> String { words[number] }

    /// The numbers of the words used by two or more entries, most used first, then by bytes.
    func shared() -> [Int] {
        words.indices.filter { counts[$0] > 1 }.sorted {
            counts[$0] != counts[$1] ? counts[$0] > counts[$1] : words[$0].utf8.lexicographicallyPrecedes(words[$1].utf8)
        }
    }

    /// The number of `word`, counting it as used by entry `entry` (entries come in order).
    mutating func number(_ word: String, entry: Int) -> Int {
        var word = word
        let hash = word.withUTF8(HashSlots.hash)
        let known = word.withUTF8 { bytes in
            spellingSlots.find(hash) { number in
                var spelling = spellings[number]
                return spelling.withUTF8 { $0.elementsEqual(bytes) }
            }
        }
        let number = known.map { numberOfSpelling[$0] } ?? newSpelling(word, hash: hash)
        if lastUse[number] != entry {
            counts[number] += 1
            lastUse[number] = entry
        }
        return number
    }

    private mutating func newSpelling(_ spelling: String, hash: UInt64) -> Int {
        let number = byText[spelling] ?? words.count
        if number == words.count {
            byText[spelling] = number
            words.append(spelling)
            counts.append(0)
            lastUse.append(-1)
        }
        _ = spellingSlots.add(hash)
        spellings.append(spelling)
        numberOfSpelling.append(number)
        return number
    }
}
