import Foundation

/// Finds the internal links of generated pages that lead nowhere: every
/// `href`, `src` and `action` is resolved against its page's folder and must
/// name a generated file; a `#fragment` must name an `id` on the target page.
/// External (`http:`, `https:`, `mailto:`) links are skipped.
struct LinkChecker {
    /// Generated files by path; HTML pages also by text, for their ids.
    let paths: Set<String>
    let pages: [String: String]

    struct Broken: CustomStringConvertible {
        let page: String
        let link: String
        let reason: String
        var description: String { "\(page): \(link) — \(reason)" }
    }

    /// Every attribute value of `attribute` in `html`, entity-decoded.
    static func values(of attribute: String, in html: String) -> [String] {
        let pattern = "\\s\(attribute)=\"([^\"]*)\""
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { decode(String(html[$0])) }
        }
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// `target` as seen from the page at `page`, as a path from the site root; nil when it leaves the site.
    static func resolve(_ target: String, from page: String) -> String? {
        var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for part in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/").removingPercentEncoding
    }

    func broken() -> [Broken] {
        var broken: [Broken] = []
        for (page, html) in pages.sorted(by: { $0.key < $1.key }) {
            let links = ["href", "src", "action"].flatMap { Self.values(of: $0, in: html) }
            for link in links { if let reason = check(link, from: page) { broken.append(Broken(page: page, link: link, reason: reason)) } }
        }
        return broken
    }

    /// Why `link` on `page` is broken, or nil when it is fine.
    func check(_ link: String, from page: String) -> String? {
        let lower = link.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return nil }
        if link.isEmpty { return "empty link" }
        if link.hasPrefix("/") { return "absolute path (breaks on file:// and sub-paths)" }
        if lower.contains(":") && !lower.hasPrefix("#") { return "unexpected scheme" }
        var target = link
        var fragment: String?
        if let hash = target.firstIndex(of: "#") {
            fragment = String(target[target.index(after: hash)...])
            target = String(target[..<hash])
        }
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        let path: String
        if target.isEmpty {
            path = page
        } else {
            guard let resolved = Self.resolve(target, from: page) else { return "leaves the site" }
            path = resolved
        }
        guard paths.contains(path) else { return "no file \(path)" }
        if let fragment, !fragment.isEmpty, let html = pages[path] {
            let ids = Set(Self.values(of: "id", in: html))
            if !ids.contains(fragment.removingPercentEncoding ?? fragment) { return "no id \(fragment) in \(path)" }
        }
        return nil
    }
}
