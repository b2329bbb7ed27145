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
        [OutputFile(path: path, bytes: javaScript(entries))]
    }

    /// The script: a byte-order mark (so it is read as UTF-8 whatever a server says), a comment
    /// and the assignment.
    static func javaScript(_ entries: [SearchEntry]) -> [UInt8] {
        var out = SearchJSON()
        out.raw("\u{FEFF}/* SmartSite 站内搜索索引，由构建生成，请勿手工修改。 */\nwindow.SMARTSITE_SEARCH=")
        write(SearchLayout(entries), to: &out)
        out.raw(";\n")
        return out.bytes
    }

    /// Entry numbers per key, ascending (see `SearchPostings`); the script inverts the entries'
    /// references to `dict` words at load time.
    static func postings(_ entries: [SearchEntry]) -> [[UInt8]: [Int]] {
        let postings = SearchPostings(SearchLayout(entries))
        return Dictionary(uniqueKeysWithValues: zip(postings.keys, postings.lists))
    }

    private static func write(_ layout: SearchLayout, to out: inout SearchJSON) {
        out.raw("{\"version\":\(version),\"kinds\":")
        out.strings(layout.kinds)
        out.raw(",\"groups\":[")
        for (i, group) in layout.groups.enumerated() {
            out.raw(i > 0 ? ",[" : "[")
            out.number(group.kind)
            out.raw(",")
            out.string(group.path)
            out.raw(",")
            if let k = group.fragmentWord { out.number(k) } else { out.string(group.fragment) }
            out.raw("]")
        }
        out.raw("],\"dict\":")
        out.strings(layout.dict.map { layout.words[$0] })
        out.raw(",\"entries\":[")
        for (n, title) in layout.titles.enumerated() {
            out.raw(n > 0 ? ",[" : "[")
            out.string(title)
            out.raw(",")
            out.number(layout.groupOfEntry[n])
            for occurrence in layout.occurrences(of: n) {
                out.raw(",")
                if let i = layout.dictIndex[occurrence.word] { out.number(i) } else { out.string(occurrence.text) }
            }
            out.raw("]")
        }
        let postings = SearchPostings(layout)
        var keys: [UInt8] = []
        var lists: [UInt8] = []
        for (i, key) in postings.keys.enumerated() {
            if i > 0 {
                keys.append(UInt8(ascii: " "))
                lists.append(UInt8(ascii: ","))
            }
            keys += key
            PostingCoding.append(list: postings.lists[i], to: &lists)
        }
        out.raw("],\"keys\":")
        out.string(keys)
        out.raw(",\"postings\":")
        out.string(lists)
        out.raw("}")
    }
}
