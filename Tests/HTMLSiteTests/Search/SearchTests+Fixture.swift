import Foundation
@testable import HTMLSite
import Testing
import TestSupport

extension SearchTests {
    /// `fixture-index.js` is the index of `entries`, so that `search.test.js` runs the script
    /// against what Swift writes. Regenerate with `SMARTSITE_UPDATE_SEARCH_FIXTURE=1`.
    @Test func nodeFixtureIsTheIndexOfTheEntries() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/HTMLSiteTests/Search/fixture-index.js")
        let bytes = SearchIndex.files(Self.entries)[0].bytes
        if ProcessInfo.processInfo.environment["SMARTSITE_UPDATE_SEARCH_FIXTURE"] == "1" {
            try Data(bytes).write(to: url)
        }
        let stored = try Data(contentsOf: url)
        #expect([UInt8](stored) == bytes, "run with SMARTSITE_UPDATE_SEARCH_FIXTURE=1 to regenerate fixture-index.js")
    }
}
