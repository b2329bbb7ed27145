import Model
import Yams

/// Reads `site.yml`. Unknown keys are warnings; wrong values are errors
/// with the YAML line; absent parameters take DATA.md's defaults.
public enum SiteConfigReader {
    public static let file = "site.yml"

    public static func read(_ text: String, diagnostics: inout Diagnostics) -> SiteConfig? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            diagnostics.append(.error("site.yml 不是有效的 YAML：\(error)", file: file))
            return nil
        } catch {
            diagnostics.append(.error("site.yml 无法读取：\(error)", file: file))
            return nil
        }
        guard let root, root.mapping != nil else {
            diagnostics.append(.error("site.yml 应为键值对（例如 title: …、year: 2025）", file: file, line: 1))
            return nil
        }
        var reader = YAMLFields(file: file)
        let topKeys = ["title", "year", "office", "base_url", "publication_date", "grading", "ranking", "dust", "personal_data", "pdf"]
        reader.checkKeys(root, allowed: topKeys, path: "")
        guard let title = reader.string(root, "title", required: true),
              let year = reader.int(root, "year", in: 2000...2100, required: true) else {
            for d in reader.diagnostics.items { diagnostics.append(d) }
            return nil
        }
        var config = SiteConfig(title: title, year: year)
        if let office = reader.string(root, "office") { config.office = office }
        if let url = reader.string(root, "base_url") { config.baseURL = url }
        if let date = reader.string(root, "publication_date") {
            if let day = FieldParsing.day(date) {
                config.publicationDate = day
            } else {
                reader.fail(root["publication_date"], "publication_date 的值 \"\(date)\" 不是有效日期（\(FieldParsing.dateExpectation)）")
            }
        }
        if let grading = root["grading"] {
            reader.checkKeys(grading, allowed: ["excellent", "good", "pass"], path: "grading.")
            config.grading.excellent = reader.double(grading, "excellent", path: "grading.") ?? config.grading.excellent
            config.grading.good = reader.double(grading, "good", path: "grading.") ?? config.grading.good
            config.grading.pass = reader.double(grading, "pass", path: "grading.") ?? config.grading.pass
            if !(config.grading.pass < config.grading.good && config.grading.good < config.grading.excellent) {
                reader.fail(grading, "grading 的分数线应满足 pass < good < excellent")
            }
        }
        if let ranking = root["ranking"] {
            readRanking(ranking, into: &config.ranking, reader: &reader)
        }
        if let dust = root["dust"] {
            reader.checkKeys(dust, allowed: ["match_radius_km", "exceedance_ugm3"], path: "dust.")
            config.dust.matchRadiusKm = reader.double(dust, "match_radius_km", path: "dust.") ?? config.dust.matchRadiusKm
            config.dust.exceedanceUgm3 = reader.double(dust, "exceedance_ugm3", path: "dust.") ?? config.dust.exceedanceUgm3
        }
        if let privacy = root["personal_data"] {
            reader.checkKeys(privacy, allowed: ["allow"], path: "personal_data.")
            if let allow = privacy["allow"] {
                if let items = allow.sequence {
                    config.allowedPersonalNumbers = Set(items.compactMap(\.string))
                } else {
                    reader.fail(allow, "personal_data.allow 应为号码列表，例如 [\"12345678901\"]")
                }
            }
        }
        if let pdf = root["pdf"] {
            readPDF(pdf, into: &config.pdf, reader: &reader)
        }
        for d in reader.diagnostics.items { diagnostics.append(d) }
        return config
    }

    private static func readRanking(_ node: Node, into ranking: inout RankingConfig, reader: inout YAMLFields) {
        reader.checkKeys(node, allowed: ["city_weights", "provider_weights", "provider_min_projects"], path: "ranking.")
        if let weights = node["city_weights"] {
            let path = "ranking.city_weights."
            reader.checkKeys(weights, allowed: ["smart_coverage", "connection_rate", "platform_coverage",
                                                "excellent_rate", "pass_rate"], path: path)
            var w = CityWeights()
            w.smartCoverage = reader.double(weights, "smart_coverage", path: path) ?? w.smartCoverage
            w.connectionRate = reader.double(weights, "connection_rate", path: path) ?? w.connectionRate
            w.platformCoverage = reader.double(weights, "platform_coverage", path: path) ?? w.platformCoverage
            w.excellentRate = reader.double(weights, "excellent_rate", path: path) ?? w.excellentRate
            w.passRate = reader.double(weights, "pass_rate", path: path) ?? w.passRate
            if abs(w.sum - 1) > 1e-9 {
                reader.fail(weights, "ranking.city_weights 的权重之和为 \(Formatting.decimal(w.sum, places: 4))，应为 1")
            }
            ranking.cityWeights = w
        }
        if let weights = node["provider_weights"] {
            let path = "ranking.provider_weights."
            reader.checkKeys(weights, allowed: ["online", "timely", "complete"], path: path)
            var w = ProviderWeights()
            w.online = reader.double(weights, "online", path: path) ?? w.online
            w.timely = reader.double(weights, "timely", path: path) ?? w.timely
            w.complete = reader.double(weights, "complete", path: path) ?? w.complete
            if abs(w.sum - 1) > 1e-9 {
                reader.fail(weights, "ranking.provider_weights 的权重之和为 \(Formatting.decimal(w.sum, places: 4))，应为 1")
            }
            ranking.providerWeights = w
        }
        if let minimum = reader.int(node, "provider_min_projects", in: 1...10_000, path: "ranking.") {
            ranking.providerMinProjects = minimum
        }
    }
}

