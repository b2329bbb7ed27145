import Foundation
import Model

/// A picture that cannot be used, with what to do about it.
struct ImageFailure: Error {
    let message: String
    let hint: String?
}

/// Finds, checks and reads the picture a chapter refers to. The path is
/// relative to the chapter file's folder and must stay inside the content
/// folder: `..` that climbs out of it, absolute paths, URLs and symbolic
/// links pointing outside are refused. Only PNG and JPEG files whose
/// content matches their extension are read.
struct ImageLoader {
    /// The content folder; nil when the caller supplied none (pictures cannot be read then).
    let contentRoot: URL?
    /// The chapter's path relative to the content root (`reports/annual/01-overview.md`).
    let chapterPath: String

    /// Largest side and pixel count accepted, so a hostile file cannot make
    /// the PDF stage allocate gigabytes for one picture.
    static let maximumSide = 16_000
    static let maximumPixels = 50_000_000

    private static let placeHint = "图片放在 content/ 目录中，路径相对于章节文件所在的文件夹，如 images/tower.png"

    /// The picture's path relative to the content root, its bytes and its header.
    func load(_ written: String) throws(ImageFailure) -> (source: String, bytes: [UInt8], info: ImageInfo) {
        let source = try contentPath(of: written)
        guard let contentRoot else {
            throw ImageFailure(message: "未提供内容目录，无法读取图片「\(written)」", hint: nil)
        }
        let name = source.split(separator: "/").last ?? ""
        let fileExtension = name.contains(".") ? String(name.split(separator: ".").last ?? "") : ""
        guard let expected = ImageFormat(fileExtension: fileExtension) else {
            throw ImageFailure(message: "图片「\(written)」的格式不受支持，只能使用 PNG 或 JPEG 图片",
                               hint: "文件扩展名应为 .png、.jpg 或 .jpeg")
        }
        let root = contentRoot.standardizedFileURL
        let url = root.appendingPathComponent(source)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ImageFailure(message: "图片「\(written)」不存在（应位于 content/\(source)）", hint: Self.placeHint)
        }
        let resolvedRoot = root.resolvingSymlinksInPath().path
        guard url.resolvingSymlinksInPath().path.hasPrefix(resolvedRoot + "/") else {
            throw ImageFailure(message: "图片「\(written)」是指向 content/ 目录之外的链接，不允许使用", hint: Self.placeHint)
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ImageFailure(message: "无法读取图片「\(written)」", hint: "检查文件的读取权限")
        }
        let bytes = [UInt8](data)
        guard let actual = ImageHeader.format(of: bytes) else {
            throw ImageFailure(message: "图片「\(written)」不是有效的 \(expected.label) 文件",
                               hint: "文件内容不是图片（可能只是改了扩展名）；请用图片软件另存为 PNG 或 JPEG")
        }
        guard actual == expected else {
            throw ImageFailure(message: "图片「\(written)」的扩展名表示 \(expected.label)，内容却是 \(actual.label) 图片",
                               hint: "把扩展名改为 \(actual == .png ? ".png" : ".jpg")")
        }
        let info: ImageInfo
        do { info = try ImageHeader.read(bytes) } catch {
            throw ImageFailure(message: "无法读取图片「\(written)」的尺寸：\(error.reason)", hint: nil)
        }
        guard info.pixelWidth <= Self.maximumSide, info.pixelHeight <= Self.maximumSide,
              info.pixelWidth * info.pixelHeight <= Self.maximumPixels else {
            throw ImageFailure(message: "图片「\(written)」尺寸过大（\(info.pixelWidth)×\(info.pixelHeight) 像素）",
                               hint: "每边不超过 \(Self.maximumSide) 像素、总像素不超过 5000 万；印刷用 3000 像素宽已足够")
        }
        return (source, bytes, info)
    }

    /// `written` resolved against the chapter's folder, as a path relative to
    /// the content root without `.` or `..`; throws when it leaves the root.
    func contentPath(of written: String) throws(ImageFailure) -> String {
        let path = written.removingPercentEncoding ?? written
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ImageFailure(message: "图片没有写路径", hint: "写法：![替代文字](images/tower.png)")
        }
        let head = path.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if head.contains(":") {
            throw ImageFailure(message: "图片只能使用 content/ 目录中的文件，不能引用网址「\(written)」",
                               hint: "把图片保存到 content/ 中再写相对路径；网站不从其他网站加载任何资源")
        }
        let outside = ImageFailure(message: "图片路径「\(written)」超出了 content/ 目录，不允许使用", hint: Self.placeHint)
        if path.hasPrefix("/") || path.hasPrefix("\\") || path.hasPrefix("~") { throw outside }
        var parts = chapterPath.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { throw outside }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        guard !parts.isEmpty, !parts.contains(where: { $0.contains("\0") }) else { throw outside }
        return parts.joined(separator: "/")
    }
}

extension ImageFormat {
    /// "PNG" / "JPEG", as messages name the format.
    var label: String { rawValue.uppercased() }
}
