import Document
import Model

/// A case picture on a page: `<img>` with `srcset` over its web variants,
/// `sizes` for where it sits, `src` the 960 px variant (or the largest),
/// `width`/`height` of that variant, escaped `alt`, and lazy loading except
/// for the picture at the top of the page.
enum CasePictureHTML {
    /// How wide the picture is shown, for the browser's choice of variant.
    enum Slot {
        /// The cover at the top of a case page, beside the facts box on wide screens.
        case cover
        /// A picture in the body text column.
        case body
        /// A picture of the photo gallery.
        case gallery
        /// The thumbnail of a case card.
        case card

        var sizes: String {
            switch self {
            case .cover: "(min-width: 60rem) 38rem, calc(100vw - 2rem)"
            case .body: "(min-width: 48rem) 46rem, calc(100vw - 2rem)"
            case .gallery: "(min-width: 60rem) 20rem, (min-width: 36rem) calc(50vw - 2rem), calc(100vw - 2rem)"
            case .card: "(min-width: 60rem) 20rem, (min-width: 40rem) calc(50vw - 2rem), calc(100vw - 2rem)"
            }
        }
    }

    /// The variant `src` points to: 960 px wide when there is one, else the largest.
    static func fallback(_ variants: [WebVariant]) -> WebVariant? {
        variants.first { $0.width == 960 } ?? variants.max { $0.width < $1.width }
    }

    /// The `<img>` of `image`; `folder` is the images folder relative to the page
    /// (`images/`). Empty when the picture has no variants (it could not be made;
    /// the build reports that as an error).
    static func img(_ image: ImageBlock, variants: [WebVariant], folder: String, slot: Slot, eager: Bool = false,
                    className: String? = nil) -> String {
        guard let src = fallback(variants) else { return "" }
        let srcset = variants.map { "\(folder)\($0.name) \($0.width)w" }.joined(separator: ", ")
        var html = "<img"
        if let className { html += " class=\"\(HTMLEscaping.escape(className))\"" }
        html += " src=\"\(HTMLEscaping.escape(folder + src.name))\" srcset=\"\(HTMLEscaping.escape(srcset))\""
        html += " sizes=\"\(slot.sizes)\" width=\"\(src.width)\" height=\"\(src.height)\""
        html += " alt=\"\(HTMLEscaping.escape(image.alt))\""
        html += eager ? " loading=\"eager\" decoding=\"async\">" : " loading=\"lazy\" decoding=\"async\">"
        return html
    }

    /// `<figure>` with the picture and its caption (escaped inline text).
    static func figure(_ image: ImageBlock, variants: [WebVariant], folder: String, slot: Slot, eager: Bool = false,
                       className: String = "image", inline: ([Inline]) -> String) -> String {
        let img = img(image, variants: variants, folder: folder, slot: slot, eager: eager)
        guard !img.isEmpty else { return "" }
        var html = "<figure class=\"\(className)\">\(img)"
        if let caption = image.caption, !caption.isEmpty { html += "<figcaption>\(inline(caption))</figcaption>" }
        return html + "</figure>"
    }
}
