import Foundation
import ZIPFoundation

/// The parts of an .xlsx (an OPC zip package) that reading a sheet needs,
/// found through the package's relationships as SpreadsheetML defines them.
struct XLSXPackage {
    struct FirstSheet {
        var name: String
        /// Zip path of the sheet's XML, nil when the workbook names no sheet part.
        var path: String?
        /// The relationship type's last word: `worksheet`, `chartsheet`, …
        var kind: String
    }

    let archive: Archive

    /// The bytes of the part at `path` (tried case-insensitively when not found
    /// as written), or nil when the package has no such part.
    func part(_ path: String) throws -> Data? {
        let wanted = path.lowercased()
        guard let entry = archive[path] ?? archive.first(where: { $0.path.lowercased() == wanted }) else { return nil }
        var data = Data()
        data.reserveCapacity(Int(clamping: entry.uncompressedSize))
        _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        return data
    }

    /// Relationship id → (type's last word, resolved zip path) of the part at `source`.
    func relationships(of source: String) throws -> [String: (type: String, path: String)] {
        let folder = XLSXPackage.folder(of: source)
        let name = String(source.split(separator: "/").last ?? "")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let data = try part(relsPath) else { return [:] }
        var result: [String: (type: String, path: String)] = [:]
        for case let .start("Relationship", attributes) in try XLSXTagCollector.parse(data) {
            guard let id = attributes["Id"], let target = attributes["Target"],
                  attributes["TargetMode"] != "External" else { continue }
            let type = String(attributes["Type"]?.split(separator: "/").last ?? "")
            result[id] = (type, XLSXPackage.resolve(target, from: folder))
        }
        return result
    }

    /// The workbook part named by the package's `officeDocument` relationship.
    func workbookPath() throws -> String {
        let root = try relationships(of: "")
        return root.values.first(where: { $0.type == "officeDocument" })?.path ?? "xl/workbook.xml"
    }

    /// The workbook's first `<sheet>` (in workbook order, which is tab order)
    /// and whether dates count from 1904.
    func firstSheet(workbook data: Data,
                    relationships: [String: (type: String, path: String)]) throws -> (FirstSheet?, date1904: Bool) {
        var first: FirstSheet?
        var date1904 = false
        for case let .start(name, attributes) in try XLSXTagCollector.parse(data) {
            if name == "workbookPr", let flag = attributes["date1904"] {
                date1904 = flag == "1" || flag.lowercased() == "true"
            } else if name == "sheet", first == nil {
                let target = attributes["id"].flatMap { relationships[$0] }
                first = FirstSheet(name: attributes["name"] ?? "", path: target?.path, kind: target?.type ?? "")
            }
        }
        return (first, date1904)
    }

    /// The number format of each cell style (`cellXfs`, indexed by a cell's `s`).
    func formats(path: String?) throws -> [XLSXNumberFormat] {
        guard let path, let data = try part(path) else { return [] }
        var codes: [Int: String] = [:]
        var formats: [XLSXNumberFormat] = []
        var inCellXfs = false
        for event in try XLSXTagCollector.parse(data) {
            switch event {
            case let .start("numFmt", attributes):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                    codes[id] = code
                }
            case .start("cellXfs", _): inCellXfs = true
            case .end("cellXfs"): inCellXfs = false
            case let .start("xf", attributes) where inCellXfs:
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                formats.append(XLSXNumberFormat(id: id, customCode: codes[id]))
            default: break
            }
        }
        return formats
    }

    /// The folder of a zip path: `xl/workbook.xml` → `xl`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// A relationship target as a zip path: absolute (`/xl/worksheets/sheet1.xml`)
    /// or relative to the source part's folder, with `.` and `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? target : folder + "/" + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
