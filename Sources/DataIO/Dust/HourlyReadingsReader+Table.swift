import Model

extension HourlyReadingsReader {
    /// Readings from a table already read in full (an .xlsx sheet, which
    /// Excel caps at about a million rows), with the same rules and messages
    /// as the streaming CSV path.
    static func read(table: RawTable, kind: Kind, year: Int, knownSources: Set<String>,
                     diagnostics: inout Diagnostics) -> HourlyPM10? {
        var pass = ReadingsPass(file: table.file, kind: kind, year: year, knownSources: knownSources,
                                limit: diagnostics.limit)
        let mapping = ColumnMapping(header: table.header, columns: kind.columns, file: table.file,
                                    diagnostics: &pass.headerDiagnostics)
        guard mapping.index[kind.sourceColumn.key] != nil, mapping.index[time.key] != nil else {
            pass.finish(into: &diagnostics)
            return nil
        }
        pass.mapping = mapping
        pass.headerDone = true
        func runRows() {
            for record in table.rows {
                pass.line = record.line
                pass.slowRow(record.fields)
            }
        }
        runRows()
        let grid = pass.grid.result()
        if !pass.errors.duplicateCells.isEmpty {
            pass.beginTracing()
            pass.headerDone = true
            runRows()
        }
        pass.finish(into: &diagnostics)
        return grid
    }
}
