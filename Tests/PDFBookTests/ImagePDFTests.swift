import Document
import Foundation
import Model
import Testing
import TestSupport
@testable import PDFBook

/// Pictures in the PDF: a JPEG embedded as the very bytes of its file
/// (checked with `pdfimages`), a PNG as an image, sizes capped to the
/// type area, captions under them, orientation applied by a transform.
@Suite struct ImagePDFTests {
    static let jpeg = ImageBlock(source: "reports/annual/images/site.jpg", alt: "工地全景",
                                 caption: [.text("某工地全景照片")],
                                 info: try! ImageHeader.read(ImageSamples.jpeg), bytes: ImageSamples.jpeg)
    static let turned = ImageBlock(source: "reports/annual/images/turned.jpg", alt: "竖拍照片",
                                   info: try! ImageHeader.read(ImageSamples.jpeg(orientation: 6)),
                                   bytes: ImageSamples.jpeg(orientation: 6))
    static let png = ImageBlock(source: "reports/annual/images/layout.png", alt: "布置示意",
                                caption: [.text("监测设备布置示意")],
                                info: ImageInfo(format: .png, pixelWidth: 30, pixelHeight: 20),
                                bytes: ImageSamples.png(width: 30, height: 20))

    static var publication: Publication {
        let chapter = Chapter(number: 1, slug: "photos", title: "现场照片", source: "reports/annual/01-photos.md", blocks: [
            .paragraph([.text("以下为现场照片。")]),
            .image(jpeg),
            .image(png),
            .quote([.image(turned)]),
            .image(jpeg), // the same file again on the same page
            .paragraph([.text("照片到此为止。")]),
        ])
        let again = Chapter(number: 2, slug: "again", title: "再次引用", source: "reports/annual/02-again.md",
                            blocks: [.image(jpeg)]) // on another page: shares the first page's image object
        return Publication(kind: .annual, title: "图片测试", year: 2025, office: "推进办", chapters: [chapter, again])
    }

    static let rendered: Result<(bytes: [UInt8], path: String), any Error> = Result {
        let bytes = try PDFBookRenderer.render(publication, options: PDFOptions(creationDate: SamplePublication.date))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartsite-pdfbook-images.pdf")
        try Data(bytes).write(to: url, options: .atomic)
        return (bytes, url.path)
    }

    /// `pdfimages -list` rows as (type, width, height, enc).
    private func listedImages(_ path: String) throws -> [(type: String, width: Int, height: Int, enc: String)] {
        let output = try PopplerTools.run("pdfimages", ["-list", path])
        #expect(output.status == 0)
        return output.text.split(separator: "\n").dropFirst(2).map { row in
            let f = row.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            return (f[2], Int(f[3]) ?? 0, Int(f[4]) ?? 0, f[8])
        }
    }

