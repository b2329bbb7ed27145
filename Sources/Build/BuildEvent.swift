/// What a running build reports as it goes, for a progress display.
/// Steps are numbered 1…total in the order they run.
public enum BuildEvent: Sendable, Equatable {
    case stepStarted(name: String, index: Int, total: Int)
    /// `files`: output files made so far.
    case stepFinished(name: String, index: Int, total: Int, seconds: Double, files: Int)
}
