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
        abstract: "Turns Chinese government budget and final-account disclosures (text) into exact CSV.",
        discussion: """
            Exit statuses: 0 every document processed (rejected lines are data, see rejects.csv); \
            1 at least one document failed (see documents.csv); 2 wrong command line or pipeline.yaml \
            mistake; 3 run aborted (input not listable or output not writable); 4 validation findings \
            that validate.fail_on makes fatal (see validation.csv).
            """,
        subcommands: [RunCommand.self]
    )

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
