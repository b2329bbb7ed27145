@preconcurrency import CCairo
import Document
import Foundation
import Testing
import TestSupport

/// Draws the shipped example's illustration with Cairo and Pango:
/// `content/reports/annual/images/monitoring-layout.png`, a schematic of a
/// smart site's monitoring devices and the platforms their data flows to.
/// Runs only when asked, so the committed picture changes only on purpose:
///
///     SMARTSITE_WRITE_EXAMPLE_IMAGES=1 swift test --filter ImageExampleTests
@Suite struct ImageExampleTests {
    static let enabled = ProcessInfo.processInfo.environment["SMARTSITE_WRITE_EXAMPLE_IMAGES"] == "1"
    /// The drawing is laid out on a 1200 × 610 grid and scaled to this size.
    /// It has no title of its own: the chapter's caption gives it.
    static let width = 1020, height = 518

    @Test(.enabled(if: enabled)) func writeMonitoringLayout() throws {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(Self.width), Int32(Self.height))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        cairo_scale(cr, Double(Self.width) / 1200, Double(Self.height) / 610)
        cairo_translate(cr, 0, -70)
        Drawing(cr: cr).monitoringLayout()
        Self.posterize(surface, levels: Drawing.levels)
        let url = Fixtures.repositoryRoot.appendingPathComponent("content/reports/annual/images/monitoring-layout.png")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(cairo_surface_write_to_png(surface, url.path) == CAIRO_STATUS_SUCCESS)
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(bytes.count < 60_000, "keep the example picture small: \(bytes.count) bytes")
        #expect(try ImageHeader.read(bytes).width == Self.width)
    }

    /// Rounds every channel to `levels` steps, so antialiased text has few
    /// distinct colours and the PNG compresses to a fraction of its size.
    /// The drawing's own colours sit on these steps and stay exact.
    static func posterize(_ surface: OpaquePointer, levels: Int) {
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let step = 255.0 / Double(levels - 1)
        for row in 0..<height {
            for byte in 0..<(width * 4) where byte % 4 != 3 {
                let pointer = data + row * stride + byte
                pointer.pointee = UInt8((Double(pointer.pointee) / step).rounded() * step)
            }
        }
        cairo_surface_mark_dirty(surface)
    }
}

/// The schematic, in pixels: devices on the site (left) → the project's
/// smart-site platform → the county supervision platform → the province.
private struct Drawing {
    let cr: OpaquePointer
    typealias Color = (Double, Double, Double)
    /// Channel steps of the finished picture; every colour below is a multiple of 1/9.
    static let levels = 10
    static func color(_ r: Int, _ g: Int, _ b: Int) -> Color { (Double(r) / 9, Double(g) / 9, Double(b) / 9) }
    static let accent = color(1, 2, 4) // near the PDF's accent blue
    static let ink = color(2, 2, 2)
    static let muted = color(3, 3, 3)
    static let pale = color(8, 9, 9)
    static let white = color(9, 9, 9)
    static let lightBlue = color(8, 8, 9)

