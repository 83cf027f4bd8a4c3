/// Exit statuses of `budget-etl` (documented in README.md "Exit statuses" and in `--help`).
public enum ExitStatus: Int32, Sendable, Codable {
    /// Every document was processed. Rejected lines are data, listed in rejects.csv, not failures.
    case success = 0
    /// The run finished and wrote its output, but at least one document failed (see documents.csv).
    case documentFailed = 1
    /// Wrong command line or pipeline.yaml mistake; nothing was run.
    case configurationError = 2
    /// The run stopped: the input folder could not be listed, or the output or state could not be
    /// written. The outputs are those of the previous run, whole.
    case runAborted = 3
    /// The run finished and wrote its output, every document was processed, but validation found
    /// what `validate.fail_on` makes fatal (an error, or with `warning` any finding). See validation.csv.
    case validationFailed = 4
    /// Another run holds the output folder's lock; this one did nothing.
    case locked = 5
    /// `--stage`/`--from` needs stored results of the stage before it that are missing (or
    /// damaged); the message names the command to run first. The outputs were not written.
    case missingStageResults = 6
}
