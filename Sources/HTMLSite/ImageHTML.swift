import Document
import Model

/// A picture on a page: `<figure class="image">` with the image at its
/// natural size (the stylesheet scales it down to the column), lazy
/// loading, and the caption under it.
///
/// The file is written beside the page by the build, as
/// `images/<ImageBlock.outputName>`; the bytes are the original file's.
/// A JPEG with an EXIF orientation is not turned here: browsers apply the
/// orientation to `<img>` by default (`image-orientation: from-image`),
/// and `width`/`height` already give the size as shown.
enum ImageHTML {
    /// The HTML of `image`, whose file lives in `folder` (relative to the page, ending in `/`).
    static func render(_ image: ImageBlock, folder: String, inline: ([Inline]) -> String) -> String {
        var html = "<figure class=\"image\"><img src=\"\(HTMLEscaping.escape(folder + image.outputName))\""
        html += " alt=\"\(HTMLEscaping.escape(image.alt))\" width=\"\(image.width)\" height=\"\(image.height)\""
        html += " loading=\"lazy\" decoding=\"async\">"
        if let caption = image.caption, !caption.isEmpty {
            html += "<figcaption>\(inline(caption))</figcaption>"
        }
        return html + "</figure>"
    }
}
