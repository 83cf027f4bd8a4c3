/// Counts of one run, logged at the end and used for the exit status.
public struct RunSummary: Sendable, Equatable {
    public var documents: Int
    public var tables: Int
    public var cells: Int
    public var rejects: Int
    /// Documents whose status is `failed`.
    public var failures: Int

    public init(documents: Int = 0, tables: Int = 0, cells: Int = 0, rejects: Int = 0, failures: Int = 0) {
        self.documents = documents
        self.tables = tables
        self.cells = cells
        self.rejects = rejects
        self.failures = failures
    }

    public init(_ documents: [NormalizedDocument]) {
        self.init(documents: documents.count,
                  tables: documents.reduce(0) { $0 + $1.tables.count },
                  cells: documents.reduce(0) { $0 + $1.cellCount },
                  rejects: documents.reduce(0) { $0 + $1.rejects.count },
                  failures: documents.filter { if case .failed = $0.status { return true } else { return false } }.count)
    }

    /// Rejects are data (listed in rejects.csv), not failures; only a failed document fails the run.
    public var exitStatus: ExitStatus { failures > 0 ? .documentFailed : .success }

    public var description: String {
        "\(documents) documents, \(tables) tables, \(cells) cells, \(rejects) rejects, \(failures) failed"
    }
}
