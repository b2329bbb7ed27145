import Foundation

/// A PDF's objects as `qpdf --json` reports them, with the few questions
/// the tests ask: page labels, link annotations, named destinations.
struct PDFStructure {
    /// A link annotation: where it is and where it goes.
    struct Link: Equatable {
        /// Named destination (`/Dest (name)`), if it jumps inside the file.
        var destination: String?
        /// `/A << /S /URI /URI (…) >>`, if it leaves the file.
        var uri: String?
        /// `/Rect` in PDF units (origin bottom-left).
        var rect: [Double]
    }

    private let objects: [String: Any]
    /// Each page's object reference ("2 0 R") and label ("封面", "I", "1").
    let pages: [(object: String, label: String)]

    init(path: String) throws {
        let output = try PopplerTools.run("qpdf", ["--json", path])
        guard let json = try JSONSerialization.jsonObject(with: Data(output.text.utf8)) as? [String: Any],
              let qpdf = json["qpdf"] as? [Any], qpdf.count > 1, let objects = qpdf[1] as? [String: Any],
              let pages = json["pages"] as? [[String: Any]] else {
            throw PDFStructureError.unreadable(output.text)
        }
        self.objects = objects
        self.pages = pages.map { page in
            (page["object"] as? String ?? "", Self.label(page["label"] as? [String: Any] ?? [:]))
        }
    }

    /// The dictionary of object `reference` ("12 0 R"), streams' dictionaries included.
    func dictionary(_ reference: Any?) -> [String: Any]? {
        if let inline = reference as? [String: Any] { return inline }
        guard let reference = reference as? String,
              let entry = objects["obj:" + reference] as? [String: Any] else { return nil }
        if let value = entry["value"] as? [String: Any] { return value }
        return (entry["stream"] as? [String: Any])?["dict"] as? [String: Any]
    }

    /// The link annotations of page `index` (0-based).
    func links(onPage index: Int) -> [Link] {
        let annotations = dictionary(pages[index].object)?["/Annots"] as? [Any] ?? []
        return annotations.compactMap { dictionary($0) }.filter { $0["/Subtype"] as? String == "/Link" }.map { link in
            let action = dictionary(link["/A"])
            return Link(destination: (link["/Dest"] as? String).map(Self.text),
                        uri: (action?["/URI"] as? String).map(Self.text),
                        rect: (link["/Rect"] as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.doubleValue })
        }
    }

    /// Every named destination with the index (0-based) of its page and its y (PDF units).
    func namedDestinations() -> [String: (page: Int, y: Double)] {
        guard let root = objects.values.compactMap({ ($0 as? [String: Any])?["value"] as? [String: Any] })
            .first(where: { $0["/Type"] as? String == "/Catalog" }),
            let names = dictionary(root["/Names"]), let tree = dictionary(names["/Dests"]) else { return [:] }
        var result: [String: (page: Int, y: Double)] = [:]
        func walk(_ node: [String: Any]) {
            for kid in node["/Kids"] as? [Any] ?? [] { if let kid = dictionary(kid) { walk(kid) } }
            let flat = node["/Names"] as? [Any] ?? []
            for index in stride(from: 0, to: flat.count - 1, by: 2) {
                guard let name = flat[index] as? String, let target = flat[index + 1] as? [Any],
                      let page = target.first as? String,
                      let pageIndex = pages.firstIndex(where: { $0.object == page }) else { continue }
                let y = target.count > 3 ? (target[3] as? NSNumber)?.doubleValue ?? 0 : 0
                result[Self.text(name)] = (pageIndex, y)
            }
        }
        walk(tree)
        return result
    }

    /// Index (0-based) of the page labelled `label`.
    func page(labelled label: String) -> Int? { pages.firstIndex { $0.label == label } }

    /// qpdf writes text strings as "u:…" (or "b:" + hex for binary ones).
    private static func text(_ value: String) -> String {
        value.hasPrefix("u:") ? String(value.dropFirst(2)) : value
    }

    private static func label(_ dictionary: [String: Any]) -> String {
        let prefix = (dictionary["/P"] as? String).map(text) ?? ""
        guard dictionary["/S"] as? String == "/D" else { return prefix }
        return prefix + String((dictionary["/St"] as? NSNumber)?.intValue ?? 1)
    }
}

enum PDFStructureError: Error {
    case unreadable(String)
}
