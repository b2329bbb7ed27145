import Foundation
@testable import HTMLSite
import Testing

/// The search index (`search/index.js`). The script's behaviour on the same fixture is checked by
/// `node Tests/HTMLSiteTests/Search/search.test.js`.
@Suite struct SearchTests {
    /// Small but awkward: shared words, ids, full-width text, an astral character, markup in names.
    static let entries: [SearchEntry] = [
        SearchEntry(title: "南京市", url: "regions/320100.html", kind: "设区市", text: "320100"),
        SearchEntry(title: "苏州市", url: "regions/320500.html", kind: "设区市", text: "320500"),
        SearchEntry(title: "南京市秦淮区", url: "regions/320104.html", kind: "县（市、区）", text: "秦淮区 320104"),
        SearchEntry(title: "苏州市姑苏区", url: "regions/320508.html", kind: "县（市、区）", text: "姑苏区 320508"),
        SearchEntry(title: "南京市秦淮区港城东路高级中学扩建工程", url: "lists/excellent.html#JS2024-320104-0002", kind: "项目",
                    text: "JS2024-320104-0002 南京市 秦淮区 江苏恒通建设集团有限公司 江苏智建云科技有限公司"),
        SearchEntry(title: "苏州工业园区星湖街学校新建工程", url: "lists/excellent.html#JS2023-320571-0015", kind: "项目",
                    text: "JS2023-320571-0015 苏州市 苏州工业园区 中亿丰建设集团股份有限公司 南京筑联信息技术有限公司"),
        SearchEntry(title: "南京市鼓楼区实验学校改造工程", url: "lists/due-unverified.html#JS2025-320106-0101", kind: "项目",
                    text: "JS2025-320106-0101 南京市 鼓楼区 江苏恒通建设集团有限公司"),
        SearchEntry(title: "<script>alert(1)</script>工程", url: "lists/due-unverified.html#JS2025-320104-0009", kind: "项目",
                    text: "JS2025-320104-0009 南京市 秦淮区 \"引号\"&<公司>"),
        SearchEntry(title: "Ｓ１号楼　ＡＢＣ工程", url: "lists/excellent.html#JS2025-320205-0003", kind: "项目",
                    text: "JS2025-320205-0003 无锡市 锡山区"),
        SearchEntry(title: "𠀀字街改造工程", url: "lists/excellent.html#JS2025-320205-0004", kind: "项目",
                    text: "JS2025-320205-0004 无锡市 锡山区"),
        SearchEntry(title: "江苏智建云科技有限公司", url: "rankings/providers.html", kind: "集成服务商", text: "集成服务商运营质量排名 第 1 名"),
        SearchEntry(title: "南京筑联信息技术有限公司", url: "rankings/providers.html", kind: "集成服务商", text: "集成服务商运营质量排名 第 2 名"),
        SearchEntry(title: "总体情况", url: "annual/2025/overview.html", kind: "章节", text: "江苏省智慧工地建设年度发展报告"),
        SearchEntry(title: "数据下载", url: "data/index.html", kind: "页面"),
        SearchEntry(title: "秦淮区学校工程", url: "lists/excellent.html#JS2024-320104-0003", kind: "项目",
                    text: "JS2024-320104-0003 南京市 秦淮区"),
    ]

