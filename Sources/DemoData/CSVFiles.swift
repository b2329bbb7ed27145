import Model

/// File names and the Chinese headers of DATA.md §2, and the rows of the
/// small files.
enum CSVFiles {
    static let projects = "projects.csv"
    static let verifications = "verifications.csv"
    static let platforms = "platforms.csv"
    static let providers = "providers.csv"
    static let providerMetrics = "provider_metrics.csv"
    static let dustDevices = "dust_devices.csv"
    static let dustReadings = "dust_readings.csv"
    static let stations = "stations.csv"
    static let stationReadings = "station_readings.csv"

    static let projectHeader = [
        "项目编号", "项目名称", "区划代码", "工程类别", "政府投资", "规模以上", "合同价(万元)", "建设单位",
        "施工单位", "集成服务商", "开工日期", "竣工日期", "施工进度", "智慧工地", "智慧工地建成日期",
        "接入监管平台", "接入日期", "超危大工程", "超危大线上管控", "标化考评线上", "线上开单", "建安码",
        "申报星级", "项目负责人", "联系电话",
    ]
    static let verificationHeader = ["验证编号", "项目编号", "申请日期", "验证日期", "验证单位", "得分", "等次", "复核等次"]
        + VerificationSynthesizer.itemNames.map { "分项:" + $0 }
    static let platformHeader = ["区划代码", "平台状态", "建成日期"]
    static let providerHeader = ["服务商名称", "统一社会信用代码"]
    static let metricHeader = ["服务商名称", "项目编号", "月份", "设备在线率", "数据及时率", "数据完整率"]
    static let deviceHeader = ["设备编号", "项目编号", "经度", "纬度"]
    static let readingHeader = ["设备编号", "时间", "PM10", "PM2.5"]
    static let stationHeader = ["站点编码", "站点名称", "区划代码", "经度", "纬度"]
    static let stationReadingHeader = ["站点编码", "时间", "PM10", "PM2.5"]

    static func flag(_ value: Bool) -> String { value ? "是" : "否" }
    static func date(_ day: Day?) -> String { day?.description ?? "" }
    static func tenths(_ value: Int) -> String { Formatting.decimal(Double(value) / 10, places: 1) }
    static func degrees(_ value: Double) -> String { Formatting.decimal(value, places: 6) }

    static func write(_ items: [DemoProject], to writer: ByteWriter) throws {
        for item in items {
            let p = item.project
            try writer.row([
                p.id, p.name, p.county, p.category.rawValue, flag(p.governmentFunded), flag(p.aboveScale),
                p.contractValue.map { Formatting.decimal($0, places: 2) } ?? "", p.owner ?? "",
                p.contractor, p.provider ?? "", date(p.startDate), date(p.completionDate),
                Formatting.decimal(p.progress, places: 1), flag(p.smartSite), date(p.smartSince),
                flag(p.connected), date(p.connectedSince), flag(p.superDangerous),
                flag(p.superDangerousControlled), flag(p.standardEvaluationOnline), flag(p.onlineOrders),
                flag(p.jiananCode), String(p.starApplied), item.manager, item.phone,
            ])
        }
    }

    static func write(_ rows: [DemoVerification], to writer: ByteWriter) throws {
        for v in rows {
            try writer.row([
                v.id, v.project, date(v.appliedOn), date(v.verifiedOn), v.verifier ?? "", tenths(v.score),
                v.gradeLabel, v.reviewGrade?.rawValue ?? "",
            ] + v.items.map { $0.map(tenths) ?? "" })
        }
    }

    static func write(_ rows: [Platform], to writer: ByteWriter) throws {
        for p in rows { try writer.row([p.region, p.status.rawValue, date(p.since)]) }
    }

    static func write(_ rows: [DemoProvider], to writer: ByteWriter) throws {
        for p in rows { try writer.row([p.provider.name, p.provider.creditCode]) }
    }

    static func write(_ rows: [DemoMetric], to writer: ByteWriter) throws {
        for m in rows {
            try writer.row([m.provider, m.project, m.month.description,
                            tenths(m.online), tenths(m.timely), tenths(m.complete)])
        }
    }

    static func write(_ rows: [DemoDevice], to writer: ByteWriter) throws {
        for d in rows {
            try writer.row([d.device.id, d.device.project,
                            degrees(d.device.position.lon), degrees(d.device.position.lat)])
        }
    }

    static func write(_ rows: [Station], to writer: ByteWriter) throws {
        for s in rows {
            try writer.row([s.code, s.name, s.region, degrees(s.position.lon), degrees(s.position.lat)])
        }
    }
}
