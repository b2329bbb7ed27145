import Model
import Synchronization
import Testing

/// Independent jobs on all cores: results in list order, the jobs asked for started first.
@Suite struct ConcurrentlyTests {
    @Test func resultsComeInListOrderAndTheLongestStartsFirst() throws {
        let started = Mutex<[Int]>([])
        let jobs: [@Sendable () throws -> Int] = (0..<6).map { n in
            { started.withLock { $0.append(n) }; return n * n }
        }
        #expect(try Concurrently.map(jobs, startFirst: [4, 2]) == [0, 1, 4, 9, 16, 25])
        let order = started.withLock { $0 }
        #expect(order.first == 4)
        #expect(Set(order) == Set(0..<6) && order.count == 6, "every job runs once")
        #expect(try Concurrently.map(jobs, parallel: false, startFirst: [4]) == [0, 1, 4, 9, 16, 25])
    }

    @Test func theFirstErrorInListOrderIsRethrown() {
        struct Failure: Error, Equatable { let n: Int }
        let jobs: [@Sendable () throws -> Int] = (0..<4).map { n in
            { if n >= 2 { throw Failure(n: n) }; return n }
        }
        #expect(throws: Failure(n: 2)) { try Concurrently.map(jobs, startFirst: [3]) }
    }

    @Test func chunksCoverTheRangeOnceInOrder() {
        for count in [0, 1, 999, 1000, 2500, 8001] {
            #expect(Concurrently.chunks(of: count) { range in Array(range) } == Array(0..<count), "\(count)")
        }
        #expect(Concurrently.values(of: [{ 1 }, { 2 }, { 3 }]) == [1, 2, 3])
        let (a, b) = Concurrently.both({ "甲" }, { 2 })
        #expect(a == "甲" && b == 2)
    }
}
