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

    /// The values of `jobs`, which cannot fail, in order.
    public static func values<T: Sendable>(of jobs: [@Sendable () -> T], parallel: Bool = true) -> [T] {
        if jobs.count == 1 || !parallel { return jobs.map { $0() } }
        let results = Mutex<[T?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let value = jobs[index]()
            results.withLock { $0[index] = value }
        }
        return results.withLock { $0 }.map { value in
            guard let value else { preconditionFailure("concurrentPerform ran every iteration") }
            return value
        }
    }

    /// `body` over `0..<count` cut into up to 8 ranges of at least 1,000, the results joined in
    /// order: for loops whose iterations are independent and too small to be jobs of their own.
    public static func chunks<T: Sendable>(of count: Int, parallel: Bool = true,
                                           _ body: @escaping @Sendable (Range<Int>) -> [T]) -> [T] {
        let pieces = parallel ? max(1, min(8, count / 1000)) : 1
        let size = max(1, (count + pieces - 1) / pieces)
        let ranges = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        return values(of: ranges.map { range in { body(range) } }, parallel: parallel).flatMap { $0 }
    }

    /// `a` and `b` side by side.
    public static func both<A: Sendable, B: Sendable>(_ a: @escaping @Sendable () -> A,
                                                      _ b: @escaping @Sendable () -> B) -> (A, B) {
        let first = Mutex<A?>(nil), second = Mutex<B?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let value = a()
                first.withLock { $0 = value }
            } else {
                let value = b()
                second.withLock { $0 = value }
            }
        }
        guard let x = first.withLock({ $0 }), let y = second.withLock({ $0 }) else {
            preconditionFailure("concurrentPerform ran both iterations")
        }
        return (x, y)
    }
}
