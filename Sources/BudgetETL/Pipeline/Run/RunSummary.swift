/// Counts of one run, logged at the end and used for the exit status.
public struct RunSummary: Sendable, Equatable {
    public var documents: Int
    public var tables: Int
    public var cells: Int
    public var rejects: Int
    /// Documents whose status is `failed`.
    public var failures: Int
    /// Validation findings by severity (validation.csv).
    public var errors: Int
    public var warnings: Int
    /// Whether the findings fail the run under `validate.fail_on`.
    public var validationFailed: Bool

    public init(documents: Int = 0, tables: Int = 0, cells: Int = 0, rejects: Int = 0, failures: Int = 0,
                errors: Int = 0, warnings: Int = 0, validationFailed: Bool = false) {
        self.documents = documents
        self.tables = tables
        self.cells = cells
        self.rejects = rejects
        self.failures = failures
        self.errors = errors
        self.warnings = warnings
        self.validationFailed = validationFailed
    }

    public init(_ documents: [NormalizedDocument]) {
        self.init(documents: documents.count,
                  tables: documents.reduce(0) { $0 + $1.tables.count },
                  cells: documents.reduce(0) { $0 + $1.cellCount },
                  rejects: documents.reduce(0) { $0 + $1.rejects.count },
                  failures: documents.filter { if case .failed = $0.status { return true } else { return false } }.count)
    }

    /// Adds the validation findings; `validation` decides whether they fail the run.
    public mutating func record(_ findings: [Finding], _ validation: ValidationConfig) {
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.count - errors
        validationFailed = validation.fails(errors: errors, warnings: warnings)
    }

    /// Rejects are data (listed in rejects.csv), not failures. A failed document fails the run (1)
    /// before findings do (4).
    public var exitStatus: ExitStatus {
        if failures > 0 { return .documentFailed }
        return validationFailed ? .validationFailed : .success
    }

    public var description: String {
        "\(documents) documents, \(tables) tables, \(cells) cells, \(rejects) rejects, \(failures) failed"
            + (errors + warnings > 0 ? ", \(errors) validation errors, \(warnings) warnings" : "")
    }
}
