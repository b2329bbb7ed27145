import Model
import Statistics

extension BuildPipeline {
    /// What a build reads and computes before rendering: the site config, the
    /// datasets and the statistics.
    public struct Loaded: Sendable {
        public let config: SiteConfig
        public let datasets: Datasets
        public let statistics: ProvinceStatistics
    }

    /// Runs the validation steps up to the statistics (site config, data,
    /// statistics; the chapters are not read) and returns what they made,
    /// rendering and writing nothing — for tools that draw from the statistics
    /// (the chart benchmark). Throws `DiagnosticsError` when the config or the
    /// data have errors.
    public static func load(_ options: BuildOptions) throws -> Loaded {
        var context = BuildContext(options: options)
        for step in validationSteps where context.statistics == nil {
            do {
                try step.run(&context)
            } catch let error as DiagnosticsError {
                throw error
            } catch {
                throw BuildStepFailure(step: step.name, underlying: error)
            }
        }
        guard !context.diagnostics.hasErrors, let config = context.config, let datasets = context.datasets?.value,
              let statistics = context.statistics
        else { throw DiagnosticsError(context.diagnostics) }
        return Loaded(config: config, datasets: datasets, statistics: statistics)
    }
}
