import Foundation

/// One run's work, in order: recover, scan, plan, process documents in parallel
/// (`IncrementalRun+Documents.swift`), put the outputs together and commit them
/// (`IncrementalRun+Load.swift`).
final class IncrementalRun {
    let config: PipelineConfig
    let options: RunOptions
    let log: RunLog
    let started: Date
    let tookOverLock: Bool
    let store: StateStore
    // Internal, not private: the documents' processing and the load are extensions in
    // IncrementalRun+Documents.swift and IncrementalRun+Load.swift.
    var report = RunReport()
    var manifest = StateManifest()
    var files: [InputFile] = []
    var selected: [Bool] = []
    /// The state of each file after this run (index as `files`).
    var states: [DocumentState?] = []
    /// Whether a document's state changed in this run (else `states` are the index's, as read).
    var stateChanged = false
    var removed: [String] = []
    var context: RunContext!

    init(config: PipelineConfig, options: RunOptions, log: RunLog, started: Date, tookOverLock: Bool) {
        self.config = config
        self.options = options
        self.log = log
        self.started = started
        self.tookOverLock = tookOverLock
        self.store = StateStore(folder: config.effectiveStateFolder)
        report.command = options.command
        report.started = RunReport.timestamp(started)
    }

    func perform() throws -> PipelineRunner.Outcome {
        try recover()
        try scan()
        try checkPrerequisites()
        try processDocuments()
        let summary = summarize()
        try load(summary)
        removeStateOfRemovedDocuments()
        logEnd(summary)
        return PipelineRunner.Outcome(report: report, summary: summary)
    }

    // MARK: - Recover

    /// Completes the output commit of a killed run, removes its temporary files, reads the index.
    private func recover() throws {
        do {
            try FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
            let recovered = try OutputCommit.recover(journal: store.journalURL)
            if recovered { log.warning("completed the output files of an interrupted run (its commit was journaled)") }
            removeTemporaryFiles(in: config.outputFolder)
            removeTemporaryFiles(in: config.outputFolder.appendingPathComponent(WideCSV.folderName))
            removeTemporaryFiles(below: config.outputFolder.appendingPathComponent(ParquetLayout.folderName))
            removeTemporaryFiles(in: config.outputFolder.appendingPathComponent(ReportWriter.folderName))
            let (loaded, problem) = StateManifest.load(store.manifestURL)
            if let problem { log.warning(problem) }
            if recovered || tookOverLock || loaded == nil { store.removeTemporaryFiles() }
            manifest = loaded ?? StateManifest()
        } catch {
            throw RunFailure(.runAborted, "cannot prepare the state folder \(store.folder.path): \(error)")
        }
    }

    private func removeTemporaryFiles(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where TemporaryFile.isTemporaryName(name) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    private func removeTemporaryFiles(below folder: URL) {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in walker where TemporaryFile.isTemporaryName(url.lastPathComponent) { unlink(url.path) }
    }

    // MARK: - Scan and plan

    private func scan() throws {
        let scanner = InputScanner(folder: config.inputFolder, patterns: config.inputPatterns,
                                   excluding: [config.outputFolder, store.folder])
        let result: InputScanner.Result
        do { result = try scanner.scanReporting() } catch {
            throw RunFailure(.runAborted, "cannot list the input folder \(config.inputFolder.path): \(error.localizedDescription)")
        }
        for folder in result.unreadableFolders { log.warning("cannot list the input folder \(folder): skipped") }
        files = result.files.filter { options.shard.contains(relativePath: $0.relativePath) }
        let only = options.only.map(GlobPattern.init)
        selected = files.map { file in only.isEmpty || only.contains { $0.matches(relativePath: file.relativePath) } }
        states = files.map { manifest.documents[$0.relativePath] }
        let present = Set(files.map(\.relativePath))
        removed = manifest.documents.keys.filter { !present.contains($0) }.sorted()

        report.documents.total = files.count
        report.documents.selected = selected.filter { $0 }.count
        report.documents.removed = removed.count
        let pdfProgram = files.contains(where: PDFConverter.isPDF)
            ? PDFConverter(settings: config.pdf, textFolder: nil).programStamp() : "no PDF input"
        let configFingerprints = ConfigFingerprintStore(store).fingerprints(config, pdfProgram: pdfProgram, store: true)
        report.configFingerprint = configFingerprints.whole
        if config.source.patternsChecked, let sha256 = config.source.sha256 {
            CheckedConfigMark.write(in: store.folder, sha256: sha256)
        }

        let config = config, textFolder = store.textFolder
        let makeProcessor = MadeOnFirstUse {
            var processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit,
                                              placement: PlacementRules(config.validation))
            processor.pdf = PDFConverter(settings: config.pdf, textFolder: textFolder)
            return processor
        }
        let tools = ToolFingerprints.current(reusing: manifest.toolFingerprints)
        context = RunContext(options: options, store: store, makeProcessor: makeProcessor,
                             makeValidator: MadeOnFirstUse { Validator(config: config.validation) },
                             configFingerprints: configFingerprints, tools: tools,
                             previousTools: manifest.toolFingerprints,
                             documentsKey: Freshness(configs: configFingerprints, tools: tools).documentsKey)

        var line = "scan: \(files.count) input files in \(config.inputFolder.path)"
        if options.shard != .whole { line += " in shard \(options.shard) (of \(result.files.count))" }
        if report.documents.selected != files.count { line += ", \(report.documents.selected) selected by --only" }
        let new = files.indices.filter { selected[$0] && states[$0] == nil }.count
        if new > 0 { line += ", \(new) new" }
        if !removed.isEmpty { line += ", \(removed.count) removed since the last run" }
        log.info(line)
    }

