import Dispatch
import Synchronization

/// Work started now on another core, its result waited for where it is
/// needed: the data downloads' tables are made while the chapters are
/// converted, on the core the conversion leaves idle.
final class BackgroundJob<Value: Sendable>: Sendable {
    private let outcome = Mutex<Result<Value, any Error>?>(nil)
    private let finished = DispatchGroup()

    init(_ work: @escaping @Sendable () throws -> Value) {
        finished.enter()
        DispatchQueue.global().async { [self] in
            let result = Result { try work() }
            outcome.withLock { $0 = result }
            finished.leave()
        }
    }

    /// The value, once the work is done; rethrows what the work threw.
    func value() throws -> Value {
        finished.wait()
        return try outcome.withLock { $0! }.get()
    }
}