    func monitoringLayout() {
        fill(0, 70, 1200, 610, Self.white)

        // The site, its devices inside a dashed boundary.
        roundedRect(30, 90, 410, 570, radius: 14)
        setColor(Self.muted)
        var dash = [10.0, 6.0]
        cairo_set_dash(cr, &dash, 2, 0)
        cairo_set_line_width(cr, 2)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
        text("施工现场", x: 100, y: 100, size: 20, bold: true, color: Self.muted)
        let devices = [("塔吊安全监控", "起重量、力矩、幅度、风速"), ("施工升降机监测", "载重、高度、门锁、人数"),
                       ("扬尘噪声在线监测", "PM10、PM2.5、噪声"), ("AI 视频识别", "未戴安全帽、烟火、越界"),
                       ("人员实名制闸机", "进出场人数、持证上岗"), ("深基坑与高支模监测", "位移、沉降、轴力")]
        for (index, device) in devices.enumerated() {
            let top = 140.0 + Double(index) * 84
            roundedRect(60, top, 350, 68, radius: 8)
            setColor(Self.pale)
            cairo_fill_preserve(cr)
            setColor(Self.accent)
            cairo_set_line_width(cr, 1.5)
            cairo_stroke(cr)
            text(device.0, x: 235, y: top + 8, size: 21, bold: true, color: Self.ink)
            text(device.1, x: 235, y: top + 38, size: 18, bold: false, color: Self.muted)
            arrow(from: (410, top + 34), to: (540, 330 + Double(index) * 20))
        }

        platform(540, 280, 240, 170, title: "项目智慧工地平台", lines: ["集成服务商建设运维", "数据实时上传"])
        platform(880, 120, 290, 170, title: "县（市、区）智慧监管平台", lines: ["实时接入、预警处置", "数据动态验证"])
        platform(880, 450, 290, 170, title: "省智慧工地监管平台", lines: ["覆盖率与接入率统计", "服务商运营质量通报"])
        arrow(from: (780, 340), to: (880, 220))
        arrow(from: (1025, 290), to: (1025, 450))
        text("数据汇聚", x: 1095, y: 355, size: 18, bold: false, color: Self.muted)
        text("扬尘数据与国控点比对", x: 660, y: 560, size: 18, bold: false, color: Self.muted)
        arrow(from: (780, 575), to: (880, 560))
    }

    private func platform(_ x: Double, _ y: Double, _ w: Double, _ h: Double, title: String, lines: [String]) {
        roundedRect(x, y, w, h, radius: 10)
        setColor(Self.accent)
        cairo_fill(cr)
        text(title, x: x + w / 2, y: y + 28, size: 22, bold: true, color: Self.white)
        for (index, line) in lines.enumerated() {
            text(line, x: x + w / 2, y: y + 80 + Double(index) * 32, size: 18, bold: false, color: Self.lightBlue)
        }
    }

    private func arrow(from start: (Double, Double), to end: (Double, Double)) {
        setColor(Self.accent)
        cairo_set_line_width(cr, 2)
        let angle = atan2(end.1 - start.1, end.0 - start.0)
        let head = 12.0
        cairo_move_to(cr, start.0, start.1)
        cairo_line_to(cr, end.0 - head * cos(angle) * 0.8, end.1 - head * sin(angle) * 0.8)
        cairo_stroke(cr)
        cairo_move_to(cr, end.0, end.1)
        cairo_line_to(cr, end.0 - head * cos(angle - 0.4), end.1 - head * sin(angle - 0.4))
        cairo_line_to(cr, end.0 - head * cos(angle + 0.4), end.1 - head * sin(angle + 0.4))
        cairo_close_path(cr)
        cairo_fill(cr)
    }

    /// `string` centred on `x`, its top at `y`, in Noto Sans CJK SC.
    private func text(_ string: String, x: Double, y: Double, size: Double, bold: Bool, color: Color) {
        let layout = pango_cairo_create_layout(cr)!
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let font = pango_font_description_new()!
        defer { pango_font_description_free(font) }
        pango_font_description_set_family(font, "Noto Sans CJK SC")
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, font)
        pango_layout_set_text(layout, string, -1)
        var width: Int32 = 0, height: Int32 = 0
        pango_layout_get_pixel_size(layout, &width, &height)
        setColor(color)
        cairo_move_to(cr, x - Double(width) / 2, y)
        pango_cairo_show_layout(cr, layout)
    }

    private func roundedRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, radius r: Double) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, x + w - r, y + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, x + w - r, y + h - r, r, 0, Double.pi / 2)
        cairo_arc(cr, x + r, y + h - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, x + r, y + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }

    private func fill(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ color: Color) {
        setColor(color)
        cairo_rectangle(cr, x, y, w, h)
        cairo_fill(cr)
    }

    private func setColor(_ color: Color) { cairo_set_source_rgb(cr, color.0, color.1, color.2) }
}
