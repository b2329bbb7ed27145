import Build
import Model

/// The one-screen summary at the end of a build.
enum BuildReport {
    static func summary(_ s: BuildSummary, output: String) -> String {
        """
        构建完成 (build finished) → \(output)/
          页面 pages     \(s.pages)
          图表 charts    \(s.charts)
          PDF            \(s.pdfs)
          数据 data      \(s.dataFiles)
          警告 warnings  \(s.diagnostics.warnings.count)
          复用 reused    \(s.reused)（未改动的部分取自 .cache/）
          用时 seconds   \(Formatting.decimal(s.seconds, places: 2))
        """
    }
}
