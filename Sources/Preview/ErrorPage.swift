/// The page every HTML request gets while the last build has failed: the
/// problems as the terminal printed them, so the author sees them where
/// they were looking, and the page reloads by itself once a build succeeds.
enum ErrorPage {
    static func html(_ failure: String) -> [UInt8] {
        let escaped = failure
            .replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        let page = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>构建失败 · SmartSite 预览</title>
            <style>
            body { font-family: "Noto Sans CJK SC", sans-serif; margin: 2rem; color: #0b0c0c; }
            h1 { color: #b10e1e; font-size: 1.6rem; }
            pre { background: #f3f2f1; border-left: 5px solid #b10e1e; padding: 1rem; white-space: pre-wrap; }
            </style></head>
            <body>
            <h1>构建失败</h1>
            <p>修改下列问题并保存文件后，页面会自动刷新。原有的网站内容没有改动。</p>
            <pre>\(escaped)</pre>
            \(LiveReload.tag)
            </body>
            </html>

            """
        return Array(page.utf8)
    }
}
