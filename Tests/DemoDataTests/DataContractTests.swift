import Foundation
import Testing

/// Cross-checks the headers with the data contract itself, when
/// `../shared/DATA.md` sits beside the checkout (as in CI).
@Suite struct DataContractTests {
    static let dataMD: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/DATA.md")

    /// Chinese headers per dataset as DATA.md §2 lists them (tables and the dust bullets).
    static func contractHeaders() throws -> [String: [String]] {
        let text = try String(contentsOf: dataMD, encoding: .utf8)
        var result: [String: [String]] = [:]
        var current: String? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("### ") {
                current = line.dropFirst(4).split(separator: " ").first.map(String.init)
            } else if line.hasPrefix("## ") {
                current = nil
            } else if let name = current, line.hasPrefix("| "), !line.hasPrefix("| header"), !line.hasPrefix("|---") {
                let cell = line.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                result[name, default: []].append(cell)
            } else if line.hasPrefix("- `"), let close = line.dropFirst(3).firstIndex(of: "`") {
                let name = String(line[line.index(line.startIndex, offsetBy: 3)..<close])
                let rest = line[line.index(after: close)...].replacingOccurrences(
                    of: #"\([^)]*\)?"#, with: "", options: .regularExpression)
                let body = rest.drop { $0 == ":" || $0 == " " }
                result[name] = body.split(separator: ",").compactMap {
                    $0.split(separator: " ").first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
                }
            }
        }
        return result
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dataMD.path)))
    func headersAreThoseOfDATAmd() throws {
        let contract = try Self.contractHeaders()
        for (file, expected) in GeneratorTests.expectedHeaders {
            let dataset = String(file.dropLast(4))
            let listed = try #require(contract[dataset], "DATA.md has no \(dataset)")
            // 分项:NAME columns are open-ended in the contract.
            let written = expected.filter { !$0.hasPrefix("分项:") }
            let required = listed.filter { !$0.hasPrefix("分项:") }
            #expect(written == required, "\(file)")
        }
    }
}