    @Test func jpegsAreEmbeddedAsJPEGAndPNGsAsImages() throws {
        let path = try Self.rendered.get().path
        let images = try listedImages(path)
        #expect(images.map(\.type) == ["image", "image", "image", "image", "image"])
        #expect(images.map(\.enc) == ["jpeg", "image", "jpeg", "jpeg", "jpeg"])
        // Stored size, not turned: the orientation is applied when painting.
        #expect(images.map(\.width) == [40, 30, 40, 40, 40])
        #expect(images.map(\.height) == [24, 20, 24, 24, 24])
        let objects = try PopplerTools.run("pdfimages", ["-list", path]).text.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true)[10] }
        #expect(objects.count == 5 && objects[4] == objects[0], "a picture used on another page is stored once")
        #expect(Set(objects).count == 4, "a second use on the same page has its own object")
    }

    @Test func extractedJPEGsAreByteForByteTheSourceFiles() throws {
        let path = try Self.rendered.get().path
        let folder = try Fixtures.temporaryFolder()
        let prefix = folder.appendingPathComponent("img").path
        #expect(try PopplerTools.run("pdfimages", ["-j", path, prefix]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["img-000.jpg", "img-001.ppm", "img-002.jpg", "img-003.jpg", "img-004.jpg"])
        func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))) }
        #expect(try bytes("img-000.jpg") == ImageSamples.jpeg)
        #expect(try bytes("img-002.jpg") == ImageSamples.jpeg(orientation: 6))
        #expect(try bytes("img-003.jpg") == ImageSamples.jpeg)
        #expect(try bytes("img-004.jpg") == ImageSamples.jpeg)
        // The PNG's pixels survive the round trip: P6 header, then RGB.
        let ppm = try bytes("img-001.ppm")
        #expect(ppm.starts(with: Array("P6\n30 20\n255\n".utf8)))
        #expect(Array(ppm.suffix(3)) == [255, 255, 0x80])
    }

    @Test func thePDFPassesQpdfAndIsReproducible() throws {
        let (bytes, path) = try Self.rendered.get()
        let check = try PopplerTools.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.text)")
        #expect(check.text.contains("No syntax or stream encoding errors"))
        #expect(try PDFBookRenderer.render(Self.publication, options: PDFOptions(creationDate: SamplePublication.date)) == bytes)
        let text = try PopplerTools.text(path).squeezed
        #expect(text.contains("以下为现场照片。某工地全景照片监测设备布置示意"))
    }

    @Test func aPNGWhosePixelsCannotBeDecodedFailsTheExportNamingTheFile() {
        let broken = ImageBlock(source: "reports/annual/images/broken.png", alt: "坏图",
                                info: ImageInfo(format: .png, pixelWidth: 30, pixelHeight: 20),
                                bytes: ImageSamples.pngHeader(width: 30, height: 20))
        let chapter = Chapter(number: 1, slug: "a", title: "图", source: "a.md", blocks: [.image(broken)])
        let publication = Publication(kind: .annual, title: "t", year: 2025, office: "o", chapters: [chapter])
        let error = #expect(throws: PDFBookError.self) {
            try PDFBookRenderer.render(publication, options: PDFOptions(creationDate: SamplePublication.date))
        }
        guard case .image(let source, let reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(source == "reports/annual/images/broken.png")
        #expect(!reason.isEmpty) // cairo's words, e.g. "error while reading from input stream"
        #expect(error?.description.hasPrefix("image content/reports/annual/images/broken.png could not be decoded: ") == true)
    }

    @Test func printSizeIsNaturalAt150DPINeverUpscaledAndCapped() {
        let small = FlowBuilder.printSize(width: 300, height: 150, maxWidth: 400, maxHeight: 300)
        #expect(small.width == 144 && small.height == 72)
        let wide = FlowBuilder.printSize(width: 3000, height: 1000, maxWidth: 400, maxHeight: 300)
        #expect(abs(wide.width - 400) < 1e-9 && abs(wide.height - 400.0 / 3) < 1e-9)
        let tall = FlowBuilder.printSize(width: 1000, height: 3000, maxWidth: 400, maxHeight: 300)
        #expect(abs(tall.height - 300) < 1e-9 && abs(tall.width - 100) < 1e-9)
    }

    @Test func picturesStayInsideTheTypeAreaAndMoveWholeToTheNextPage() {
        let options = PDFOptions(creationDate: SamplePublication.date)
        let type = Typography(options: options)
        let area = options.geometry.typeArea(characterWidth: type.em, lineHeight: type.bodyLineHeight)
        let big = ImageBlock(source: "a.png", alt: "大图", caption: [.text("大图")],
                             info: ImageInfo(format: .png, pixelWidth: 2400, pixelHeight: 2000), bytes: [])
        let filler = String(repeating: "智慧工地建设持续推进。", count: 60)
        let chapter = Chapter(number: 1, slug: "a", title: "图", source: "a.md",
                              blocks: [.paragraph([.text(filler)]), .image(big), .paragraph([.text("后文。")])])
        let book = BookLayouter(options: options, shaper: TextShaper())
            .layout(Publication(kind: .annual, title: "t", year: 2025, office: "o", chapters: [chapter]))
        let placed = book.pages.enumerated().flatMap { index, page in
            page.items.compactMap { item -> (Int, Rect)? in
                if case .image(let p) = item { return (index, p.rect) }
                return nil
            }
        }
        #expect(placed.count == 1)
        guard let (page, rect) = placed.first else { return }
        #expect(abs(rect.width - area.width) < 1e-6, "capped at the type area's width")
        #expect(rect.height <= area.height * 0.6 + 1e-6)
        #expect(rect.x >= area.x - 1e-6 && rect.maxX <= area.maxX + 1e-6)
        #expect(abs(rect.y - area.y) < 1e-6, "did not fit under the paragraph, so it opens page \(page)")
        #expect(rect.maxY <= area.maxY)
    }

    @Test func orientationMatricesMapTheStoredCornersOntoTheShownPicture() {
        func apply(_ orientation: Int, _ x: Double, _ y: Double) -> [Double] {
            let m = ImageInfo.orientationTransform(orientation, storedWidth: 40, storedHeight: 24)
            return [m.xx * x + m.xy * y + m.x0, m.yx * x + m.yy * y + m.y0]
        }
        // Orientation 6: the stored top row becomes the right edge of a 24 × 40 picture.
        #expect(apply(6, 0, 0) == [24, 0])
        #expect(apply(6, 40, 0) == [24, 40])
        #expect(apply(6, 0, 24) == [0, 0])
        #expect(apply(8, 0, 0) == [0, 40])
        #expect(apply(3, 0, 0) == [40, 24])
        #expect(apply(1, 40, 24) == [40, 24])
        for orientation in 1...8 {
            let shown = orientation >= 5 ? [24.0, 40.0] : [40.0, 24.0]
            let corners = [(0.0, 0.0), (40.0, 0.0), (0.0, 24.0), (40.0, 24.0)].map { apply(orientation, $0.0, $0.1) }
            #expect(Set(corners.map { $0 }) == Set([[0, 0], [shown[0], 0], [0, shown[1]], shown]))
        }
    }
}
