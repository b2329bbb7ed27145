import FlyingFox
import Foundation

/// The `serve` command's HTTP side: the output folder on 127.0.0.1 (never
/// on other interfaces), with live reload and the last build's errors.
///
/// FlyingFox is the server: a small Swift-concurrency HTTP server on BSD
/// sockets with no further dependencies, where SwiftNIO would bring a
/// dozen modules for a preview that serves one person's browser.
public final class PreviewServer: Sendable {
    public let state = PreviewState()
    private let server: HTTPServer

    /// A server for `output` on 127.0.0.1:`port` (0 picks a free port).
    public init(output: URL, port: UInt16) throws {
        let handler = OutputFileHandler(output: output, state: state)
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), handler: handler)
    }

    /// Starts listening in the background and returns the port it listens on.
    public func start() async throws -> UInt16 {
        let server = self.server
        Task { try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw PreviewError("预览服务器没有在 127.0.0.1 上监听")
        }
        return port
    }

    public func stop() async {
        await server.stop(timeout: 1)
    }
}

/// A preview server that cannot start.
public struct PreviewError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
