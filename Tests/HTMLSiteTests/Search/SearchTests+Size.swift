@testable import HTMLSite
import Testing

extension SearchTests {
    /// The limit for 25,000 entries: what a browser loads from disk before the first search.
    static let sizeLimit = 3_000_000

    /// 25,000 entries shaped like the real ones: 24,700 projects (name, id, city, county,
    /// contractor, provider), 110 regions, 190 providers and chapters, from a fixed seed.
    static func syntheticEntries(count: Int = 25_000) -> [SearchEntry] {
        var seed: UInt64 = 2025
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        func pick(_ s: String) -> String { let c = Array(s); return String(c[next(c.count)]) }
        let cities = ["南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市", "盐城市", "扬州市", "镇江市", "泰州市", "宿迁市"]
        let chars = "东西南北中新华建人民解放和平长江黄河紫金玄武秦淮鼓楼栖霞雨花台江宁浦口六合溧水高淳锡山惠山滨湖梁溪新吴云龙泉山铜睢宁丰沛邳州天宁钟楼武进金坛姑苏吴中相城吴江昆山常熟张家港太仓崇川海门如东启东如皋海安连云海州赣榆灌南清江浦淮阴洪泽盱眙涟水亭湖盐都大丰射阳阜宁滨海响广陵邗江仪征宝应京口润州丹徒丹阳扬中句容海陵高港姜堰兴化靖江泰兴宿城宿豫沭阳泗阳泗洪"
        let roads = ["路", "街", "大道", "大街", "巷"]
        let kinds = ["住宅小区", "实验学校", "中学", "小学", "幼儿园", "人民医院", "社区卫生服务中心", "体育馆", "图书馆", "标准厂房", "研发中心",
                     "写字楼", "商业综合体", "污水处理厂", "雨污分流改造", "道路改造", "桥梁", "隧道", "地铁站", "安置房", "保障性住房", "养老院",
                     "文化中心", "产业园", "物流园", "酒店", "高架", "综合管廊", "停车楼", "变电站"]
        let suffixes = ["工程", "项目", "工程一期", "工程二期", "工程（一标段）", "新建工程", "扩建工程", "改扩建工程"]
        let companies = ["建设集团有限公司", "建工集团有限公司", "建筑安装工程有限公司", "市政工程有限公司", "建设工程有限公司"]
        var counties: [(code: String, name: String, city: Int)] = []
        for c in 0..<cities.count {
            for k in 0..<8 { counties.append((String(320_000 + (c + 1) * 100 + k + 2), pick(chars) + pick(chars) + "区", c)) }
        }
        let contractors = (0..<1_500).map { _ in String(cities[next(13)].dropLast()) + pick(chars) + pick(chars) + companies[next(5)] }
        let providers = (0..<160).map { _ in pick(chars) + pick(chars) + pick(chars) + "智能科技有限公司" }
        var entries: [SearchEntry] = cities.enumerated().map {
            SearchEntry(title: $1, url: "regions/\(320_100 + $0 * 100).html", kind: "设区市", text: String(320_100 + $0 * 100))
        }
        entries += counties.map {
            SearchEntry(title: cities[$0.city] + $0.name, url: "regions/\($0.code).html", kind: "县（市、区）", text: "\($0.name) \($0.code)")
        }
        entries += providers.enumerated().map {
            SearchEntry(title: $1, url: "rankings/providers.html", kind: "集成服务商", text: "集成服务商运营质量排名 第 \($0 + 1) 名")
        }
        entries += (0..<30).map { SearchEntry(title: "第\($0 + 1)章 " + pick(chars) + pick(chars) + "情况", url: "annual/2025/c\($0).html", kind: "章节") }
        var serial: [String: Int] = [:]
        while entries.count < count {
            let county = counties[next(counties.count)]
            let year = 2019 + next(7)
            serial[county.code, default: 0] += 1
            let id = "JS\(year)-\(county.code)-" + String(String(10_000 + serial[county.code]!).dropFirst())
            let title = (next(3) == 0 ? cities[county.city] : "") + county.name + pick(chars) + pick(chars) + roads[next(5)]
                + kinds[next(kinds.count)] + suffixes[next(suffixes.count)]
            var words = [id, cities[county.city], county.name, contractors[next(contractors.count)]]
            if next(2) == 0 { words.append(providers[next(providers.count)]) }
            entries.append(SearchEntry(title: title, url: "lists/excellent.html#\(id)", kind: "项目", text: words.joined(separator: " ")))
        }
        return entries
    }

    @Test func indexOf25000EntriesStaysUnderTheLimit() {
        let entries = Self.syntheticEntries()
        #expect(entries.count == 25_000)
        let size = SearchIndex.files(entries)[0].bytes.count
        print("search/index.js for \(entries.count) entries: \(size) bytes")
        #expect(size < Self.sizeLimit)
    }
}
