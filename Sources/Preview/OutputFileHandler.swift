import FlyingFox
import Foundation

/// Serves the files of the output folder: `/` and folders as their
/// `index.html`, HTML with the live-reload script added, nothing outside the
/// folder. While the last build has failed, HTML requests get the error page.
struct OutputFileHandler: HTTPHandler {
    let output: URL
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let snapshot = state.snapshot
        if request.path == LiveReload.statusPath {
            let failed = snapshot.failure == nil ? "false" : "true"
            return response(.ok, type: "application/json",
                            body: Array("{\"generation\":\(snapshot.generation),\"failed\":\(failed)}".utf8))
        }
        if request.path == LiveReload.scriptPath {
            return response(.ok, type: "text/javascript; charset=utf-8", body: Array(LiveReload.script.utf8))
        }
        guard let file = resolve(request.path) else {
            return response(.notFound, type: "text/plain; charset=utf-8", body: Array("404 未找到".utf8))
        }
        let isHTML = file.pathExtension == "html"
        if isHTML, let failure = snapshot.failure {
            return response(.internalServerError, type: "text/html; charset=utf-8", body: ErrorPage.html(failure))
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            let notFound = output.appendingPathComponent("404.html")
            if let page = FileManager.default.contents(atPath: notFound.path) {
                return response(.notFound, type: "text/html; charset=utf-8", body: LiveReload.inject(into: [UInt8](page)))
            }
            return response(.notFound, type: "text/plain; charset=utf-8", body: Array("404 未找到".utf8))
        }
        let bytes = [UInt8](data)
        return response(.ok, type: Self.contentType(of: file), body: isHTML ? LiveReload.inject(into: bytes) : bytes)
    }

    /// The file a request path names inside the output folder; nil for paths that try to leave it.
    func resolve(_ requestPath: String) -> URL? {
        let decoded = requestPath.removingPercentEncoding ?? requestPath
        var parts: [String] = []
        for part in decoded.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." || part.contains("\0") || part.contains("\\") { return nil }
            parts.append(String(part))
        }
        var url = parts.reduce(output) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        if parts.isEmpty || (FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            url = url.appendingPathComponent("index.html")
        }
        return url
    }

    static func contentType(of file: URL) -> String {
        switch file.pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "pdf": "application/pdf"
        case "csv": "text/csv; charset=utf-8"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "xml": "application/xml"
        case "txt", "sha256": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    private func response(_ status: HTTPStatusCode, type: String, body: [UInt8]) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: Data(body))
    }
}
