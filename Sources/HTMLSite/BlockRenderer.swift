import Document
import Model

/// Renders document blocks as HTML fragments. Text is always escaped; raw
/// HTML never reaches a page (the document model has none).
final class BlockRenderer {
    /// Prefix from the page to the folder holding its figure files (`figures/`).
    let figureFolder: String
    /// The SVG files of the figures rendered so far, named `fig-2-1.svg`.
    private(set) var figureFiles: [(name: String, svg: [UInt8])] = []
    /// Prefix from the page to the folder holding its pictures (`images/`),
    /// where the build writes each as `ImageBlock.outputName`.
    let imageFolder: String
    /// Renders pictures in place of ``ImageHTML`` when set (the case pages'
    /// downscaled variants with `srcset`).
    var imageHTML: ((ImageBlock) -> String)?

    init(figureFolder: String, imageFolder: String = "images/") {
        self.figureFolder = figureFolder
        self.imageFolder = imageFolder
    }

    func render(_ blocks: [Block]) -> String {
        blocks.map(render).joined(separator: "\n")
    }

    func render(_ block: Block) -> String {
        switch block {
        case .heading(let h):
            let level = min(max(h.level, 2), 6)
            return "<h\(level) id=\"\(h.anchor)\">\(inline(h.content))</h\(level)>"
        case .paragraph(let content):
            return "<p>\(inline(content))</p>"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            let items = list.items.map { "<li>\(itemBody($0))</li>" }.joined()
            return "<\(tag)\(start)>\(items)</\(tag)>"
        case .quote(let blocks):
            return "<blockquote>\n\(render(blocks))\n</blockquote>"
        case .note(let blocks):
            return "<aside class=\"note\">\n\(render(blocks))\n</aside>"
        case .code(let language, let text):
            let cls = language.map { " class=\"language-\(HTMLEscaping.escape($0))\"" } ?? ""
            return "<pre><code\(cls)>\(HTMLEscaping.escape(text))</code></pre>"
        case .table(let table):
            return TableHTML.render(table, inline: inline)
        case .figure(let figure):
            let (html, svg) = FigureHTML.render(figure, folder: figureFolder)
            figureFiles.append((FigureHTML.fileName(figure), svg))
            return html
        case .image(let image):
            if let imageHTML { return imageHTML(image) }
            return ImageHTML.render(image, folder: imageFolder, inline: inline)
        case .thematicBreak:
            return "<hr>"
        }
    }

    /// A tight list item's single paragraph is written without `<p>`.
    private func itemBody(_ blocks: [Block]) -> String {
        if blocks.count == 1, case .paragraph(let content) = blocks[0] { return inline(content) }
        return render(blocks)
    }

    func inline(_ inlines: [Inline]) -> String {
        var out = ""
        for item in inlines {
            switch item {
            case .text(let text): out += HTMLEscaping.escape(text)
            case .code(let text): out += "<code>\(HTMLEscaping.escape(text))</code>"
            case .emphasis(let c): out += "<em>\(inline(c))</em>"
            case .strong(let c): out += "<strong>\(inline(c))</strong>"
            case .strikethrough(let c): out += "<del>\(inline(c))</del>"
            case .link(let destination, let c):
                out += "<a href=\"\(HTMLEscaping.escape(destination))\">\(inline(c))</a>"
            case .lineBreak: out += "<br>"
            case .value(let name, let text):
                out += "<span class=\"figure-value\" data-name=\"\(HTMLEscaping.escape(name))\">\(HTMLEscaping.escape(text))</span>"
            }
        }
        return out
    }
}
