/// One named step of the pipeline; its name travels with its errors.
struct BuildStep: Sendable {
    let name: String
    let run: @Sendable (inout BuildContext) throws -> Void
}

/// A step failed for a reason other than reported diagnostics (a template, the disk).
public struct BuildStepFailure: Error, CustomStringConvertible {
    public let step: String
    public let underlying: Error
    public var description: String { "\(step)：\(underlying)" }
}
