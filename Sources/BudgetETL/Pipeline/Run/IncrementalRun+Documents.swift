import Foundation

extension IncrementalRun {
    func processDocuments() throws {
        let work = files.indices.filter { selected[$0] }
        let lock = NSLock()
        var done = 0
        var lastCheckpoint = Date()
        // Whether a document's state changed since the last checkpoint (a no-op run writes none).
        var changedSinceCheckpoint = false
        var missing: [MissingStageResult] = []
        var stageCounts = RunReport.Stages()
        let progressStart = Date()

        ParallelWork.run(count: work.count, jobs: options.jobs) { [self] n in
            let index = work[n]
            lock.lock()
            let old = states[index]
            lock.unlock()
            if DocumentJob.unchanged(files[index], old: old, context: context) {
                // Its stored state stays as it is: no job to make, nor a state to compare and copy.
                lock.lock()
                done += 1
                let doneNow = done
                lock.unlock()
                log.progress("documents", done: doneNow, total: work.count, since: progressStart)
                return
            }
            let job = DocumentJob(file: files[index], old: old, context: context)
            var missed: MissingStageResult?
            do { try job.run() } catch let error as MissingStageResult { missed = error } catch {}
            if job.outcomes.values.contains(.failed) {
                log.error("failed: \(files[index].relativePath): \(job.failure ?? "?")")
            }
            if log.verbosity >= .verbose {
                let ran = Stage.allCases.filter { [.processed, .failed].contains(job.outcomes[$0]) }
                if !ran.isEmpty {
                    log.detail("\(files[index].relativePath): " + ran.map { stage in
                        stage.rawValue + (job.reasons[stage].map { " (\($0))" } ?? "")
                    }.joined(separator: ", "))
                }
            }
            lock.lock()
            if job.state != old {
                changedSinceCheckpoint = true
                stateChanged = true
            }
            states[index] = job.state
            if let missed { missing.append(missed) }
            for stage in Stage.allCases {
                switch job.outcomes[stage] {
                case .processed?: stageCounts[stage].processed += 1
                case .failed?:
                    stageCounts[stage].processed += 1
                    stageCounts[stage].failed += 1
                case .skipped?, nil: break
                }
                stageCounts[stage].durationSeconds += job.seconds[stage] ?? 0
            }
            done += 1
            let doneNow = done
            if changedSinceCheckpoint, Date().timeIntervalSince(lastCheckpoint) > Self.checkpointSeconds {
                lastCheckpoint = Date()
                changedSinceCheckpoint = false
                checkpoint()
            }
            lock.unlock()
            log.progress("documents", done: doneNow, total: work.count, since: progressStart)
        }
        log.endProgress()

        for stage in Stage.allCases {
            stageCounts[stage].skipped = files.count - stageCounts[stage].processed
        }
        report.stages = stageCounts
        if let error = context.storeFailure.error {
            throw RunFailure(.runAborted, "cannot write the state folder \(store.folder.path): \(error.localizedDescription)")
        }
        if !missing.isEmpty {
            checkpoint()
            let first = missing[0]
            throw RunFailure(.missingStageResults, Self.missingMessage(
                stage: first.stage.index + 1 < Stage.allCases.count ? Stage.allCases[first.stage.index + 1] : .load,
                upstream: first.stage, documents: missing.map(\.sourceFile), damaged: first.damaged))
        }
        for stage in Stage.allCases where options.mode(stage) != .off {
            let c = stageCounts[stage]
            log.info("\(stage.rawValue): \(c.processed) processed, \(c.skipped) up to date or not selected"
                     + (c.failed > 0 ? ", \(c.failed) failed" : "") + " (\(String(format: "%.1f", c.durationSeconds)) s)")
        }
    }

    /// How often, at most, the index is saved while documents are processed.
    static let checkpointSeconds: TimeInterval = 5

    /// Saves the index as it is now, so a killed run's finished documents need not be redone.
    private func checkpoint() {
        var snapshot = manifest
        for (file, state) in zip(files, states) { snapshot.documents[file.relativePath] = state }
        snapshot.toolFingerprints = toolFingerprints
        if let bytes = try? snapshot.encoded() { try? StateStore.writeCreatingFolder(bytes, to: store.manifestURL) }
    }

    var toolFingerprints: [String: String] { context.tools.stored }
}