    /// `--stage S` / `--from S` read the stored results of the stage before S: all must be there.
    private func checkPrerequisites() throws {
        guard let first = options.firstStage, let upstream = first.upstream else { return }
        let missing = files.indices.filter { i in
            selected[i] && !(states[i]?[upstream] != nil && store.exists(upstream, files[i].relativePath))
        }.map { files[$0].relativePath }
        guard !missing.isEmpty else { return }
        throw RunFailure(.missingStageResults, Self.missingMessage(stage: first, upstream: upstream, documents: missing, damaged: false))
    }

    static func missingMessage(stage: Stage, upstream: Stage, documents: [String], damaged: Bool) -> String {
        let shown = documents.prefix(3).joined(separator: ", ") + (documents.count > 3 ? " and \(documents.count - 3) more" : "")
        let what = damaged ? "is damaged" : "is missing"
        return "cannot run \(stage.rawValue): the stored \(upstream.rawValue) result \(what) for \(documents.count) "
            + "document\(documents.count == 1 ? "" : "s") (\(shown)). Run `budget-etl run --stage \(upstream.rawValue)` first "
            + "(or `budget-etl run` to bring every stage up to date)."
    }


    // MARK: - Summary

    /// Counts over every document the outputs hold (skipped ones from their stored summaries).
    private func summarize() -> RunSummary {
        var summary = RunSummary()
        for state in states {
            guard let state, state.normalize != nil else { continue }
            let s = state.summary
            summary.documents += 1
            summary.tables += s.tables
            summary.cells += s.cells
            summary.rejects += s.rejects
            if s.failed { summary.failures += 1 }
            summary.errors += s.errors
            summary.warnings += s.warnings
            report.numbers.found += s.numbersFound
            report.numbers.loaded += s.cells
            report.numbers.rejected += s.rejects
            if s.failed {
                report.documents.failed += 1
            } else if s.status == DocumentStatus.noTables.text {
                report.documents.noTables += 1
            } else {
                report.documents.ok += 1
            }
        }
        summary.validationFailed = config.validation.fails(errors: summary.errors, warnings: summary.warnings)
        report.findings = RunReport.Findings(error: summary.errors, warning: summary.warnings)
        return summary
    }


    func writeState(_ finalManifest: StateManifest?) throws {
        do {
            if let finalManifest { try StateStore.writeCreatingFolder(try finalManifest.encoded(), to: store.manifestURL) }
            try AtomicFile.write(report.encoded(), to: config.outputFolder.appendingPathComponent(RunReport.fileName))
        } catch {
            throw RunFailure(.runAborted, "cannot write the state index or run.json: \(error.localizedDescription)")
        }
    }

    func finish(_ summary: RunSummary) {
        let ended = Date()
        report.ended = RunReport.timestamp(ended)
        report.durationSeconds = (ended.timeIntervalSince(started) * 1000).rounded() / 1000
        report.exitStatus = summary.exitStatus.rawValue
    }

    private func removeStateOfRemovedDocuments() {
        for path in removed { store.remove(path) }
    }

    private func logEnd(_ summary: RunSummary) {
        var line = "done: \(summary.description); exit status \(summary.exitStatus.rawValue)"
        line += " (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)"
        log.info(line)
    }

    /// run.json of a run that stopped early (best effort: the failure is reported anyway).
    func writeReport(exitStatus: ExitStatus, message: String) {
        let ended = Date()
        report.ended = RunReport.timestamp(ended)
        report.durationSeconds = (ended.timeIntervalSince(started) * 1000).rounded() / 1000
        report.exitStatus = exitStatus.rawValue
        report.message = message
        try? AtomicFile.write(report.encoded(), to: config.outputFolder.appendingPathComponent(RunReport.fileName))
    }
}
