import Document
@testable import HTMLSite
import Model
import Testing

/// Pictures on pages: one `<figure class="image">` with the size as shown,
/// lazy loading, escaped alt text and caption, a safe file name.
@Suite struct ImageHTMLTests {
    func image(alt: String, caption: [Inline]? = nil, orientation: Int = 1,
               source: String = "reports/annual/images/tower.png") -> ImageBlock {
        ImageBlock(source: source, alt: alt, caption: caption,
                   info: ImageInfo(format: .png, pixelWidth: 640, pixelHeight: 480, orientation: orientation),
                   bytes: [1, 2, 3])
    }

    @Test func aPictureIsAFigureWithItsSizeLazyLoadingAndCaption() {
        let html = BlockRenderer(figureFolder: "figures/")
            .render(.image(image(alt: "某工地塔吊监测屏", caption: [.text("塔吊监测屏，见"), .link(destination: "#fig-1-1", content: [.text("图 1-1")])])))
        #expect(html == "<figure class=\"image\"><img src=\"images/1dc7ad60-tower.png\" alt=\"某工地塔吊监测屏\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\"><figcaption>塔吊监测屏，见<a href=\"#fig-1-1\">图 1-1</a></figcaption></figure>")
    }

    @Test func withoutCaptionThereIsNoFigcaptionAndAltIsEscaped() {
        let html = BlockRenderer(figureFolder: "figures/", imageFolder: "../images/")
            .render(.image(image(alt: "\"><script>alert(1)</script>")))
        #expect(html == "<figure class=\"image\"><img src=\"../images/1dc7ad60-tower.png\" alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\"></figure>")
    }

    @Test func turnedPhotosGiveTheirSizeAsShown() {
        // EXIF orientation 6: the browser turns the pixels; width and height must describe the result.
        let html = BlockRenderer(figureFolder: "").render(.image(image(alt: "竖拍", orientation: 6)))
        #expect(html.contains("width=\"480\" height=\"640\""))
    }

    @Test func fileNamesAreSafeWhateverTheSourceIsCalled() {
        let hostile = image(alt: "x", source: "cases/a/\"><img onerror=x>&.png")
        let html = BlockRenderer(figureFolder: "").render(.image(hostile))
        #expect(hostile.outputName.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) })
        #expect(html.contains("src=\"images/\(hostile.outputName)\""))
        #expect(!html.contains("onerror=x>"))
    }
}
