import Foundation
import Model
import Mustache

/// The page templates of `templates/`: every `*.mustache` file, registered
/// under its name without extension, so templates can inherit (`{{<base}}`)
/// and include partials (`{{>header}}`). A maintainer changes the look here
/// without touching Swift.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// Static files to copy (`assets/site.css`), path relative to the templates folder.
    public let assets: [OutputFile]

    public init(directory: URL, diagnostics: inout Diagnostics) {
        var library = MustacheLibrary()
        var assets: [OutputFile] = []
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: directory.path))?.sorted() ?? []
        if names.isEmpty {
            diagnostics.append(.error("模板目录为空或不存在", file: directory.lastPathComponent))
        }
        for name in names where name.hasSuffix(".mustache") {
            let path = directory.appendingPathComponent(name).path
            guard let text = fm.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else { continue }
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                diagnostics.append(.error("模板无法解析：\(error)", file: "templates/\(name)"))
            }
        }
        let assetsFolder = directory.appendingPathComponent("assets")
        for name in ((try? fm.contentsOfDirectory(atPath: assetsFolder.path)) ?? []).sorted() {
            if let data = fm.contents(atPath: assetsFolder.appendingPathComponent(name).path) {
                assets.append(OutputFile(path: "assets/\(name)", bytes: [UInt8](data)))
            }
        }
        self.library = library
        self.assets = assets
    }

    /// Renders `template` with a dictionary context; nil when the template does not exist.
    func render(_ template: String, _ context: [String: Any]) -> String? {
        library.render(context, withTemplate: template)
    }
}
