import Model

/// Reads `dust_devices` and `stations` (扬尘监测设备、国控点, DATA.md §2).
enum DustSitesReader {
    static let device = Column("设备编号", "device", required: true)
    static let project = Column("项目编号", "project", required: true)
    static let lon = Column("经度", "lon", required: true)
    static let lat = Column("纬度", "lat", required: true)
    static let deviceColumns = [device, project, lon, lat]

    static let code = Column("站点编码", "code", required: true)
    static let name = Column("站点名称", "name", required: true)
    static let region = Column("区划代码", "region", required: true)
    static let stationColumns = [code, name, region, lon, lat]

    static func devices(_ table: RawTable, projectIDs: Set<String>, diagnostics: inout Diagnostics) -> [DustDevice] {
        let mapping = ColumnMapping(header: table.header, columns: deviceColumns, file: table.file, diagnostics: &diagnostics)
        var result: [DustDevice] = []
        var seen: [String: Int] = [:]
        for record in table.rows {
            var row = RowContext(file: table.file, record: record, mapping: mapping)
            let id = row.text(device)
            if let id, let first = seen[id] {
                row.fail(device, value: id, "重复（已在第 \(first) 行出现）", hint: "设备编号必须唯一")
            }
            let projectValue = row.text(project)
            if let projectValue, !projectIDs.contains(projectValue) {
                row.fail(project, value: projectValue, "在项目清单 (projects) 中不存在")
            }
            let position = point(&row)
            for error in row.errors { diagnostics.append(error) }
            guard !row.hasErrors, let id, let projectValue, let position else { continue }
            seen[id] = record.line
            result.append(DustDevice(id: id, project: projectValue, position: position))
        }
        return result
    }

    static func stations(_ table: RawTable, regions: RegionTable, diagnostics: inout Diagnostics) -> [Station] {
        let mapping = ColumnMapping(header: table.header, columns: stationColumns, file: table.file, diagnostics: &diagnostics)
        var result: [Station] = []
        var seen: [String: Int] = [:]
        for record in table.rows {
            var row = RowContext(file: table.file, record: record, mapping: mapping)
            let codeValue = row.text(code)
            if let codeValue, let first = seen[codeValue] {
                row.fail(code, value: codeValue, "重复（已在第 \(first) 行出现）", hint: "站点编码必须唯一")
            }
            let nameValue = row.text(name)
            let regionValue = row.text(region)
            if let regionValue, regions[regionValue] == nil {
                row.fail(region, value: regionValue, "不是已知的区划代码", hint: "区划代码为 6 位数字，见 regions-jiangsu.csv")
            }
            let position = point(&row)
            for error in row.errors { diagnostics.append(error) }
            guard !row.hasErrors, let codeValue, let nameValue, let regionValue, let position else { continue }
            seen[codeValue] = record.line
            result.append(Station(code: codeValue, name: nameValue, region: regionValue, position: position))
        }
        return result
    }

    private static func point(_ row: inout RowContext) -> GeoPoint? {
        let lonValue = row.number(lon, in: -180...180)
        let latValue = row.number(lat, in: -90...90)
        guard let lonValue, let latValue else { return nil }
        return GeoPoint(lon: lonValue, lat: latValue)
    }
}
