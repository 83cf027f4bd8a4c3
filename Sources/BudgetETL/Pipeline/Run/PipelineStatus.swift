import Foundation

/// `budget-etl status`: per document and stage, whether the stored result is fresh, stale (and
/// why) or failed, and whether the outputs are up to date. Reads the state index and stats the
/// inputs (a file whose size or times changed is hashed); computes and writes nothing, takes no
/// lock.
public struct PipelineStatus {
    public enum StageState: Equatable, Sendable {
        case fresh
        case stale(StaleReason)
        case failed(String)

        public var text: String {
            switch self {
            case .fresh: return "fresh"
            case .stale(let why): return "stale (\(why))"
            case .failed(let why): return "failed (\(why))"
            }
        }
    }

    public struct Document: Sendable {
        public var sourceFile: String
        public var stages: [StageState]

        public func state(_ stage: Stage) -> StageState { stages[stage.index] }

        public var isFresh: Bool { stages.allSatisfy { $0 == .fresh } }
        public var isNew: Bool { stages.allSatisfy { $0 == .stale(.notRunBefore) } }
        public var failure: String? {
            for case .failed(let why) in stages { return why }
            return nil
        }

        /// "fresh", or the stages grouped by state: "extract fresh; normalize, validate, load stale (upstream changed)".
        public var text: String {
            if isFresh { return "fresh" }
            if isNew { return "new (not run before)" }
            if let failure { return "failed (\(failure)); retried on every run" }
            var groups: [(names: [String], text: String)] = []
            for stage in Stage.allCases {
                let text = state(stage).text
                if let last = groups.last, last.text == text {
                    groups[groups.count - 1].names.append(stage.rawValue)
                } else {
                    groups.append(([stage.rawValue], text))
                }
            }
            return groups.map { $0.names.joined(separator: ", ") + " " + $0.text }.joined(separator: "; ")
        }
    }

    public var documents: [Document] = []
    /// Documents in the state but no longer in the input folder.
    public var removed: [String] = []
    public var outputs: StageState = .fresh
    /// A run in progress, as its lock file says; nil when none.
    public var runningHolder: String?
    /// Why the state index was not usable, when it was not.
    public var stateProblem: String?

    /// The one-line summary.
    public var summary: String {
        let fresh = documents.filter(\.isFresh).count
        let failed = documents.filter { $0.failure != nil }.count
        let new = documents.filter(\.isNew).count
        let stale = documents.count - fresh - failed - new
        var parts = ["\(documents.count) documents: \(fresh) fresh, \(stale) stale, \(failed) failed, \(new) new"]
        if !removed.isEmpty { parts.append("\(removed.count) removed from the input") }
        parts.append("outputs \(outputs.text)")
        return parts.joined(separator: "; ")
    }

