/// The index keys of the search entries, sorted by their bytes, with the ascending numbers of
/// the entries holding each. Keys come from the title and the words of `text` that are not in
/// `dict`: an entry's `dict` words are found by matching the query against `dict` itself.
struct SearchPostings {
    private(set) var keys: [[UInt8]] = []
    private(set) var lists: [[Int]] = []

    init(_ layout: SearchLayout) {
        var table = KeyTable()
        for n in layout.titles.indices {
            SearchText.forEachKey(in: layout.titles[n]) { table.add($0, entry: n) }
            for occurrence in layout.occurrences(of: n) where layout.dictIndex[occurrence.word] == nil {
                SearchText.forEachKey(in: occurrence.text) { table.add($0, entry: n) }
            }
        }
        let bytes = table.keys.map(\.utf8)
        let order = bytes.indices.sorted { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }
        keys = order.map { bytes[$0] }
        lists = order.map { table.lists[$0] }
    }

    /// Keys in order of first appearance, with the entries holding each; entries are added in order.
    private struct KeyTable {
        private(set) var keys: [SearchText.Key] = []
        private(set) var lists: [[Int]] = []
        private var slots = HashSlots()

        mutating func add(_ key: SearchText.Key, entry: Int) {
            let hash = switch key {
            case .packed(let code): code
            case .long(let bytes): bytes.withUnsafeBufferPointer(HashSlots.hash)
            }
            let number: Int
            if let known = slots.find(hash, where: { keys[$0] == key }) {
                number = known
            } else {
                number = slots.add(hash)
                keys.append(key)
                lists.append([])
            }
            if lists[number].last != entry { lists[number].append(entry) }
        }
    }
}
