/// Why a stage's stored result, or the output files, must be computed again (for --verbose and
/// `status`); `description` gives it in words.
public enum StaleReason: Equatable, Sendable, CustomStringConvertible {
    case notRunBefore
    /// `--force`: the stored result would do.
    case forced
    case failedBefore
    /// What changed since the result was stored; empty when the record differs for another reason.
    case changed([Cause])
    /// A stage before it is stale, so this one will be computed again too (`status`).
    case upstreamStale
    case storedResultMissing
    /// The output files: never written, …
    case outputsNotWritten
    case documentsChanged
    case csvOptionsOrToolChanged
    case outputFileChanged

    public enum Cause: Equatable, Sendable {
        /// The file's content (for extract).
        case input
        /// The result of the stage before.
        case upstream
        /// The parts of pipeline.yaml the stage reads.
        case config(Stage)
        /// The code of the stage.
        case tool
    }

    /// Compares the stored record of a stage with the one a run expects.
    static func of(_ stage: Stage, old: StageRecord?, new: StageRecord, upstreamChanged: Bool, toolChanged: Bool) -> StaleReason {
        guard let old else { return .notRunBefore }
        if old.key == new.key { return old.failure != nil ? .failedBefore : .forced }
        var causes: [Cause] = []
        if upstreamChanged { causes.append(stage == .extract ? .input : .upstream) }
        if old.config != new.config { causes.append(.config(stage)) }
        if toolChanged { causes.append(.tool) }
        return .changed(causes)
    }

    public var description: String {
        switch self {
        case .notRunBefore: return "not run before"
        case .forced: return "forced"
        case .failedBefore: return "failed before (retried)"
        case .changed(let causes): return causes.isEmpty ? "changed" : causes.map(\.description).joined(separator: ", ")
        case .upstreamStale: return "upstream stale"
        case .storedResultMissing: return "stored result missing"
        case .outputsNotWritten: return "not written"
        case .documentsChanged: return "documents changed"
        case .csvOptionsOrToolChanged: return "csv options or tool changed"
        case .outputFileChanged: return "an output file was changed or removed"
        }
    }
}

extension StaleReason.Cause: CustomStringConvertible {
    public var description: String {
        switch self {
        case .input: return "input changed"
        case .upstream: return "upstream changed"
        case .config(let stage): return "config changed: \(Self.section(stage))"
        case .tool: return "tool changed"
        }
    }

    /// The part of pipeline.yaml a stage reads.
    static func section(_ stage: Stage) -> String {
        switch stage {
        case .extract: return "catalog titles or pdf"
        case .normalize: return "output.unit, catalog columns or placement rules"
        case .validate: return "validate"
        case .load: return "csv"
        }
    }
}
