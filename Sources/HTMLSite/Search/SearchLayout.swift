/// The search entries cut into what `search/index.js` stores: titles, kinds, groups and the
/// words of `text`, with the words used by two or more entries (`dict`).
struct SearchLayout {
    /// What entries share: kind, URL path and where the anchor comes from.
    struct Group: Hashable {
        let kind: Int
        let path: String
        let fragment: String
        /// The anchor is the entry's word with this number.
        let fragmentWord: Int?
    }

    /// A word of an entry's `text`.
    struct Occurrence {
        /// The word's number in `words`.
        let word: Int
        /// The word as the entry has it (canonically equivalent words share a number).
        let text: String
    }

    private(set) var titles: [String] = []
    private(set) var kinds: [String] = []
    private(set) var groups: [Group] = []
    private(set) var groupOfEntry: [Int] = []
    private(set) var words: SearchWords
    /// The words used by two or more entries (numbers in `words`), most used first.
    private(set) var dict: [Int] = []
    /// Per word, its index in `dict`.
    private(set) var dictIndex: [Int?] = []
    /// Every entry's words, one after the other; entry `n`'s end at `occurrenceEnds[n]`.
    private var allOccurrences: [Occurrence] = []
    private var occurrenceEnds: [Int] = []

    init(_ entries: [SearchEntry]) {
        words = SearchWords(capacity: entries.count)  // an id or a name per entry, most words shared
        titles.reserveCapacity(entries.count)
        groupOfEntry.reserveCapacity(entries.count)
        occurrenceEnds.reserveCapacity(entries.count)
        var kindIndex: [String: Int] = [:]
        var groupIndex: [Group: Int] = [:]
        groupIndex.reserveCapacity(entries.count)
        for (n, entry) in entries.enumerated() {
            titles.append(entry.title)
            for part in entry.text.unicodeScalars.split(whereSeparator: SearchText.isSpace) {
                let text = String(part)
                allOccurrences.append(Occurrence(word: words.number(text, entry: n), text: text))
            }
            occurrenceEnds.append(allOccurrences.count)

            // The newest kind is mostly the entry's (entries of a kind come together): no hashing then.
            let kind = kinds.last == entry.kind ? kinds.count - 1 : kindIndex[entry.kind] ?? kinds.count
            if kind == kinds.count {
                kindIndex[entry.kind] = kind
                kinds.append(entry.kind)
            }
            let group = group(of: entry, kind: kind, words: occurrences(of: n))
            let index = groupIndex[group] ?? groups.count
            if index == groups.count {
                groupIndex[group] = index
                groups.append(group)
            }
            groupOfEntry.append(index)
        }
        dict = words.shared()
        dictIndex = Array(repeating: nil, count: words.count)
        for (i, word) in dict.enumerated() { dictIndex[word] = i }
    }

    /// The words of entry `n`.
    func occurrences(of n: Int) -> ArraySlice<Occurrence> {
        allOccurrences[(n > 0 ? occurrenceEnds[n - 1] : 0)..<occurrenceEnds[n]]
    }

    private func group(of entry: SearchEntry, kind: Int, words: ArraySlice<Occurrence>) -> Group {
        let url = entry.url
        var path = url
        var fragment = ""
        // In ASCII every code point is a Character: the byte search finds the same "#", faster.
        let hash = url.utf8.allSatisfy { $0 < 0x80 } ? url.utf8.firstIndex(of: UInt8(ascii: "#")) : url.firstIndex(of: "#")
        if let hash, url.index(after: hash) < url.endIndex {
            path = String(url[..<hash])
            fragment = String(url[url.index(after: hash)...])
        }
        let word = fragment.isEmpty ? nil : words.firstIndex { $0.text == fragment }.map { $0 - words.startIndex }
        return Group(kind: kind, path: path, fragment: word == nil ? fragment : "", fragmentWord: word)
    }
}
