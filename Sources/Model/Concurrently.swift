import Dispatch
import Synchronization

/// Runs independent pieces of work on all cores and hands back their
/// results in the order the work was listed, so what a build writes never
/// depends on which piece finished first.
///
/// Dispatch's `concurrentPerform` rather than a task group: the build
/// pipeline is synchronous (the command line and the preview server call
/// it from ordinary threads), and blocking a Swift-concurrency thread to
/// wait for a task group can starve the cooperative pool on a 2-core machine.
public enum Concurrently {
    /// The results of `jobs`, in order. When jobs throw, the error of the
    /// first of them in list order is rethrown (after all have run).
    /// `parallel: false` runs them one after the other on the calling thread
    /// (to compare, or to debug).
    ///
    /// `startFirst` lists jobs to start before the others, in that order: the
    /// longest first, so that no long job starts last and runs alone at the end.
    public static func map<T: Sendable>(_ jobs: [@Sendable () throws -> T], parallel: Bool = true,
                                        startFirst: [Int] = []) throws -> [T] {
        if jobs.count == 1 || !parallel { return try jobs.map { try $0() } }
        let first = startFirst.filter { jobs.indices.contains($0) }
        let order = first + jobs.indices.filter { !first.contains($0) }
        let next = Atomic(0)
        let results = Mutex<[Result<T, any Error>?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { _ in
            // Each worker takes the next job in `order`, whichever iteration it runs.
            let index = order[next.add(1, ordering: .relaxed).oldValue]
            let result = Result { try jobs[index]() }
            results.withLock { $0[index] = result }
        }
        return try results.withLock { $0 }.map { result in
            guard let result else { preconditionFailure("concurrentPerform ran every iteration") }
            return try result.get()
        }
    }
}
