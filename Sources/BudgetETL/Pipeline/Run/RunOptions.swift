import Foundation

/// How much of the pipeline a run does (`budget-etl run` options).
public struct RunOptions: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        /// Every stage, each only where its stored result is stale.
        case incremental
        /// `--stage S`: exactly stage S, for every selected document, from the stored results of
        /// the stage before it.
        case stage(Stage)
        /// `--from S`: stage S and every later one, for every selected document.
        case from(Stage)
    }

    public var scope: Scope
    /// `--force`: ignore fingerprints, recompute every stage run.
    public var force: Bool
    /// `--only GLOB`: documents to run (patterns as in `input.patterns`); empty: all. Other
    /// documents keep their stored results and their lines in the outputs.
    public var only: [String]
    /// `--shard K/N`: the part of the input this run processes (all of it by default).
    public var shard: Shard = .whole
    /// `--jobs N`: documents processed at once.
    public var jobs: Int
    /// The command line, recorded in the lock file and run.json.
    public var command: String

    public init(scope: Scope = .incremental, force: Bool = false, only: [String] = [],
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, command: String = "budget-etl run") {
        self.scope = scope
        self.force = force
        self.only = only
        self.jobs = max(1, jobs)
        self.command = command
    }

    /// How each stage is treated for a selected document.
    enum StageMode: Equatable {
        /// Recomputed when stale.
        case auto
        /// Recomputed.
        case forced
        /// Not run; its stored result is used as it is by the stages after it.
        case off
    }

    func mode(_ stage: Stage) -> StageMode {
        switch scope {
        case .incremental: return force ? .forced : .auto
        case .stage(let s): return stage == s ? .forced : .off
        case .from(let s): return stage >= s ? .forced : .off
        }
    }

    /// The first stage run, whose upstream must be stored already (nil for a full run).
    var firstStage: Stage? {
        switch scope {
        case .incremental: return nil
        case .stage(let s), .from(let s): return s
        }
    }

    /// Whether the output files are put together at the end.
    var assemblesOutputs: Bool { mode(.load) != .off }
}

/// Why a run stopped early; `exitStatus` is what `budget-etl` exits with.
public struct RunFailure: Error, CustomStringConvertible {
    public var exitStatus: ExitStatus
    public var description: String

    public init(_ exitStatus: ExitStatus, _ description: String) {
        self.exitStatus = exitStatus
        self.description = description
    }
}