    static func text(_ entries: [SearchEntry]) -> String {
        let files = SearchIndex.files(entries)
        return files.first.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    /// The JSON object of `search/index.js`, parsed back.
    static func object(_ entries: [SearchEntry]) throws -> [String: Any] {
        let js = text(entries)
        let start = try #require(js.range(of: "window.SMARTSITE_SEARCH=")).upperBound
        let json = js[start...].dropLast(2)
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func writesOneScriptThatSetsTheGlobal() {
        let files = SearchIndex.files(Self.entries)
        #expect(files.map(\.path) == ["search/index.js"])
        let js = Self.text(Self.entries)
        #expect(js.hasPrefix("\u{FEFF}/*"))
        #expect(js.contains("\nwindow.SMARTSITE_SEARCH={\"version\":1,\"kinds\":[\"设区市\",\"县（市、区）\",\"项目\",\"集成服务商\",\"章节\",\"页面\"]"))
        #expect(js.hasSuffix("};\n"))
    }

    @Test func sameInputGivesSameBytes() {
        let first = SearchIndex.files(Self.entries)[0].bytes
        for _ in 0..<3 { #expect(SearchIndex.files(Self.entries)[0].bytes == first) }
        #expect(SearchIndex.files(Self.entries.reversed())[0].bytes != first)
    }

    @Test func entriesKeepTheirOrderAndRoundTrip() throws {
        let object = try Self.object(Self.entries)
        let kinds = try #require(object["kinds"] as? [String])
        let groups = try #require(object["groups"] as? [[Any]])
        let dict = try #require(object["dict"] as? [String])
        let rows = try #require(object["entries"] as? [[Any]])
        #expect(rows.count == Self.entries.count)
        for (row, entry) in zip(rows, Self.entries) {
            let words = row.dropFirst(2).map { v in (v as? Int).map { dict[$0] } ?? (v as? String ?? "?") }
            let group = groups[row[1] as? Int ?? -1]
            let fragment = (group[2] as? Int).map { words[$0] } ?? (group[2] as? String ?? "?")
            #expect(row[0] as? String == entry.title)
            #expect(kinds[group[0] as? Int ?? -1] == entry.kind)
            #expect((group[1] as? String ?? "?") + (fragment.isEmpty ? "" : "#" + fragment) == entry.url)
            #expect(words.joined(separator: " ") == entry.text)
        }
        #expect(dict.prefix(2) == ["南京市", "秦淮区"])
        // Projects on one list page share a group: their anchor is their first word, the id.
        let groupOf = rows.map { $0[1] as? Int ?? -1 }
        #expect(groupOf == [0, 1, 2, 3, 4, 4, 5, 5, 4, 4, 6, 6, 7, 8, 4])
        #expect(groups[4][1] as? String == "lists/excellent.html" && groups[4][2] as? Int == 0)
    }

    @Test func keysAreBigramsAndAsciiWordsOfTitleAndOwnWords() throws {
        let entry = SearchEntry(title: "港城东路ＡＢＣ中学", url: "x.html", kind: "项目", text: "JS2024-320104-0002 秦淮区")
        let postings = SearchIndex.postings([entry])
        let keys = Set(postings.keys.map { String(decoding: $0, as: UTF8.self) })
        #expect(keys == ["港城", "城东", "东路", "abc", "中学", "js2024", "320104", "0002", "秦淮", "淮区"])
        #expect(postings.values.allSatisfy { $0 == [0] })

        let object = try Self.object(Self.entries)
        let keyList = try #require(object["keys"] as? String).split(separator: " ").map(String.init)
        let lists = try #require(object["postings"] as? String).split(separator: ",", omittingEmptySubsequences: false)
        #expect(keyList.count == lists.count)
        #expect(keyList == keyList.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        func list(_ key: String) -> [Int] { keyList.firstIndex(of: key).map { PostingCoding.decode(String(lists[$0])) } ?? [] }
        #expect(list("港城") == [4])
        #expect(list("学校") == [5, 6, 14])
        #expect(list("320104") == [2, 4, 7, 14])
        #expect(list("js2025") == [6, 7, 8, 9])
        #expect(list("s1") == [8] && list("号楼") == [8] && list("abc") == [8] && list("1号") == [])
        #expect(list("𠀀字") == [9])
        // Words shared by several entries are found through `dict`, not through keys.
        #expect(list("秦淮") == [2, 4, 14])
        #expect(list("南京") == [0, 2, 4, 5, 6, 11])
    }

    @Test func normalisesLikeTheScript() {
        #expect(SearchText.normalise("  ＪＳ２０２４－３２０１　南京  \t学校 ") == "js2024-3201 南京 学校")
        #expect(SearchText.normalise("ABC Ｚ！") == "abc z!")
        #expect(SearchText.normalise("É\u{00A0}x") == "É x")
    }

    @Test func postingCodingRoundTrips() {
        let lists: [[Int]] = [[0], [31], [32], [0, 1, 2, 3], [5, 40, 1_000, 25_000, 1_048_576]]
        for list in lists { #expect(PostingCoding.decode(PostingCoding.encode(list)) == list) }
        #expect(PostingCoding.encode([0, 1, 2]) == "000")
        #expect(PostingCoding.encode([33]) == "X1")
    }
}
