import Document
import Foundation
import Model
import Testing
import TestSupport

/// Images in chapters: the block, the file found beside the chapter and
/// checked, and the exact messages for every way it can go wrong.
@Suite struct ImageBlockTests {
    let content: URL
    let png = ImageSamples.png(width: 30, height: 20)

    init() throws {
        content = try Fixtures.temporaryFolder()
        try ImageSamples.write(png, to: content.appendingPathComponent("reports/annual/images/tower.png"))
        try ImageSamples.write(ImageSamples.jpeg, to: content.appendingPathComponent("reports/annual/images/site.jpg"))
    }

    /// Builds `markdown` as `path` (default `reports/annual/02-coverage.md`) of `content`.
    private func build(_ markdown: String, path: String = "reports/annual/02-coverage.md",
                       root: URL?? = nil) -> (Chapter, Diagnostics) {
        var diagnostics = Diagnostics()
        let source = ChapterSource(number: 2, slug: "coverage", path: path, text: markdown,
                                   contentRoot: root ?? content)
        let statistics = DocumentFixture.statistics
        let chapter = ChapterBuilder.build(source, statistics: statistics, values: ValueTable(statistics: statistics),
                                           diagnostics: &diagnostics)
        return (chapter, diagnostics)
    }

    @Test func anImageAloneInItsParagraphIsAnImageBlockWithItsTitleAsCaption() {
        let (chapter, diagnostics) = build("# 标题\n\n![某工地塔吊监测屏](images/tower.png \"塔吊监测屏\")\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        let expected = ImageBlock(source: "reports/annual/images/tower.png", alt: "某工地塔吊监测屏",
                                  caption: [.text("塔吊监测屏")],
                                  info: ImageInfo(format: .png, pixelWidth: 30, pixelHeight: 20), bytes: png)
        #expect(chapter.blocks == [.image(expected)])
        #expect(expected.width == 30 && expected.height == 20 && expected.format == .png)
    }

    @Test func jpegSizeComesFromTheFrameHeader() throws {
        let (chapter, diagnostics) = build("# 标题\n\n![工地全景](./images/site.jpg)\n")
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        guard case .image(let image)? = chapter.blocks.first else { Issue.record("no image"); return }
        #expect(image.source == "reports/annual/images/site.jpg")
        #expect((image.width, image.height, image.format, image.orientation) == (40, 24, .jpeg, 1))
        #expect(image.caption == nil)
        #expect(image.bytes == ImageSamples.jpeg)
    }

    @Test func exifOrientationSixSwapsWidthAndHeightInBothByteOrders() throws {
        for little in [false, true] {
            let info = try ImageHeader.read(ImageSamples.jpeg(orientation: 6, littleEndian: little))
            #expect(info == ImageInfo(format: .jpeg, pixelWidth: 40, pixelHeight: 24, orientation: 6))
            #expect((info.width, info.height) == (24, 40))
        }
        #expect(try ImageHeader.read(ImageSamples.jpeg(orientation: 3)).width == 40)
        try ImageSamples.write(ImageSamples.jpeg(orientation: 6),
                               to: content.appendingPathComponent("reports/annual/images/turned.jpg"))
        let (chapter, _) = build("# 标题\n\n![竖拍照片](images/turned.jpg)\n")
        guard case .image(let image)? = chapter.blocks.first else { Issue.record("no image"); return }
        #expect((image.width, image.height, image.orientation) == (24, 40, 6))
        #expect(image.info.pixelWidth == 40)
    }