/// Typed access to YAML mapping values, recording errors with line numbers.
struct YAMLFields {
    let file: String
    var diagnostics = Diagnostics()

    mutating func fail(_ node: Node?, _ message: String) {
        diagnostics.append(.error(message, file: file, line: node?.mark?.line))
    }

    mutating func checkKeys(_ node: Node, allowed: [String], path: String) {
        guard let mapping = node.mapping else {
            fail(node, "\(path.isEmpty ? "site.yml" : String(path.dropLast())) 应为键值对")
            return
        }
        for key in mapping.keys {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                diagnostics.append(.warning("忽略无法识别的设置「\(path)\(name)」", file: file, line: key.mark?.line,
                                            hint: "可用的设置：\(allowed.map { path + $0 }.joined(separator: "、"))"))
            }
        }
    }

    mutating func string(_ node: Node, _ key: String, required: Bool = false) -> String? {
        guard let value = node[key], let text = value.string, !text.isEmpty else {
            if required { fail(node, "site.yml 缺少「\(key)」") }
            return nil
        }
        return text
    }

    mutating func double(_ node: Node, _ key: String, path: String) -> Double? {
        guard let value = node[key] else { return nil }
        guard let text = value.string, let number = FieldParsing.number(text) else {
            fail(value, "\(path)\(key) 的值 \"\(value.string ?? "")\" 不是有效数字")
            return nil
        }
        return number
    }

    mutating func int(_ node: Node, _ key: String, in range: ClosedRange<Int>, required: Bool = false,
                      path: String = "") -> Int? {
        guard let value = node[key] else {
            if required { fail(node, "site.yml 缺少「\(path)\(key)」") }
            return nil
        }
        guard let text = value.string, let number = Int(text), range.contains(number) else {
            fail(value, "\(path)\(key) 的值 \"\(value.string ?? "")\" 应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数")
            return nil
        }
        return number
    }
}

extension SiteConfigReader {
    /// Body sizes the PDF books accept, in points.
    static let pdfBodySizes = 8.0...16.0
    /// Margins the PDF books accept, in millimetres (room for running head and page number).
    static let pdfMargins = 15.0...60.0

    /// The `pdf:` section: typography of the PDF books; what is absent stays nil (the engine's default).
    static func readPDF(_ node: Node, into pdf: inout PDFConfig, reader: inout YAMLFields) {
        let path = "pdf."
        reader.checkKeys(node, allowed: ["body_size", "body_font", "heading_font", "margins", "double_sided"], path: path)
        pdf.bodySize = reader.double(node, "body_size", in: pdfBodySizes, unit: "磅", path: path)
        pdf.bodyFont = reader.string(node, "body_font")
        pdf.headingFont = reader.string(node, "heading_font")
        if let margins = node["margins"] {
            let path = "pdf.margins."
            reader.checkKeys(margins, allowed: ["top", "bottom", "inside", "outside"], path: path)
            pdf.marginTop = reader.double(margins, "top", in: pdfMargins, unit: "毫米", path: path)
            pdf.marginBottom = reader.double(margins, "bottom", in: pdfMargins, unit: "毫米", path: path)
            pdf.marginInside = reader.double(margins, "inside", in: pdfMargins, unit: "毫米", path: path)
            pdf.marginOutside = reader.double(margins, "outside", in: pdfMargins, unit: "毫米", path: path)
        }
        if let value = node["double_sided"] {
            switch value.string {
            case "true": pdf.doubleSided = true
            case "false": pdf.doubleSided = false
            default: reader.fail(value, "pdf.double_sided 的值 \"\(value.string ?? "")\" 应为 true 或 false")
            }
        }
    }
}

extension YAMLFields {
    /// A number in `range`; outside it an error naming the range and its `unit`.
    mutating func double(_ node: Node, _ key: String, in range: ClosedRange<Double>, unit: String,
                         path: String) -> Double? {
        guard let number = double(node, key, path: path) else { return nil }
        guard range.contains(number) else {
            func text(_ bound: Double) -> String { bound == bound.rounded() ? String(Int(bound)) : String(bound) }
            fail(node[key], "\(path)\(key) 的值 \"\(node[key]?.string ?? "")\" 应为 \(text(range.lowerBound)) 到 \(text(range.upperBound)) 之间的数（单位：\(unit)）")
            return nil
        }
        return number
    }
}