    /// The report as printed by `budget-etl status`.
    public var text: String {
        var lines: [String] = []
        if let runningHolder { lines.append("a run is in progress (\(runningHolder)); its results are not shown yet") }
        if let stateProblem { lines.append("note: \(stateProblem)") }
        for document in documents { lines.append("\(document.sourceFile): \(document.text)") }
        for path in removed { lines.append("\(path): removed from the input (its lines leave the outputs at the next run)") }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    public init(config: PipelineConfig) throws {
        let store = StateStore(folder: config.effectiveStateFolder)
        let loaded = StateManifest.load(store.manifestURL)
        stateProblem = loaded.problem
        let manifest = loaded.manifest ?? StateManifest()
        runningHolder = Self.runningHolder(config.outputFolder)

        let files: [InputFile]
        do {
            files = try InputScanner(folder: config.inputFolder, patterns: config.inputPatterns,
                                     excluding: [config.outputFolder, store.folder]).scan()
        } catch {
            throw RunFailure(.runAborted, "cannot list the input folder \(config.inputFolder.path): \(error.localizedDescription)")
        }
        let pdfProgram = files.contains(where: PDFConverter.isPDF)
            ? PDFConverter(settings: config.pdf, textFolder: nil).programStamp() : "no PDF input"
        let configs = ConfigFingerprintStore(store).fingerprints(config, pdfProgram: pdfProgram, store: false)
        let tools = ToolFingerprints.current(reusing: manifest.toolFingerprints)
        let freshness = Freshness(configs: configs, tools: tools)
        let present = Set(files.map(\.relativePath))
        removed = manifest.documents.keys.filter { !present.contains($0) }.sorted()

        var allFresh = removed.isEmpty
        var included: [(String, String)] = []
        for file in files {
            let old = manifest.documents[file.relativePath]
            let document = Self.document(file, old: old, freshness: freshness,
                                         previousTools: manifest.toolFingerprints, store: store)
            if !document.isFresh && document.failure == nil { allFresh = false }
            if let load = old?.load { included.append((file.relativePath, load.key)) }
            documents.append(document)
        }

        if manifest.outputs == nil {
            outputs = .stale(.outputsNotWritten)
        } else if !allFresh {
            outputs = .stale(.documentsChanged)
        } else if let record = manifest.outputs {
            let intact = Freshness.outputsIntact(record, in: config.outputFolder)
            if record.key != freshness.outputsKey(included) {
                outputs = .stale(.csvOptionsOrToolChanged)
            } else if !intact {
                outputs = .stale(.outputFileChanged)
            }
        }
    }

    /// The chain of fingerprints a run would compute, compared stage by stage with the stored ones.
    private static func document(_ file: InputFile, old: DocumentState?, freshness: Freshness,
                                 previousTools: [String: String], store: StateStore) -> Document {
        let path = file.relativePath
        var stages: [StageState] = []
        guard let old else {
            return Document(sourceFile: path, stages: Array(repeating: .stale(.notRunBefore), count: Stage.allCases.count))
        }
        // Input: trusted stat, else hash.
        var sha256: String?
        var unreadable: String?
        if let record = old.input, record.trusted, let stat = file.stat, record.stat == stat {
            sha256 = record.sha256
        } else {
            switch DocumentProcessor.read(file) {
            case .success(let bytes): sha256 = SHA256.hex(bytes)
            case .failure(let failure): unreadable = failure.description
            }
        }

        var upstreamFresh = true
        for stage in Stage.allCases {
            guard let stored = old[stage] else {
                stages.append(.stale(.notRunBefore))
                upstreamFresh = false
                continue
            }
            guard upstreamFresh else {
                stages.append(.stale(.upstreamStale))
                continue
            }
            // Every stage before this one has a stored record here (else it is stale, and so is this one).
            let expected: StageRecord
            switch stage {
            case .extract:
                expected = freshness.extract(sourceFile: path, isPDF: PDFConverter.isPDF(file), sha256: sha256, unreadable: unreadable)
            case .normalize: expected = freshness.normalize(after: old.extract!)
            case .validate: expected = freshness.validate(after: old.normalize!)
            case .load: expected = freshness.load(after: old.normalize!, old.validate!)
            }
            if expected.key != stored.key {
                stages.append(.stale(StaleReason.of(stage, old: stored, new: expected,
                                                    upstreamChanged: stage == .extract && sha256 != old.input?.sha256,
                                                    toolChanged: previousTools[stage.rawValue] != freshness.tools[stage])))
                upstreamFresh = false
            } else if let failure = stored.failure {
                stages.append(.failed(failure))
            } else if !store.exists(stage, path) {
                stages.append(.stale(.storedResultMissing))
            } else {
                stages.append(.fresh)
            }
        }
        return Document(sourceFile: path, stages: stages)
    }

    private static func runningHolder(_ outputFolder: URL) -> String? {
        let url = outputFolder.appendingPathComponent(RunLock.fileName)
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var held = flock(fd, LOCK_SH | LOCK_NB) != 0
        if !held { flock(fd, LOCK_UN) }
        let holder = RunLock.parse((try? String(contentsOf: url, encoding: .utf8)) ?? "")
        if !held, let pid = holder.pid { held = RunLock.isRunning(pid, startTicks: holder.startTicks) }
        return held ? holder.description : nil
    }
}

/// `budget-etl clean`: removes the output files and the state, under the lock.
public enum PipelineClean {
    /// Removes what budget-etl writes (only that: other files in the output folder stay) and
    /// returns the paths removed.
    @discardableResult
    public static func clean(_ config: PipelineConfig, log: RunLog = RunLog(verbosity: .quiet)) throws -> [String] {
        let output = config.outputFolder
        guard FileManager.default.fileExists(atPath: output.path) else { return [] }
        let lock: RunLock
        do {
            lock = try RunLock.acquire(in: output, command: "budget-etl clean") { log.warning($0) }
        } catch let busy as RunLock.Busy {
            throw RunFailure(.locked, busy.description)
        } catch {
            throw RunFailure(.runAborted, "cannot take the lock of the output folder: \(error)")
        }
        defer { lock.release() }

        var removed: [String] = []
        func remove(_ url: URL) throws {
            guard FileManager.default.fileExists(atPath: url.path) else { return }
            do { try FileManager.default.removeItem(at: url) } catch {
                throw RunFailure(.runAborted, "cannot remove \(url.path): \(error.localizedDescription)")
            }
            removed.append(url.path)
        }
        for name in [LongCSV.fileName, DocumentsCSV.fileName, RejectsCSV.fileName, ValidationCSV.fileName, RunReport.fileName,
                     DataPackage.fileName, WorkbookWriter.fileName] {
            try remove(output.appendingPathComponent(name))
        }
        // The parquet folder holds only what budget-etl writes there.
        try remove(output.appendingPathComponent(ParquetLayout.folderName))
        let wide = output.appendingPathComponent(WideCSV.folderName)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: wide.path)) ?? []
        where name.hasSuffix(".csv") || TemporaryFile.isTemporaryName(name) {
            try remove(wide.appendingPathComponent(name))
        }
        rmdir(wide.path)
        let report = output.appendingPathComponent(ReportWriter.folderName)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: report.path)) ?? []
        where name.hasSuffix(".html") || TemporaryFile.isTemporaryName(name) {
            try remove(report.appendingPathComponent(name))
        }
        rmdir(report.path)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [] where TemporaryFile.isTemporaryName(name) {
            try remove(output.appendingPathComponent(name))
        }
        let store = StateStore(folder: config.effectiveStateFolder)
        for url in [store.manifestURL, store.journalURL, store.configFingerprintsURL, store.checkedConfigURL, store.documentsFolder, store.textFolder,
                    store.csvLayoutURL, store.parquetLayoutURL, store.workbookLayoutURL, store.folder.appendingPathComponent(ReportWriter.cacheName),
                    store.folder.appendingPathComponent(ReportWriter.legacyCacheName)] {
            try remove(url)
        }
        store.removeTemporaryFiles()
        rmdir(store.folder.path)
        log.info("clean: removed \(removed.count) files and folders from \(output.path)")
        return removed
    }
}
