/// One thing the site search can find: a region, a project, a provider, a chapter or a page.
/// Entries are written to `search/index.js` in the order they are given.
public struct SearchEntry: Sendable, Equatable {
    /// What the result link shows, e.g. "南京市秦淮区港城东路高级中学扩建工程"; searched, and ranked first when it matches.
    public var title: String
    /// The target relative to the site root, e.g. "regions/320104.html#JS2024-320104-0002".
    public var url: String
    /// The label shown beside the result: "设区市", "县（市、区）", "项目", "集成服务商", "章节", "页面".
    public var kind: String
    /// Further searchable words separated by spaces (project id, city and county names, contractor),
    /// shown under the result.
    public var text: String

    /// An entry; `text` holds extra words that should find it without being in its title.
    public init(title: String, url: String, kind: String, text: String = "") {
        self.title = title
        self.url = url
        self.kind = kind
        self.text = text
    }
}