    @Test func pngSizeComesFromIHDR() throws {
        #expect(try ImageHeader.read(ImageSamples.pngHeader(width: 1920, height: 1080))
            == ImageInfo(format: .png, pixelWidth: 1920, pixelHeight: 1080))
        #expect(throws: ImageHeaderError(reason: "文件内容既不是 PNG 也不是 JPEG 图片")) {
            try ImageHeader.read(Array("GIF89a".utf8))
        }
        #expect(throws: ImageHeaderError(reason: "JPEG 文件中找不到图像尺寸（SOF 段），文件可能已损坏")) {
            try ImageHeader.read(Array(ImageSamples.jpeg.prefix(20)))
        }
    }

    @Test func anImageInsideTextStaysItsAltTextWithAWarning() {
        let (chapter, diagnostics) = build("# 标题\n\n塔吊监测屏 ![监测屏](images/tower.png) 显示正常。\n")
        #expect(chapter.blocks == [.paragraph([.text("塔吊监测屏 监测屏 显示正常。")])])
        #expect(diagnostics.items.map(\.description) == [
            "reports/annual/02-coverage.md:3: 图片须单独成段；写在文字中的图片只显示其替代文字\n  提示 (hint): 把 ![替代文字](路径) 单独写成一段，前后各空一行",
        ])
    }

    @Test func aMissingFileIsAnErrorAtItsLine() {
        let (_, diagnostics) = build("# 标题\n\n正文。\n\n![现场](images/none.png)\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:5: 图片「images/none.png」不存在（应位于 content/reports/annual/images/none.png）\n  提示 (hint): 图片放在 content/ 目录中，路径相对于章节文件所在的文件夹，如 images/tower.png",
        ])
        #expect(diagnostics.errors.first?.value == "images/none.png")
    }

    @Test func pathsLeavingTheContentFolderAreRefused() {
        let hint = "\n  提示 (hint): 图片放在 content/ 目录中，路径相对于章节文件所在的文件夹，如 images/tower.png"
        let (_, fromPage) = build("# 关于\n\n![口令](../../etc/passwd)\n", path: "pages/about.md")
        #expect(fromPage.errors.map(\.description) == [
            "pages/about.md:3: 图片路径「../../etc/passwd」超出了 content/ 目录，不允许使用" + hint,
        ])
        let (_, fromChapter) = build("# 标题\n\n![口令](../../../etc/passwd)\n\n![口令](/etc/passwd)\n\n![口令](images/../../../../x.png)\n")
        #expect(fromChapter.errors.map(\.description) == [
            "reports/annual/02-coverage.md:3: 图片路径「../../../etc/passwd」超出了 content/ 目录，不允许使用" + hint,
            "reports/annual/02-coverage.md:5: 图片路径「/etc/passwd」超出了 content/ 目录，不允许使用" + hint,
            "reports/annual/02-coverage.md:7: 图片路径「images/../../../../x.png」超出了 content/ 目录，不允许使用" + hint,
        ])
        // Climbing within the content folder is fine: reports/annual → cases/….
        let (_, within) = build("# 标题\n\n![口令](../../etc/passwd)\n")
        #expect(within.errors.map(\.message) == ["图片「../../etc/passwd」的格式不受支持，只能使用 PNG 或 JPEG 图片"])
    }

    @Test func aSymbolicLinkPointingOutsideIsRefused() throws {
        let outside = try Fixtures.temporaryFolder().appendingPathComponent("secret.png")
        try ImageSamples.write(png, to: outside)
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("reports/annual/images/link.png"), withDestinationURL: outside)
        let (_, diagnostics) = build("# 标题\n\n![链接](images/link.png)\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:3: 图片「images/link.png」是指向 content/ 目录之外的链接，不允许使用\n  提示 (hint): 图片放在 content/ 目录中，路径相对于章节文件所在的文件夹，如 images/tower.png",
        ])
        // A link that stays inside the content folder is followed.
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("reports/annual/images/alias.png"),
            withDestinationURL: content.appendingPathComponent("reports/annual/images/tower.png"))
        let (chapter, inside) = build("# 标题\n\n![别名](images/alias.png)\n")
        #expect(inside.items.isEmpty, "\(inside.items)")
        guard case .image(let image)? = chapter.blocks.first else { Issue.record("no image"); return }
        #expect(image.bytes == png)
    }

    @Test func theContentSignatureMustMatchTheExtension() throws {
        let images = content.appendingPathComponent("reports/annual/images")
        try ImageSamples.write(Array("not a picture".utf8), to: images.appendingPathComponent("fake.png"))
        try ImageSamples.write(png, to: images.appendingPathComponent("really-png.jpg"))
        try ImageSamples.write(png, to: images.appendingPathComponent("anim.gif"))
        let (_, diagnostics) = build("# 标题\n\n![假图](images/fake.png)\n\n![错扩展名](images/really-png.jpg)\n\n![动图](images/anim.gif)\n")
        #expect(diagnostics.errors.map(\.description) == [
            "reports/annual/02-coverage.md:3: 图片「images/fake.png」不是有效的 PNG 文件\n  提示 (hint): 文件内容不是图片（可能只是改了扩展名）；请用图片软件另存为 PNG 或 JPEG",
            "reports/annual/02-coverage.md:5: 图片「images/really-png.jpg」的扩展名表示 JPEG，内容却是 PNG 图片\n  提示 (hint): 把扩展名改为 .png",
            "reports/annual/02-coverage.md:7: 图片「images/anim.gif」的格式不受支持，只能使用 PNG 或 JPEG 图片\n  提示 (hint): 文件扩展名应为 .png、.jpg 或 .jpeg",
        ])
    }

    @Test func anEmptyAltTextIsAWarningAndTheImageStays() {
        let (chapter, diagnostics) = build("# 标题\n\n![](images/tower.png)\n")
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings.map(\.description) == [
            "reports/annual/02-coverage.md:3: 图片缺少替代文字\n  提示 (hint): 在方括号中写明图片内容，供读屏软件和图片无法显示时使用，如 ![塔吊监测屏](images/tower.png)",
        ])
        guard case .image(let image)? = chapter.blocks.first else { Issue.record("no image"); return }
        #expect(image.alt.isEmpty)
    }

    @Test func withoutAContentRootOrWithAURLAnImageIsAnError() {
        let (_, noRoot) = build("# 标题\n\n![现场](images/tower.png)\n", root: .some(nil))
        #expect(noRoot.errors.map(\.description) == [
            "reports/annual/02-coverage.md:3: 未提供内容目录，无法读取图片「images/tower.png」",
        ])
        let (_, remote) = build("# 标题\n\n![现场](https://example.com/a.png)\n")
        #expect(remote.errors.map(\.message) == [
            "图片只能使用 content/ 目录中的文件，不能引用网址「https://example.com/a.png」",
        ])
    }

    @Test func oversizedPicturesAreRefused() throws {
        try ImageSamples.write(ImageSamples.pngHeader(width: 20_000, height: 100),
                               to: content.appendingPathComponent("reports/annual/images/wide.png"))
        let (_, diagnostics) = build("# 标题\n\n![长图](images/wide.png)\n")
        #expect(diagnostics.errors.map(\.message) == ["图片「images/wide.png」尺寸过大（20000×100 像素）"])
    }

    @Test func captionsResolveValuesAndReferences() {
        let markdown = "# 标题\n\n```chart\nchart: city-coverage\nid: cov\n```\n\n![布置图](images/tower.png \"覆盖率 {{ province.smart_coverage }}，见[@fig:cov]\")\n"
        let (chapter, diagnostics) = build(markdown)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(chapter.blocks.images.first?.caption == [
            .text("覆盖率 "), .value(name: "province.smart_coverage", text: "87.5%"), .text("，见"),
            .link(destination: "#fig-2-1", content: [.text("图 2-1")]),
        ])
    }

    @Test func imagesInListsAndQuotesAreFoundAndNamedSafely() {
        let (chapter, _) = build("# 标题\n\n- 第一项\n\n  ![甲](images/tower.png)\n\n> ![乙](images/site.jpg)\n")
        #expect(chapter.blocks.images.map(\.source) == ["reports/annual/images/tower.png", "reports/annual/images/site.jpg"])
        let info = ImageInfo(format: .png, pixelWidth: 1, pixelHeight: 1)
        func name(_ source: String) -> String { ImageBlock(source: source, alt: "", info: info, bytes: []).outputName }
        #expect(name("reports/annual/images/tower.png") == "1dc7ad60-tower.png")
        #expect(name("reports/annual/images/Site Layout(1).PNG") == "f7e8e29b-site-layout-1.png")
        #expect(name("reports/annual/images/塔吊监测.jpeg") == "6b1f5196.jpeg")
    }
}
