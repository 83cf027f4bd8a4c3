import ArgumentParser
import BudgetETL
import Foundation
import Logging

/// The `budget-etl` root command. It only dispatches to subcommands; the work is in the
/// BudgetETL library.
@main
struct BudgetETLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget-etl",
        abstract: "Turns Chinese government budget and final-account disclosures (text, PDF) into exact CSV.",
        discussion: exitStatuses,
        subcommands: [RunCommand.self, StatusCommand.self, CleanCommand.self, ExplainCommand.self]
    )

    static let exitStatuses = """
        Exit statuses:
          0  every document processed (rejected lines are data, see rejects.csv)
          1  the run finished, but at least one document failed (see documents.csv)
          2  wrong command line or pipeline.yaml mistake; nothing was run
          3  run aborted: input folder not listable, output or state not writable;
             the previous outputs stay whole
          4  validation findings that validate.fail_on makes fatal (see validation.csv)
          5  another budget-etl run holds the output folder's lock; nothing was done
          6  --stage/--from: stored results of the stage before are missing or
             damaged; the message says what to run first
        """

    /// Replaces ArgumentParser's default entry point for two reasons: logging must go to stderr
    /// (stdout stays free for data), and a usage error must exit 2 as documented, not 64.
    static func main() {
        LoggingSystem.bootstrap { label in StreamLogHandler.standardError(label: label) }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.configurationError.rawValue)
            }
            exit(withError: error)
        }
    }
}

extension Stage: ExpressibleByArgument {}

/// --config, --input, --output: shared by every subcommand.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Pipeline configuration file (folders, output unit, table catalog, rules).",
        discussion: "Folders written in it are relative to the file's own folder.",
        valueName: "file"))
    var config: String = "pipeline.yaml"

    @Option(name: .long, help: ArgumentHelp(
        "Input folder; replaces input.folder of the configuration. Relative to the working directory.",
        valueName: "dir"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp(
        "Output folder; replaces output.folder of the configuration. Relative to the working directory.",
        valueName: "dir"))
    var output: String?

    /// The configuration, or exit status 2 with a compiler-style "file:line: error: …" on stderr.
    func load() throws -> PipelineConfig {
        do {
            return try PipelineConfigLoader.load(file: URL(fileURLWithPath: config),
                                                 inputOverride: input.map { URL(fileURLWithPath: $0) },
                                                 outputOverride: output.map { URL(fileURLWithPath: $0) })
        } catch let error as ConfigError {
            FileHandle.standardError.write(Data("\(error.file)\(error.line.map { ":\($0)" } ?? ""): error: \(error.message)\n".utf8))
            throw ExitCode(ExitStatus.configurationError.rawValue)
        }
    }
}

/// Prints a failed run's message and exits with its status.
func reportFailure(_ failure: RunFailure, log: RunLog) -> ExitCode {
    log.error(failure.description)
    return ExitCode(failure.exitStatus.rawValue)
}
