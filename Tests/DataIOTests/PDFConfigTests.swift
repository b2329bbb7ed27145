import DataIO
import Model
import Testing

/// site.yml's `pdf:` section: typography overrides of the PDF books.
@Suite struct PDFConfigTests {
    private func read(_ pdf: String) -> (SiteConfig?, Diagnostics) {
        var diagnostics = Diagnostics()
        let config = SiteConfigReader.read("title: 报告\nyear: 2025\n" + pdf, diagnostics: &diagnostics)
        return (config, diagnostics)
    }

    @Test func absentMeansEngineDefaults() throws {
        let (config, diagnostics) = read("")
        #expect(try #require(config).pdf == PDFConfig())
        #expect(diagnostics.items.isEmpty)
    }

    @Test func everyValueIsRead() throws {
        let (config, diagnostics) = read("""
        pdf:
          body_size: 12
          body_font: Noto Serif CJK SC
          heading_font: Noto Sans CJK SC
          double_sided: false
          margins:
            top: 37
            bottom: 35
            inside: 28
            outside: 26.5
        """)
        #expect(diagnostics.items.isEmpty, "\(diagnostics.items)")
        #expect(try #require(config).pdf == PDFConfig(
            bodySize: 12, bodyFont: "Noto Serif CJK SC", headingFont: "Noto Sans CJK SC", marginTop: 37,
            marginBottom: 35, marginInside: 28, marginOutside: 26.5, doubleSided: false))
    }

    @Test func someValuesLeaveTheOthersToTheEngine() throws {
        let (config, diagnostics) = read("pdf:\n  margins:\n    inside: 30\n")
        #expect(diagnostics.items.isEmpty)
        #expect(try #require(config).pdf == PDFConfig(marginInside: 30))
    }

    @Test func badValuesAreErrorsAtTheirLine() {
        let (_, diagnostics) = read("""
        pdf:
          body_size: 30
          margins:
            top: 5
            inside: 二十
          double_sided: 是
        """)
        #expect(diagnostics.errors.map(\.description) == [
            "site.yml:4: pdf.body_size 的值 \"30\" 应为 8 到 16 之间的数（单位：磅）",
            "site.yml:6: pdf.margins.top 的值 \"5\" 应为 15 到 60 之间的数（单位：毫米）",
            "site.yml:7: pdf.margins.inside 的值 \"二十\" 不是有效数字",
            "site.yml:8: pdf.double_sided 的值 \"是\" 应为 true 或 false",
        ])
    }

    @Test func unknownKeysAreWarnings() throws {
        let (config, diagnostics) = read("pdf:\n  font_size: 12\n  margins:\n    left: 20\n")
        #expect(config?.pdf == PDFConfig())
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.warnings.map(\.description) == [
            "site.yml:4: 忽略无法识别的设置「pdf.font_size」\n  提示 (hint): 可用的设置：pdf.body_size、pdf.body_font、pdf.heading_font、pdf.margins、pdf.double_sided",
            "site.yml:6: 忽略无法识别的设置「pdf.margins.left」\n  提示 (hint): 可用的设置：pdf.margins.top、pdf.margins.bottom、pdf.margins.inside、pdf.margins.outside",
        ])
    }
}
