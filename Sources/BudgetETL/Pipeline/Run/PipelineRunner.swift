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

/// One run's work, in order: recover, scan, plan, process documents in parallel, put the outputs
/// together, commit.
final class IncrementalRun {
    let config: PipelineConfig
    let options: RunOptions
    let log: RunLog
    let started: Date
    let tookOverLock: Bool
    let store: StateStore
    private(set) var report = RunReport()

    private var manifest = StateManifest()
    private var files: [InputFile] = []
    private var selected: [Bool] = []
    /// The state of each file after this run (index as `files`).
    private var states: [DocumentState?] = []
    private var removed: [String] = []
    private var context: RunContext!

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

        let config = config, textFolder = store.textFolder
        let makeProcessor = MadeOnFirstUse {
            var processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit,
                                              placement: PlacementRules(config.validation))
            processor.pdf = PDFConverter(settings: config.pdf, textFolder: textFolder)
            return processor
        }
        context = RunContext(options: options, store: store, makeProcessor: makeProcessor,
                             makeValidator: MadeOnFirstUse { Validator(config: config.validation) },
                             configFingerprints: configFingerprints,
                             tools: ToolFingerprints.current(reusing: manifest.toolFingerprints),
                             previousTools: manifest.toolFingerprints)

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

    // MARK: - Documents

    private func processDocuments() throws {
        let work = files.indices.filter { selected[$0] }
        let lock = NSLock()
        var done = 0
        var lastCheckpoint = Date()
        var missing: [MissingStageResult] = []
        var stageCounts = RunReport.Stages()
        let progressStart = Date()

        ParallelWork.run(count: work.count, jobs: options.jobs) { [self] n in
            let index = work[n]
            lock.lock()
            let old = states[index]
            lock.unlock()
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
            if Date().timeIntervalSince(lastCheckpoint) > 5 {
                lastCheckpoint = Date()
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

    /// Saves the index as it is now, so a killed run's finished documents need not be redone.
    private func checkpoint() {
        var snapshot = manifest
        for (file, state) in zip(files, states) { snapshot.documents[file.relativePath] = state }
        snapshot.toolFingerprints = toolFingerprints
        if let bytes = try? snapshot.encoded() { try? StateStore.writeCreatingFolder(bytes, to: store.manifestURL) }
    }

    private var toolFingerprints: [String: String] { context.tools.stored }

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

    // MARK: - Load

    private var included: [Int] { files.indices.filter { states[$0]?.load != nil } }

    private func outputsKey(_ included: [Int]) -> String {
        context.freshness.outputsKey(included.map { (files[$0].relativePath, states[$0]!.load!.key) },
                                     shard: options.shard == .whole ? nil : options.shard.description)
    }

    /// CSV, and Parquet when `output.formats` asks for it.
    private var assembler: OutputAssembler {
        var assembler = OutputAssembler(folder: config.outputFolder, byteOrderMark: config.csvByteOrderMark,
                                        outputUnit: config.outputUnit.rawValue)
        if config.formats.contains(.parquet) {
            assembler.parquet = OutputAssembler.ParquetOptions(
                settings: config.parquet, shard: options.shard,
                keyValues: [("budget_etl.version", BudgetETLVersion.current),
                            ("budget_etl.config_fingerprint", report.configFingerprint),
                            ("budget_etl.shard", options.shard.description)],
                baseKey: context.configFingerprints.outputs + context.tools.load)
            assembler.parquetThread = options.jobs > 1
        }
        if config.formats.contains(.xlsx) {
            assembler.workbookThread = options.jobs > 1
            assembler.workbook = WorkbookWriter.About(
                toolVersion: BudgetETLVersion.current, configFingerprint: report.configFingerprint,
                runTime: report.started, outputUnit: config.outputUnit.rawValue)
        }
        return assembler
    }

    private func outputsIntact(_ record: OutputsRecord) -> Bool {
        Freshness.outputsIntact(record, in: config.outputFolder)
    }

    private func load(_ summary: RunSummary) throws {
        var finalManifest = manifest
        finalManifest.documents = [:]
        for (file, state) in zip(files, states) where state != nil { finalManifest.documents[file.relativePath] = state }
        finalManifest.toolFingerprints = toolFingerprints
        finalManifest.tool = BudgetETLVersion.current

        let included = self.included
        let key = outputsKey(included)
        let mode = options.mode(.load)
        let fresh = mode == .off
            || (mode == .auto && manifest.outputs?.key == key && manifest.outputs.map(outputsIntact) == true)
        if fresh {
            if mode != .off { log.info("load: outputs up to date") }
            finish(summary)
            // A run that changed nothing leaves the index as it is.
            let unchanged = finalManifest.documents == manifest.documents && finalManifest.toolFingerprints == manifest.toolFingerprints
            try writeState(unchanged ? nil : finalManifest)
            return
        }

        let start = Date()
        var rebuilt: [Int: DocumentState] = [:]
        func rebuild(_ n: Int) throws -> LoadFragment.Summary {
            let i = included[n]
            let job = DocumentJob(file: files[i], old: states[i], context: context)
            do {
                let summary = try job.rebuildLoad()
                rebuilt[i] = job.state
                return summary
            } catch let missing as MissingStageResult {
                throw RunFailure(.missingStageResults, Self.missingMessage(
                    stage: .load, upstream: missing.stage, documents: [missing.sourceFile], damaged: missing.damaged))
            }
        }
        // Fragments are made again from the stored normalize and validate results, the next one
        // on a thread of its own while this one is written when the assembly takes them in a row.
        // A document whose report page is stale gets it rendered there too, from the results just
        // read (else the report reads and decodes them again, after the assembly).
        let reportWriter = config.report ? makeReportWriter() : nil
        let reportDocuments = reportWriter == nil ? [] : self.reportDocuments(included)
        let pagesAhead = PagesAhead(stale: reportWriter.flatMap { try? $0.stale(reportDocuments) } ?? [])
        let fragments = ReadAhead(count: included.count, ahead: options.jobs > 1) { n in
            let i = included[n]
            let job = DocumentJob(file: self.files[i], old: self.states[i], context: self.context)
            do {
                let results = try job.results()
                if let reportWriter, pagesAhead.wants(n) {
                    // A page that fails here is rendered again by the report, which reports the failure.
                    if let page = try? reportWriter.render(reportDocuments[n], results: results) { pagesAhead.add(n, page) }
                }
                return (LoadFragment(results.0, validation: results.1), job.state)
            } catch let missing as MissingStageResult {
                throw RunFailure(.missingStageResults, Self.missingMessage(
                    stage: .load, upstream: missing.stage, documents: [missing.sourceFile], damaged: missing.damaged))
            }
        }
        defer { fragments.finish() }
        let source = OutputAssembler.Source(
            count: included.count,
            summary: { n in
                let i = included[n]
                if let prefix = self.store.readPrefix(.load, self.files[i].relativePath, key: self.states[i]!.load!.key),
                   let summary = try? LoadFragment.Summary(decoding: prefix) {
                    return summary
                }
                return try rebuild(n)
            },
            fragment: { n in
                let (fragment, state) = try fragments.value(n)
                if state != self.states[included[n]] { rebuilt[included[n]] = state }
                return fragment
            },
            key: { n in self.states[included[n]]!.load!.key },
            sourceFile: { n in self.files[included[n]].relativePath },
            progress: { n in self.log.progress("load", done: n + 1, total: included.count, since: start) })

        // What the bytes of a document's lines or block depend on besides its fragment.
        let outputsBase = context.configFingerprints.outputs + context.tools.load
        let prepared: OutputAssembler.Prepared
        do {
            var assembler = self.assembler
            assembler.csvBase = outputsBase
            assembler.workbookBase = outputsBase
            if mode == .auto {
                assembler.csvReuse = csvReuse(base: outputsBase)
                assembler.parquet?.reuse = parquetReuse(base: outputsBase)
                if assembler.workbook != nil { assembler.workbookReuse = workbookReuse() }
            }
            prepared = try assembler.assemble(source)
        } catch let failure as RunFailure {
            log.endProgress()
            fragments.finish()
            pagesAhead.discard()
            throw failure
        } catch {
            log.endProgress()
            fragments.finish()
            pagesAhead.discard()
            throw RunFailure(.runAborted, "cannot write the output files to \(config.outputFolder.path): \(error.localizedDescription)")
        }
        fragments.finish()
        log.endProgress()
        for (i, state) in rebuilt {
            states[i] = state
            finalManifest.documents[files[i].relativePath] = state
        }

        var outputs = OutputsRecord(key: key, files: [:])
        let folderPath = config.outputFolder.path + "/"
        for file in prepared.files {
            outputs.files[String(file.target.path.dropFirst(folderPath.count))] = FileStat.of(file.url.path)
        }
        for url in prepared.kept { outputs.files[String(url.path.dropFirst(folderPath.count))] = FileStat.of(url.path) }
        report.outputs = RunReport.Outputs(written: true, files: prepared.files.count)
        finish(summary)
        let pages = try reportWriter.map { writer in
            try prepareReport(writer, reportDocuments, early: pagesAhead.taken(), outputs: &outputs, discarding: prepared)
        }
        finalManifest.outputs = outputs
        report.stages.load.durationSeconds += Date().timeIntervalSince(start)

        do {
            var commit = OutputCommit()
            prepared.files.forEach { commit.add($0) }
            commit.removals = prepared.removals.map(\.path)
            pages?.files.forEach { commit.add($0) }
            commit.removals += pages?.removals.map(\.path) ?? []
            var stateFiles = [(try finalManifest.encoded(), store.manifestURL),
                              (report.encoded(), config.outputFolder.appendingPathComponent(RunReport.fileName))]
            if let layout = prepared.csvLayout { stateFiles.append((layout.framed(outputsKey: key), store.csvLayoutURL)) }
            if let layouts = prepared.parquetLayouts {
                stateFiles.append((StateFile.frame(kind: ParquetFileLayout.fileName, key: key, payload: ParquetFileLayout.encoded(
                    layouts, base: outputsBase), compress: true), store.parquetLayoutURL))
            }
            if let layout = prepared.workbookLayout { stateFiles.append((layout.framed(outputsKey: key), store.workbookLayoutURL)) }
            for (bytes, target) in stateFiles {
                let file = try TemporaryFile(for: target)
                try file.write(bytes)
                try file.finish()
                commit.add(file)
            }
            try commit.perform(journal: store.journalURL)
        } catch {
            prepared.discard()
            pages?.discard()
            throw RunFailure(.runAborted, "cannot put the output files in place in \(config.outputFolder.path): \(error.localizedDescription)")
        }
        log.info("load: wrote \(prepared.files.count) files to \(config.outputFolder.path)"
                 + (prepared.removals.isEmpty ? "" : ", removed \(prepared.removals.count) wide files of kinds no longer present")
                 + " (\(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
    }

    /// The previous run's CSV files with their layout, when it was stored for the outputs the state
    /// index records (so the layout and the files' recorded stats belong to one commit).
    private func csvReuse(base: String) -> CSVReuse? {
        guard let old = manifest.outputs,
              let layout = CSVLayout.read(from: store.csvLayoutURL, outputsKey: old.key), layout.base == base else { return nil }
        return CSVReuse(layout: layout, folder: config.outputFolder, written: old.files)
    }

    /// The previous run's Parquet files with their layouts, as `csvReuse`.
    private func parquetReuse(base: String) -> ParquetReuse? {
        guard let old = manifest.outputs, case .success(let bytes) = FileReading.read(store.parquetLayoutURL.path),
              let contents = try? StateFile.unframe(bytes, kind: ParquetFileLayout.fileName, key: old.key),
              let stored = try? ParquetFileLayout.decode(contents.payload), stored.base == base else { return nil }
        return ParquetReuse(layouts: stored.files, folder: config.outputFolder, written: old.files)
    }

    /// The previous run's workbook with its layout, as `csvReuse` (the layout's own base is
    /// checked by `WorkbookWriter`).
    private func workbookReuse() -> WorkbookReuse? {
        guard let old = manifest.outputs, let layout = WorkbookLayout.read(from: store.workbookLayoutURL, outputsKey: old.key) else { return nil }
        return WorkbookReuse(layout: layout, folder: config.outputFolder, written: old.files)
    }

    private func makeReportWriter() -> ReportWriter {
        ReportWriter(folder: config.outputFolder.appendingPathComponent(ReportWriter.folderName),
                     cacheURL: store.folder.appendingPathComponent(ReportWriter.cacheName),
                     unit: config.outputUnit.rawValue, jobs: options.jobs)
    }

    private func reportDocuments(_ included: [Int]) -> [ReportWriter.Document] {
        included.map { i in
            ReportWriter.Document(sourceFile: files[i].relativePath, loadKey: states[i]!.load!.key) { [self] in
                try DocumentJob(file: files[i], old: states[i], context: context).results()
            }
        }
    }

    /// `report: true`: the report's files under temporary names (pages only of documents whose
    /// results changed; `early`: those rendered during the assembly), recorded in `outputs` so a
    /// deleted page makes the next run write it again.
    private func prepareReport(_ writer: ReportWriter, _ documents: [ReportWriter.Document], early: [Int: ReportWriter.RenderedPage],
                               outputs: inout OutputsRecord, discarding assembled: OutputAssembler.Prepared) throws -> ReportWriter.Prepared {
        let start = Date()
        let prepared: ReportWriter.Prepared
        do {
            prepared = try writer.prepare(documents, run: report, early: early)
        } catch {
            assembled.discard()
            early.values.forEach { $0.file.discard() }
            throw RunFailure(.runAborted, "cannot write the report to \(writer.folder.path): \(error)")
        }
        let folderPath = config.outputFolder.path + "/"
        for page in prepared.pages { outputs.files[page] = FileStat.of(folderPath + page) }
        for file in prepared.files where file.target.path.hasPrefix(folderPath) {
            outputs.files[String(file.target.path.dropFirst(folderPath.count))] = FileStat.of(file.url.path)
        }
        log.info("report: \(prepared.rendered) of \(prepared.pages.count) document pages rendered"
                 + " (\(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
        return prepared
    }

    private func writeState(_ finalManifest: StateManifest?) throws {
        do {
            if let finalManifest { try StateStore.writeCreatingFolder(try finalManifest.encoded(), to: store.manifestURL) }
            try AtomicFile.write(report.encoded(), to: config.outputFolder.appendingPathComponent(RunReport.fileName))
        } catch {
            throw RunFailure(.runAborted, "cannot write the state index or run.json: \(error.localizedDescription)")
        }
    }

    private func finish(_ summary: RunSummary) {
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

/// Runs `count` work items on `jobs` threads, each taking the next item when done with one, so
/// at most `jobs` documents are in memory at once.
enum ParallelWork {
    static func run(count: Int, jobs: Int, _ body: @escaping (Int) -> Void) {
        guard count > 0 else { return }
        let queue = WorkQueue(count: count)
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            while let n = queue.take() { body(n) }
            return
        }
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let n = queue.take() { body(n) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    private final class WorkQueue: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int

        init(count: Int) { self.count = count }

        func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
