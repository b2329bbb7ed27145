import FlyingFox
import Foundation
import Testing
import TestSupport
@testable import Preview

/// The preview server's file side: paths stay inside output/, pages get the
/// reload script, and a failed build replaces every page with its problems.
@Suite struct OutputFileHandlerTests {
    let output: URL
    let state = PreviewState()
    var handler: OutputFileHandler { OutputFileHandler(output: output, state: state) }

    init() throws {
        output = try Fixtures.temporaryFolder()
        try Fixtures.write("<!DOCTYPE html><html><body><p>首页</p></body></html>", to: output.appendingPathComponent("index.html"))
        try Fixtures.write("<html><body>案例</body></html>", to: output.appendingPathComponent("cases/2025/index.html"))
        try Fixtures.write("body{}", to: output.appendingPathComponent("assets/site.css"))
    }

    private func get(_ path: String) async throws -> (status: Int, type: String?, body: String) {
        let response = try await handler.handleRequest(HTTPRequest(method: .GET, version: .http11, path: path, query: [],
                                                                   headers: [:], body: Data()))
        let body = try await response.bodyData
        return (response.statusCode.code, response.headers[.contentType], String(decoding: body, as: UTF8.self))
    }

    @Test func pathsResolveInsideTheOutputFolderOnly() {
        #expect(handler.resolve("/") == output.appendingPathComponent("index.html"))
        #expect(handler.resolve("/cases/2025/") == output.appendingPathComponent("cases/2025/index.html"))
        #expect(handler.resolve("/cases/2025") == output.appendingPathComponent("cases/2025/index.html"))
        #expect(handler.resolve("/assets/site.css") == output.appendingPathComponent("assets/site.css"))
        #expect(handler.resolve("/../../etc/passwd") == nil)
        #expect(handler.resolve("/%2e%2e/%2e%2e/etc/passwd") == nil)
        #expect(handler.resolve("/a/..%2F..%2Fetc") == nil)
    }

    @Test func pagesGetTheReloadScriptBeforeTheirBodyEnds() async throws {
        let page = try await get("/")
        #expect(page.status == 200 && page.type == "text/html; charset=utf-8")
        #expect(page.body == "<!DOCTYPE html><html><body><p>首页</p><script src=\"/__smartsite/reload.js\" defer></script></body></html>")
        let css = try await get("/assets/site.css")
        #expect(css.body == "body{}" && css.type == "text/css; charset=utf-8")
        #expect(try await get("/missing.html").status == 404)
        #expect(try await get("/__smartsite/status").body == "{\"generation\":0,\"failed\":false}")
    }

    @Test func aFailedBuildShowsItsProblemsInsteadOfPagesUntilTheNextSuccess() async throws {
        state.finished(failure: "错误 (error) pages/about.md:5: 未知的数据名称「<x>」")
        let page = try await get("/cases/2025/")
        #expect(page.status == 500)
        #expect(page.body.contains("<pre>错误 (error) pages/about.md:5: 未知的数据名称「&lt;x&gt;」</pre>"))
        #expect(page.body.contains("/__smartsite/reload.js"))
        #expect(try await get("/assets/site.css").body == "body{}")  // assets still load
        #expect(try await get("/__smartsite/status").body == "{\"generation\":1,\"failed\":true}")
        state.finished(failure: nil)
        #expect(try await get("/cases/2025/").body.contains("案例"))
        #expect(try await get("/__smartsite/status").body == "{\"generation\":2,\"failed\":false}")
    }
}
