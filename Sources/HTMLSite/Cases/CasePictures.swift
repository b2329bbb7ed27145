import Dispatch
import Document
import Foundation
import Imaging
import Model

/// One file of a picture made for the web: `3f2a9c1b-tower-960.jpg`, its size as shown.
struct WebVariant: Sendable, Equatable {
    let name: String
    let width: Int
    let height: Int
    let bytes: [UInt8]
}

/// The web versions of the case collection's pictures: each downscaled to
/// 480, 960 and 1600 px wide (only the widths smaller than the picture),
/// plus the picture itself when it is at most 1600 px wide (the original
/// bytes when it is also upright, else turned and re-encoded). The original
/// of a larger picture is never written: it stays in content/ for print.
struct CasePictures {
    /// The widths made for every picture wider than them.
    static let widths = [480, 960, 1600]

    /// Variants of each picture by `ImageBlock.source`, narrowest first.
    private(set) var variants: [String: [WebVariant]] = [:]
    /// A picture that could not be decoded or encoded, naming the case file and the picture.
    private(set) var diagnostics = Diagnostics()

    /// The variants of `image`; empty when it could not be made.
    subscript(image: ImageBlock) -> [WebVariant] { variants[image.source] ?? [] }

    /// Makes the variants of every picture of `collection`, pictures in parallel.
    init(_ collection: CaseCollection) {
        var jobs: [(image: ImageBlock, file: String)] = []
        var seen: Set<String> = []
        func add(_ images: [ImageBlock], file: String) {
            for image in images where seen.insert(image.source).inserted { jobs.append((image, file)) }
        }
        if let preface = collection.preface { add(preface.blocks.images, file: preface.source) }
        for study in collection.cases { add(study.images, file: study.source) }

        let results = ResultBox(count: jobs.count)
        let images = jobs.map(\.image)
        DispatchQueue.concurrentPerform(iterations: images.count) { index in
            results.set(index, Result { () throws(ImagingError) in try Self.variants(of: images[index]) })
        }
        for (index, job) in jobs.enumerated() {
            switch results.get(index) {
            case .success(let made)?:
                variants[job.image.source] = made
            case .failure(let error)?:
                diagnostics.append(.error("无法生成网页图片 \(job.image.source)：\(error.message)", file: job.file,
                                          value: job.image.source,
                                          hint: "检查图片文件是否完整，可用看图软件重新另存为 JPEG 或 PNG"))
            case nil:
                break
            }
        }
    }

    /// The web files of one picture, narrowest first, all from one decode.
    static func variants(of image: ImageBlock) throws(ImagingError) -> [WebVariant] {
        let info = image.info
        let shown = info.width
        let maxWidths = widths.filter { $0 < shown } + (shown <= widths[widths.count - 1] ? [shown] : [])
        let resized = try WebImage.resized(image.bytes, info: info, maxWidths: maxWidths)
        var made: [WebVariant] = []
        for (maxWidth, picture) in zip(maxWidths, resized) {
            if let picture {
                made.append(WebVariant(name: name(image, width: picture.width), width: picture.width,
                                       height: picture.height, bytes: picture.bytes))
            } else if maxWidth == shown {
                made.append(WebVariant(name: name(image, width: shown), width: shown, height: info.height,
                                       bytes: image.bytes))
            }
        }
        return made
    }

    /// `3f2a9c1b-tower.jpg` at 960 px: `3f2a9c1b-tower-960.jpg`.
    static func name(_ image: ImageBlock, width: Int) -> String {
        let base = image.outputName
        guard let dot = base.lastIndex(of: ".") else { return "\(base)-\(width)" }
        return "\(base[..<dot])-\(width)\(base[dot...])"
    }

    /// Every variant as a file under `folder` (`cases/2025/images/`).
    func files(folder: String) -> [OutputFile] {
        var files: [OutputFile] = []
        var written: Set<String> = []
        for source in variants.keys.sorted() {
            for variant in variants[source] ?? [] where written.insert(variant.name).inserted {
                files.append(OutputFile(path: folder + variant.name, bytes: variant.bytes))
            }
        }
        return files
    }
}

/// Results written from parallel iterations, each slot once.
private final class ResultBox: @unchecked Sendable {
    private var slots: [Result<[WebVariant], ImagingError>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<[WebVariant], ImagingError>) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
    }

    func get(_ index: Int) -> Result<[WebVariant], ImagingError>? {
        lock.lock()
        defer { lock.unlock() }
        return slots[index]
    }
}
