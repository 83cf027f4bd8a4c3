import ArgumentParser
import BudgetETL
import Foundation

/// `budget-etl run`: brings the outputs up to date with the input folder and the configuration,
/// recomputing only what is stale.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Extract, normalize, validate and load the input files into CSV files in the output folder.",
        discussion: """
            Each stage's result is stored per document (in output/.state/, or state.folder) under a \
            fingerprint of what it depends on; a run recomputes only what is stale, and its outputs \
            equal those of a --force run byte for byte. Unattended runs are safe: a lock refuses a \
            second run on the same output folder, and a run killed at any moment leaves the previous \
            outputs whole.

            Rerun one stage by hand: `budget-etl run --stage validate` (after changing a rule; then \
            `budget-etl run --stage load` to write the outputs), or `budget-etl run --from normalize` \
            (after changing the unit: normalize, validate and load).

            \(BudgetETLCommand.exitStatuses)
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    @Option(name: .long, help: ArgumentHelp(
        "Run exactly this stage for every selected document, from the stored results of the stage before it.",
        valueName: "extract|normalize|validate|load"))
    var stage: Stage?

    @Option(name: .long, help: ArgumentHelp(
        "Run this stage and every later one for every selected document.",
        valueName: "extract|normalize|validate|load"))
    var from: Stage?

    @Flag(name: .long, help: "Ignore fingerprints: recompute every stage that runs.")
    var force = false

    @Option(name: .long, help: ArgumentHelp(
        "Only run input files matching this pattern (as in input.patterns; repeatable). Other documents keep their stored results.",
        valueName: "glob"))
    var only: [String] = []

    @Option(name: .long, help: ArgumentHelp("Documents processed in parallel (default: all cores).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Only the documents whose stable hash of source_file falls in shard K of N (K from 0), into this output folder; Parquet parts are named after the shard (README, \"Cluster runs\").",
        valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Only warnings and errors on stderr (failed documents, a refused or aborted run).")
    var quiet = false

    @Flag(name: .long, help: "Also one line per document processed, saying what was done and why.")
    var verbose = false

    func validate() throws {
        if stage != nil && from != nil { throw ValidationError("--stage and --from cannot be combined") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be combined") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 0 ≤ K < N, found '\(shard)'") }
    }

    func run() throws {
        let config = try configOptions.load()
        let log = RunLog.standardError(verbosity: quiet ? .quiet : verbose ? .verbose : .normal)
        var options = RunOptions(force: force, only: only, command: (["budget-etl"] + CommandLine.arguments.dropFirst()).joined(separator: " "))
        if let stage { options.scope = .stage(stage) }
        if let from { options.scope = .from(from) }
        if let jobs { options.jobs = jobs }
        if let shard { options.shard = Shard(shard) ?? .whole }
        let outcome: PipelineRunner.Outcome
        do {
            outcome = try PipelineRunner(config: config, options: options, log: log).execute()
        } catch let failure as RunFailure {
            throw reportFailure(failure, log: log)
        }
        if outcome.summary.exitStatus != .success { throw ExitCode(outcome.summary.exitStatus.rawValue) }
    }
}

/// `budget-etl status`: what a run would recompute, and why.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, per document and stage, whether the stored result is fresh, stale (and why) or failed.",
        discussion: """
            Prints one line per document and a one-line summary to stdout. Reads the state and the \
            input files' sizes and times (hashing a file that changed); writes nothing and takes no lock. \
            Exit status 0, or 2 for a configuration mistake, 3 when the input folder cannot be listed.
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let config = try configOptions.load()
        do {
            FileHandle.standardOutput.write(Data(try PipelineStatus(config: config).text.utf8))
        } catch let failure as RunFailure {
            throw reportFailure(failure, log: RunLog.standardError(verbosity: .normal))
        }
    }
}

/// `budget-etl clean`: removes the outputs and the stored state.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the output files (CSV, run.json) and the stored stage results.",
        discussion: """
            Only what budget-etl writes is removed; other files in the output folder stay. Takes the \
            output folder's lock (exit status 5 while a run holds it).
            """
    )

    @OptionGroup var configOptions: ConfigOptions

    @Flag(name: .long, help: "Say nothing on success.")
    var quiet = false

    func run() throws {
        let config = try configOptions.load()
        let log = RunLog.standardError(verbosity: quiet ? .quiet : .normal)
        do {
            try PipelineClean.clean(config, log: log)
        } catch let failure as RunFailure {
            throw reportFailure(failure, log: log)
        }
    }
}
