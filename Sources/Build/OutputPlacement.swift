import Foundation

/// Where an output folder may not go. A build replaces its output folder
/// whole (staging folder, then a swap), so an output that is the content
/// folder, contains it, or sits inside one of its source folders would
/// delete the very files it is built from.
public enum OutputPlacement {
    /// The content folders an output must stay out of.
    static let sourceFolders = ["data", "reports", "cases", "pages", "templates"]

    /// Why `output` cannot be used with `content`, or nil when it can.
    public static func problem(output: URL, content: URL) -> String? {
        let out = output.standardizedFileURL.resolvingSymlinksInPath().path
        let source = content.standardizedFileURL.resolvingSymlinksInPath().path
        if out == source || source.hasPrefix(out + "/") || out == "/" {
            return "输出目录 \(output.path) 是内容目录或包含内容目录，生成时会被整个替换 (the output folder would replace the content)"
        }
        for folder in sourceFolders {
            let inside = source + "/" + folder
            if out == inside || out.hasPrefix(inside + "/") {
                return "输出目录 \(output.path) 位于内容目录的 \(folder)/ 中，生成时会被整个替换 (the output folder is inside content/\(folder))"
            }
        }
        return nil
    }
}
