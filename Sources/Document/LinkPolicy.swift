/// Which link destinations may reach a page: http(s), mailto, in-page
/// anchors and relative paths — never `javascript:` or other schemes.
public enum LinkPolicy {
    public static func isAllowed(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return true }
        // A relative path has no scheme: no ":" before the first "/", "?" or "#".
        let head = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !head.contains(":")
    }
}
