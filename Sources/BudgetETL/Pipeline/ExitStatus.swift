/// Exit statuses of `budget-etl run` (documented in README.md "Exit statuses").
public enum ExitStatus: Int32, Sendable {
    /// Every document was processed. Rejected lines are data, listed in rejects.csv, not failures.
    case success = 0
    /// The run finished and wrote its output, but at least one document failed (see documents.csv).
    case documentFailed = 1
    /// Wrong command line or pipeline.yaml mistake; nothing was run.
    case configurationError = 2
    /// The run stopped: the input folder could not be listed or the output could not be written.
    case runAborted = 3
    /// The run finished and wrote its output, every document was processed, but validation found
    /// what `validate.fail_on` makes fatal (an error, or with `warning` any finding). See validation.csv.
    case validationFailed = 4
}
