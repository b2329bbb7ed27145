/// The script every previewed page gets: it asks the server once a second
/// which build is current and reloads the page when another build has
/// finished. Served from the server's own path, so the site's pages need
/// no inline script.
enum LiveReload {
    static let statusPath = "/__smartsite/status"
    static let scriptPath = "/__smartsite/reload.js"

    static let script = """
        (function () {
          var seen = null;
          function poll() {
            fetch("\(statusPath)", { cache: "no-store" })
              .then(function (r) { return r.json(); })
              .then(function (s) {
                if (seen !== null && s.generation !== seen) { location.reload(); return; }
                seen = s.generation;
                setTimeout(poll, 1000);
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          poll();
        })();

        """

    static let tag = "<script src=\"\(scriptPath)\" defer></script>"

    /// The page with the script tag before `</body>` (or at the end).
    static func inject(into html: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        let tagBytes = Array(tag.utf8)
        if let index = lastIndex(of: marker, in: html) {
            return Array(html[..<index]) + tagBytes + Array(html[index...])
        }
        return html + tagBytes
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var i = bytes.count - pattern.count
        while i >= 0 {
            if bytes[i] == pattern[0] && Array(bytes[i..<(i + pattern.count)]) == pattern { return i }
            i -= 1
        }
        return nil
    }
}
