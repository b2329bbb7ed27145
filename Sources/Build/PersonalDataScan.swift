import Document
import Foundation
import Model

/// The last check before anything is written: no mobile number and no
/// resident ID number may reach the public output unless site.yml lists it
/// under `personal_data.allow`. Text files are scanned as written; PDFs and
/// XLSX files are checked through what they are made of (the document's text
/// and the CSV twin of every workbook).
enum PersonalDataScan {
    /// Extensions scanned as text. SVG is left out: charts hold glyph outlines, not text.
    static let textExtensions: Set<String> = ["html", "js", "json", "csv", "xml", "txt", "md"]

    /// The problems, each pointing at the first place in `content` (a dataset row, a chapter or
    /// case line) where the number is written, when it can be found there.
    static func scan(files: [OutputFile], publications: [Publication], allowed: Set<String>,
                     content: URL? = nil) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let sources = content.map(SourceText.init)
        func report(_ place: String, _ hit: (kind: String, value: String)) {
            problems.append(finding(place, hit, source: sources?.firstLine(containing: hit.value)))
        }
        for file in files {
            guard let ext = file.path.split(separator: ".").last, textExtensions.contains(String(ext)) else { continue }
            for hit in findings(in: file.bytes, allowed: allowed) { report(file.path, hit) }
        }
        for publication in publications {
            for chapter in publication.chapters {
                for hit in findings(in: chapter.blocks.plainText, allowed: allowed) {
                    report("\(publication.kind.rawValue)/\(publication.year) PDF（\(chapter.source)）", hit)
                }
            }
        }
        return problems
    }

    /// The content's text files, read only when a number was found, to say where it came from.
    final class SourceText {
        let root: URL
        private lazy var files: [(path: String, lines: [Substring])] = {
            let fm = FileManager.default
            guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
            else { return [] }
            var result: [(String, [Substring])] = []
            let base = root.standardizedFileURL.path
            for case let url as URL in walker where ["csv", "md", "yml", "yaml"].contains(url.pathExtension.lowercased()) {
                guard let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize, size < 64 << 20,
                      let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
                result.append((path, text.split(separator: "\n", omittingEmptySubsequences: false)))
            }
            return result.sorted { $0.0 < $1.0 }
        }()

        init(_ root: URL) { self.root = root }

        /// The first file and line (1-based) whose digits hold `value` (also when written 3-4-4).
        func firstLine(containing value: String) -> (file: String, line: Int)? {
            var forms = [value]
            if value.count == 11 {
                let d = Array(value)
                forms.append(String(d[0..<3]) + "-" + String(d[3..<7]) + "-" + String(d[7...]))
                forms.append(String(d[0..<3]) + " " + String(d[3..<7]) + " " + String(d[7...]))
            }
            for file in files {
                for (index, line) in file.lines.enumerated() where forms.contains(where: { line.contains($0) }) {
                    return (file.path, index + 1)
                }
            }
            return nil
        }
    }

    private static func finding(_ place: String, _ hit: (kind: String, value: String),
                                source: (file: String, line: Int)?) -> Diagnostic {
        let origin = source.map { "（来自 \($0.file) 第 \($0.line) 行）" } ?? ""
        return .error("输出文件 \(place) 含有疑似\(hit.kind) \"\(mask(hit.value))\"\(origin)，已停止构建，未写入任何文件",
                      file: source?.file, line: source?.line,
                      hint: "个人信息不得公开。若确属可公开的号码，在 site.yml 的 personal_data.allow 中列出它")
    }

    /// The number with its middle digits hidden, so the log does not repeat it.
    static func mask(_ value: String) -> String {
        let chars = Array(value)
        guard chars.count > 7 else { return value }
        return String(chars.prefix(3)) + String(repeating: "*", count: chars.count - 7) + String(chars.suffix(4))
    }

    /// Mobile numbers (11 digits starting 13–19, also written 3-4-4 with spaces or hyphens) and
    /// 18-character ID numbers with a valid GB 11643 check character, not inside a longer token.
    static func findings(in text: String, allowed: Set<String>) -> [(kind: String, value: String)] {
        findings(in: Array(text.utf8), allowed: allowed)
    }

    /// The same on UTF-8 bytes: every character the rules look at is ASCII, and the bytes of other
    /// characters are never ASCII, so a byte scan finds exactly what a character scan finds.
    static func findings(in bytes: [UInt8], allowed: Set<String>) -> [(kind: String, value: String)] {
        var result: [(String, String)] = []
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        func isAlnum(_ b: UInt8) -> Bool {
            isDigit(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
        }
        let count = bytes.count
        var i = 0
        while i < count {
            guard isDigit(bytes[i]), i == 0 || !isAlnum(bytes[i - 1]) else { i += 1; continue }
            var j = i
            var digits: [UInt8] = []
            while j < count, isDigit(bytes[j]) || ((bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: " "))
                                                   && j + 1 < count && isDigit(bytes[j + 1]) && digits.count < 11) {
                if isDigit(bytes[j]) { digits.append(bytes[j]) }
                j += 1
            }
            var end = j
            if digits.count == 17, end < count, bytes[end] == UInt8(ascii: "X") || bytes[end] == UInt8(ascii: "x") {
                digits.append(UInt8(ascii: "X"))
                end += 1
            }
            let bounded = end == count || !isAlnum(bytes[end])
            if bounded, digits.count == 11 || digits.count == 18 {
                let value = String(decoding: digits, as: UTF8.self)
                if !allowed.contains(value) {
                    if digits.count == 11, isMobile(value) { result.append(("手机号码", value)) }
                    if digits.count == 18, isResidentID(value) { result.append(("身份证号码", value)) }
                }
            }
            i = max(end, i + 1)
        }
        return result
    }

    static func isMobile(_ digits: String) -> Bool {
        let d = Array(digits.utf8)
        return d.count == 11 && d[0] == UInt8(ascii: "1") && (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(d[1])
    }

    /// GB 11643-1999: weights 2^(17−i) mod 11, check "10X98765432"[Σ mod 11], and a real birth date.
    static func isResidentID(_ id: String) -> Bool {
        let c = Array(id.utf8)
        guard c.count == 18 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for k in 0..<17 { sum += Int(c[k] - UInt8(ascii: "0")) * weights[k] }
        let check = Array("10X98765432".utf8)[sum % 11]
        guard c[17] == check else { return false }
        let year = Int(String(decoding: c[6..<10], as: UTF8.self)) ?? 0
        let month = Int(String(decoding: c[10..<12], as: UTF8.self)) ?? 0
        let day = Int(String(decoding: c[12..<14], as: UTF8.self)) ?? 0
        return (1900...2100).contains(year) && Day(year: year, month: month, day: day) != nil
    }
}
