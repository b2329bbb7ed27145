import Document
@testable import HTMLSite
import Model
import Testing
import TestSupport

/// Case pictures for the web: 480/960/1600 px variants, never wider than
/// 1600 and never the large original; `srcset`, `sizes`, size of the `src`,
/// lazy loading except at the top of the page; broken pictures reported.
@Suite struct CasesPicturesTests {
    let site: SiteFixture.Generated

    init() throws { site = try CasesFixture.site() }

    var images: [OutputFile] { site.files.filter { $0.path.hasPrefix("cases/2025/images/") } }

    @Test func aWidePictureGetsThreeVariantsAndNoFileWiderThan1600() throws {
        let stem = String(CasesFixture.wideCover.outputName.dropLast(".png".count))
        let names = Set(images.map { $0.path.replacingOccurrences(of: "cases/2025/images/", with: "") })
        #expect(Set(names.filter { $0.hasPrefix(stem) }) == ["\(stem)-480.png", "\(stem)-960.png", "\(stem)-1600.png"])
        for file in images {
            let width = try #require(CasesFixture.width(of: file.bytes), "\(file.path) is not an image")
            #expect(width <= 1600, "\(file.path) is \(width) px wide")
            #expect(file.bytes != CasesFixture.wideCover.bytes)
        }
        for (suffix, width) in [("480", 480), ("960", 960), ("1600", 1600)] {
            let file = try #require(images.first { $0.path.hasSuffix("\(stem)-\(suffix).png") })
            #expect(CasesFixture.width(of: file.bytes) == width)
        }
        // No original anywhere in the output, under any name.
        #expect(!site.files.contains { $0.bytes == CasesFixture.wideCover.bytes })
    }

    @Test func theCoverHasSrcsetSizesAndTheSizeOfItsSrcAndLoadsEagerly() throws {
        let html = try site.page("cases/2025/a-school.html")
        let stem = "images/" + String(CasesFixture.wideCover.outputName.dropLast(".png".count))
        expectContains(html, "<figure class=\"case-cover\"><img src=\"\(stem)-960.png\" srcset=\"\(stem)-480.png 480w, \(stem)-960.png 960w, \(stem)-1600.png 1600w\" sizes=\"(min-width: 60rem) 38rem, calc(100vw - 2rem)\" width=\"960\" height=\"120\" alt=\"校园工地全景\" loading=\"eager\" decoding=\"async\"><figcaption>工地全景</figcaption></figure>")
    }

    @Test func smallAndTurnedPicturesAreWrittenAtTheirOwnSize() throws {
        let small = "cases/2025/images/" + CasePictures.name(CasesFixture.smallPhoto, width: 300)
        let file = try #require(site.files.first { $0.path == small })
        #expect(file.bytes == CasesFixture.smallPhoto.bytes)  // upright and small: the original bytes
        let turned = "cases/2025/images/" + CasePictures.name(CasesFixture.turnedPhoto, width: 24)
        let turnedFile = try #require(site.files.first { $0.path == turned })
        #expect(turnedFile.bytes != CasesFixture.turnedPhoto.bytes)  // turned upright, no EXIF
        #expect(CasesFixture.width(of: turnedFile.bytes) == 24)

        let html = try site.page("cases/2025/c-gate.html")
        let smallName = CasePictures.name(CasesFixture.smallPhoto, width: 300)
        expectContains(html, "<img src=\"images/\(smallName)\" srcset=\"images/\(smallName) 300w\"")
        expectContains(html, "width=\"300\" height=\"200\" alt=\"实名制通道\" loading=\"lazy\" decoding=\"async\">")
        expectContains(html, "width=\"24\" height=\"40\" alt=\"竖拍照片\" loading=\"lazy\"")
    }

    @Test func cardsLoadTheFirstPictureEagerlyAndTheRestLazily() throws {
        let html = try site.page("cases/2025/index.html")
        let first = try #require(html.range(of: "class=\"case-card-image\""))
        let tail = html[first.upperBound...]
        #expect(tail.prefix { $0 != ">" }.contains("loading=\"eager\""))
        // C's card shows its first photo, lazily.
        expectContains(html, "srcset=\"images/\(CasePictures.name(CasesFixture.smallPhoto, width: 300)) 300w\" sizes=\"(min-width: 60rem) 20rem, (min-width: 40rem) calc(50vw - 2rem), calc(100vw - 2rem)\" width=\"300\" height=\"200\" alt=\"实名制通道\" loading=\"lazy\"")
        // B has no picture: a blank placeholder, no <img>.
        expectContains(html, "<div class=\"case-card-image case-card-blank\"></div>")
    }

    @Test func bodyPicturesUseTheVariantsToo() throws {
        var collection = CasesFixture.collection
        collection.cases[1].blocks.append(.image(CasesFixture.wideCover))
        collection.cases[0].cover = nil
        let generated = try CasesFixture.site(collection)
        let html = try generated.page("cases/2025/c-gate.html")
        let stem = "images/" + String(CasesFixture.wideCover.outputName.dropLast(".png".count))
        expectContains(html, "<figure class=\"image\"><img src=\"\(stem)-960.png\" srcset=\"\(stem)-480.png 480w, ")
        expectContains(html, "sizes=\"(min-width: 48rem) 46rem, calc(100vw - 2rem)\"")
        #expect(!generated.paths.contains("cases/2025/images/\(CasesFixture.wideCover.outputName)"))
    }

    @Test func aBrokenPictureIsAnErrorNamingTheCaseFileAndThePicture() throws {
        var collection = CasesFixture.collection
        collection.cases[1].photos.append(ImageBlock(
            source: "cases/c-gate/broken.png", alt: "坏图",
            info: ImageInfo(format: .png, pixelWidth: 2000, pixelHeight: 100),
            bytes: ImageSamples.pngHeader(width: 2000, height: 100)))
        do {
            _ = try CasesFixture.site(collection)
            Issue.record("a broken picture built")
        } catch let error as DiagnosticsError {
            let problem = try #require(error.diagnostics.errors.first)
            #expect(error.diagnostics.errors.count == 1)
            #expect(problem.file == "cases/c-gate/index.md")
            #expect(problem.value == "cases/c-gate/broken.png")
            #expect(problem.message.hasPrefix("无法生成网页图片 cases/c-gate/broken.png："))
        }
    }
}
