@testable import Build
import Foundation
import Testing

/// Work started on another core hands back its value, or its error, to whoever waits.
@Suite struct BackgroundJobTests {
    struct Failure: Error, Equatable {}

    @Test func theValueIsWaitedFor() throws {
        let job = BackgroundJob {
            usleep(20_000)
            return (1...1000).reduce(0, +)
        }
        #expect(try job.value() == 500_500)
        #expect(try job.value() == 500_500, "asked twice, the same value")
    }

    @Test func anErrorIsRethrownWhereTheValueIsNeeded() {
        let job = BackgroundJob<Int> { throw Failure() }
        #expect(throws: Failure()) { try job.value() }
    }
}
