import Dispatch
import Foundation
import Logging

/// Runs the pipeline once over the input folder, incrementally: each stage's result is stored per
/// document under a fingerprint of what it depends on (see `DocumentJob`, `ConfigFingerprints`,
/// `ToolFingerprints`), and only stale results are computed again. The output files are put
/// together from the documents' stored fragments, so an incremental run gives byte for byte the
/// files a `--force` run gives.
///
/// A run holds the output folder's lock (`RunLock`) throughout, writes every file to a temporary
/// name first, and renames the outputs into place together (`OutputCommit`): killed at any moment,
/// it leaves the previous outputs whole, and the next run completes correctly.
public struct PipelineRunner {
    public let config: PipelineConfig
    public var options: RunOptions
    public let log: RunLog

    public init(config: PipelineConfig, options: RunOptions = RunOptions(), log: RunLog = RunLog(verbosity: .quiet)) {
        self.config = config
        self.options = options
        self.log = log
    }

    public init(config: PipelineConfig, logger: Logger) {
        self.init(config: config, log: RunLog(logger: logger))
    }

    /// What a run did: run.json's contents and the counts that decide the exit status.
    public struct Outcome: Sendable {
        public var report: RunReport
        public var summary: RunSummary
    }

    /// Runs and returns the counts. Throws `RunFailure` when the run could not be done (lock held
    /// by another run, stored results missing for `--stage`, input not listable, output not
    /// writable).
    @discardableResult
    public func run() throws -> RunSummary { try execute().summary }

    public func execute() throws -> Outcome {
        let started = Date()
        do {
            try FileManager.default.createDirectory(at: config.outputFolder, withIntermediateDirectories: true)
        } catch {
            throw RunFailure(.runAborted, "cannot create the output folder \(config.outputFolder.path): \(error.localizedDescription)")
        }
        var tookOver = false
        let lock: RunLock
        do {
            lock = try RunLock.acquire(in: config.outputFolder, command: options.command) { note in
                tookOver = true
                log.warning(note)
            }
        } catch let busy as RunLock.Busy {
            throw RunFailure(.locked, busy.description)
        } catch {
            throw RunFailure(.runAborted, "cannot take the lock of the output folder: \(error)")
        }
        defer { lock.release() }

        let run = IncrementalRun(config: config, options: options, log: log, started: started, tookOverLock: tookOver)
        do {
            return try run.perform()
        } catch {
            let failure = error as? RunFailure ?? RunFailure(.runAborted, "run aborted: \(error)")
            run.writeReport(exitStatus: failure.exitStatus, message: failure.description)
            throw failure
        }
    }
}
