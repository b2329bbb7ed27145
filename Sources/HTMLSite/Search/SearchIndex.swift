import Model

/// The site search's index, written at build time as `search/index.js`: a script that sets
/// `window.SMARTSITE_SEARCH`, so the search page works from `file://` (where `fetch` of a
/// JSON file fails) and without a server. `templates/assets/search.js` reads it.
///
/// Format (version 1), one JSON object, no whitespace, same input → same bytes:
/// - `kinds`: the entries' kinds in order of first appearance;
/// - `groups`: `[kind, path, fragment]` in order of first appearance — `kind` an index into
///   `kinds`, `path` the URL before `#`, `fragment` the part after it ("" when none) or a
///   number `k` meaning "the entry's `k`-th word" (a project's anchor is usually its id);
/// - `dict`: words of `text` used by two or more entries, most used first (a query term
///   found inside a `dict` word finds the entries that use the word);
/// - `entries`: per entry `[title, group, word…]`, each word of `text` a string or an index
///   into `dict`;
/// - `keys`: the index keys (ASCII words and code-point bigrams, see `SearchText`) of the
///   titles and of the words not in `dict`, sorted by their UTF-8 bytes, separated by " ";
/// - `postings`: for each key in order, the numbers of the entries holding it, encoded by
///   `PostingCoding`, lists separated by ",".
enum SearchIndex {
    static let path = "search/index.js"
    static let version = 1

    /// `search/index.js` for `entries`, in the order given.
    static func files(_ entries: [SearchEntry]) -> [OutputFile] {
        [OutputFile(path: path, text: javaScript(entries))]
    }

    /// The script: a byte-order mark (so it is read as UTF-8 whatever a server says), a comment
    /// and the assignment.
    static func javaScript(_ entries: [SearchEntry]) -> String {
        "\u{FEFF}/* SmartSite 站内搜索索引，由构建生成，请勿手工修改。 */\nwindow.SMARTSITE_SEARCH="
            + json(entries) + ";\n"
    }

    /// Entry numbers per key, ascending. Keys come from the normalised title and the words of
    /// `text` that are not in `dict`: an entry's `dict` words are found by matching the query
    /// against `dict` itself, and the script inverts the entries' references at load time.
    static func postings(_ entries: [SearchEntry]) -> [[UInt8]: [Int]] {
        let layout = Layout(entries)
        return postings(layout.rows, dict: layout.dictIndex)
    }

    private static func postings(_ rows: [Row], dict: [String: Int]) -> [[UInt8]: [Int]] {
        var postings: [[UInt8]: [Int]] = [:]
        for (n, row) in rows.enumerated() {
            let own = row.words.filter { dict[$0] == nil }.joined(separator: " ")
            let haystack = SearchText.normalise(row.title) + " " + SearchText.normalise(own)
            for key in SearchText.keys(ofNormalised: haystack) { postings[key, default: []].append(n) }
        }
        return postings
    }

    static func json(_ entries: [SearchEntry]) -> String {
        let layout = Layout(entries)
        var out = SearchJSON()
        out.raw("{\"version\":\(version),\"kinds\":")
        out.strings(layout.kinds)
        out.raw(",\"groups\":[")
        for (i, group) in layout.groups.enumerated() {
            out.raw(i > 0 ? ",[\(group.kind)," : "[\(group.kind),")
            out.string(group.path)
            out.raw(",")
            if let k = group.fragmentWord { out.number(k) } else { out.string(group.fragment) }
            out.raw("]")
        }
        out.raw("],\"dict\":")
        out.strings(layout.dict)
        out.raw(",\"entries\":[")
        for (n, row) in layout.rows.enumerated() {
            out.raw(n > 0 ? ",[" : "[")
            out.string(row.title)
            out.raw(",\(layout.groupOfRow[n])")
            for word in row.words {
                out.raw(",")
                if let i = layout.dictIndex[word] { out.number(i) } else { out.string(word) }
            }
            out.raw("]")
        }
        let sorted = postings(layout.rows, dict: layout.dictIndex).sorted { $0.key.lexicographicallyPrecedes($1.key) }
        out.raw("],\"keys\":")
        out.string(sorted.map { String(decoding: $0.key, as: UTF8.self) }.joined(separator: " "))
        out.raw(",\"postings\":")
        out.string(sorted.map { PostingCoding.encode($0.value) }.joined(separator: ","))
        out.raw("}")
        return out.text
    }

    /// What entries share: kind, URL path and where the anchor comes from.
    private struct Group: Hashable {
        let kind: Int
        let path: String
        let fragment: String
        let fragmentWord: Int?
    }

    /// The entries cut into rows, their kinds and groups, and the shared words.
    private struct Layout {
        let rows: [Row]
        var kinds: [String] = []
        var groups: [Group] = []
        var groupOfRow: [Int] = []
        let dict: [String]
        var dictIndex: [String: Int] = [:]

        init(_ entries: [SearchEntry]) {
            rows = entries.map(Row.init)
            var kindIndex: [String: Int] = [:]
            var groupIndex: [Group: Int] = [:]
            var counts: [String: Int] = [:]
            for row in rows {
                let kind = kindIndex[row.kind] ?? kinds.count
                if kind == kinds.count {
                    kindIndex[row.kind] = kind
                    kinds.append(row.kind)
                }
                let word = row.fragment.isEmpty ? nil : row.words.firstIndex(of: row.fragment)
                let group = Group(kind: kind, path: row.path, fragment: word == nil ? row.fragment : "", fragmentWord: word)
                let index = groupIndex[group] ?? groups.count
                if index == groups.count {
                    groupIndex[group] = index
                    groups.append(group)
                }
                groupOfRow.append(index)
                for word in Set(row.words) { counts[word, default: 0] += 1 }
            }
            dict = counts.filter { $0.value > 1 }.sorted {
                $0.value != $1.value ? $0.value > $1.value : Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8))
            }.map(\.key)
            for (i, word) in dict.enumerated() { dictIndex[word] = i }
        }
    }

    /// An entry cut into the parts the format stores.
    private struct Row {
        let title: String
        let kind: String
        let path: String
        let fragment: String
        let words: [String]

        init(_ entry: SearchEntry) {
            title = entry.title
            kind = entry.kind
            if let hash = entry.url.firstIndex(of: "#"), entry.url.index(after: hash) < entry.url.endIndex {
                path = String(entry.url[..<hash])
                fragment = String(entry.url[entry.url.index(after: hash)...])
            } else {
                path = entry.url
                fragment = ""
            }
            words = entry.text.unicodeScalars.split(whereSeparator: SearchText.isSpace).map { String($0) }
        }
    }
}
