/// Why the data downloads could not be made.
public enum DataExportError: Error, Equatable, CustomStringConvertible {
    /// A list names a project id that is not in `datasets.projects` (the
    /// statistics and the datasets do not belong together).
    case unknownProject(list: String, id: String)
    /// libxlsxwriter failed while writing `data/FILE.xlsx`.
    case xlsx(file: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownProject(list, id): "data/\(list): project \(id) is not in the projects dataset"
        case let .xlsx(file, reason): "data/\(file).xlsx: \(reason)"
        }
    }
}
