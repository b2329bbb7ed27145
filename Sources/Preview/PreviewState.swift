import Synchronization

/// What the preview server tells open pages: which build they show and
/// whether the last build failed (then pages show its problems instead of
/// stale content). Shared between the build loop and the request handlers.
public final class PreviewState: Sendable {
    public struct Snapshot: Sendable, Equatable {
        /// Counts finished builds, successful or not; pages reload when it changes.
        public var generation: Int
        /// The last build's problems as text; nil when it succeeded.
        public var failure: String?
    }

    private let state = Mutex(Snapshot(generation: 0, failure: nil))

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    /// Records a finished build: `failure` is nil when it succeeded.
    public func finished(failure: String?) {
        state.withLock {
            $0.generation += 1
            $0.failure = failure
        }
    }
}
