import Foundation

/// What every document of a run shares: configuration and code fingerprints, the stages' workers,
/// the state store and the options.
struct RunContext: @unchecked Sendable {
    let options: RunOptions
    let store: StateStore
    /// Made when the first document needs them: building them compiles the catalog's title
    /// patterns and the validation rules, which a run with nothing to redo never uses.
    let makeProcessor: MadeOnFirstUse<DocumentProcessor>
    let makeValidator: MadeOnFirstUse<Validator>
    let configFingerprints: ConfigFingerprints
    let tools: ToolFingerprints
    /// The tool fingerprints of the run that wrote the state (to tell "tool changed").
    let previousTools: [String: String]
    /// `Freshness.documentsKey` of this run (computed once).
    let documentsKey: String
    /// The first state file that could not be written: it stops the run (exit status 3) once the
    /// documents in flight are done, so the workers need not throw for it.
    let storeFailure = FirstError()

    var freshness: Freshness { Freshness(configs: configFingerprints, tools: tools) }
    var processor: DocumentProcessor { makeProcessor.value }
    var validator: Validator { makeValidator.value }
}

/// A value made once, on first use, by whichever thread asks first (the others wait for it).
final class MadeOnFirstUse<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?
    private let make: () -> Value

    init(_ make: @escaping () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}

final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?

    func record(_ error: Error) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }

    var error: Error? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}

/// A stored result that a stage needs and that is missing or damaged, in a run that may not
/// recompute it (`--stage`, `--from`).
struct MissingStageResult: Error {
    var stage: Stage
    var sourceFile: String
    var damaged: Bool
}

/// One document's way through the stages in one run: for each stage, reuse the stored result when
/// its fingerprint is unchanged, else compute it (reading the stored upstream result, or
/// computing that too when it is not at hand) and store it.
final class DocumentJob {
    let file: InputFile
    let old: DocumentState?
    private(set) var state: DocumentState
    private let context: RunContext

    private var bytes: [UInt8]?
    private var sha256: String?
    private var readFailure: String?
    private var artifact: ExtractArtifact?
    private var normalized: NormalizedDocument?
    /// Whether `normalized` holds the narrative: a normalize result read back has none (it is stored
    /// with the extract result only, see `NormalizeResultCoding.swift`).
    private var normalizedHasNarrative = false
    /// Where the declared rules apply in `normalized`'s sections, when it was computed in this run.
    private var relations: DocumentRelations?
    private var validation: ValidationResult?

    enum Outcome: Equatable { case processed, skipped, failed }
    private(set) var outcomes: [Stage: Outcome] = [:]
    private(set) var seconds: [Stage: Double] = [:]
    /// Why each computed stage was computed (for --verbose).
    private(set) var reasons: [Stage: StaleReason] = [:]

    init(file: InputFile, old: DocumentState?, context: RunContext) {
        self.file = file
        self.old = old
        self.state = old ?? DocumentState()
        self.context = context
    }

    private var options: RunOptions { context.options }
    private var store: StateStore { context.store }
    private var path: String { file.relativePath }

    /// Why the document failed, when it did (in this run or before, as stored).
    var failure: String? {
        guard state.summary.failed, let status = state.summary.status else { return nil }
        return status.hasPrefix("failed: ") ? String(status.dropFirst("failed: ".count)) : status
    }

    /// Whether a run would find the document's stored records to be the ones it expects, without
    /// computing them (`Freshness.unchanged`): every stage runs as needed (no `--stage`, `--from`
    /// or `--force`), and the records were found fresh under this run's documents key for an
    /// input with this stat. Such a document's job has nothing to compute, compare or store.
    static func unchanged(_ file: InputFile, old: DocumentState?, context: RunContext) -> Bool {
        guard let old else { return false }
        return Stage.allCases.allSatisfy { context.options.mode($0) == .auto }
            && Freshness.unchanged(old, stat: file.stat, documentsKey: context.documentsKey)
    }

    func run() throws {
        if Self.unchanged(file, old: old, context: context) {
            // The records this run would compute are the stored ones: nothing to compute or compare.
            for stage in Stage.allCases { outcomes[stage] = .skipped }
            return
        }
        let everyStage = Stage.allCases.map(options.mode)
        state.freshUnder = nil   // until every stage has been brought up to date below
        for stage in Stage.allCases {
            let start = Date()
            switch stage {
            case .extract: try stepExtract()
            case .normalize: try stepNormalize()
            case .validate: try stepValidate()
            case .load: try stepLoad()
            }
            seconds[stage, default: 0] += Date().timeIntervalSince(start)
        }
        // A failed extract is computed again on every run, so its records are not fresh for the next.
        if !everyStage.contains(.off), state.extract?.failure == nil, state.load != nil {
            state.freshUnder = context.documentsKey
        }
    }

    /// Stores the load fragment's summary again (its stored file turned out damaged).
    func rebuildLoad() throws -> LoadFragment.Summary {
        try computeLoad()
    }

    /// The document's load fragment, made from its stored normalize and validate results (computed
    /// again when missing): the state keeps only the fragment's summary.
    func fragment() throws -> LoadFragment {
        LoadFragment(try obtainNormalized(), validation: try obtainValidation())
    }

    /// The document and its findings, as stored (computed again when missing): what its report
    /// page shows.
    func results() throws -> (NormalizedDocument, ValidationResult) {
        (try obtainNormalized(), try obtainValidation())
    }

    // MARK: - Input

    /// Finds the input's SHA-256: from the stored record when the file's size, times and inode are
    /// those recorded (and were recorded long enough after its last change to be trusted), else by
    /// reading it.
    private func hashInput() {
        if sha256 != nil || readFailure != nil { return }
        if options.mode(.extract) != .forced, let record = old?.input, record.trusted, let stat = file.stat,
           record.stat == stat {
            sha256 = record.sha256
            return
        }
        readInput()
    }

    private func readInput() {
        let readAt = Date()
        switch DocumentProcessor.read(file) {
        case .success(let read):
            bytes = read
            let sha = SHA256.hex(read)
            sha256 = sha
            readFailure = nil
            if let stat = file.stat {
                // Times within two seconds of the read are too close to tell a later change by.
                let limit = Int64((readAt.timeIntervalSince1970 - 2) * 1e9)
                state.input = InputRecord(stat: stat, sha256: sha, trusted: stat.modified < limit && stat.changed < limit)
            } else {
                state.input = nil
            }
        case .failure(let failure):
            bytes = nil
            sha256 = nil
            readFailure = failure.description
            state.input = nil
        }
    }

    // MARK: - extract

    private func extractRecord() -> StageRecord {
        context.freshness.extract(sourceFile: path, isPDF: PDFConverter.isPDF(file), sha256: sha256, unreadable: readFailure)
    }

    private func stepExtract() throws {
        let mode = options.mode(.extract)
        guard mode != .off else { return }
        hashInput()
        let record = extractRecord()
        if mode == .auto, let stored = old?.extract, stored.key == record.key, stored.failure == nil {
            outcomes[.extract] = .skipped
            return
        }
        reasons[.extract] = reason(.extract, record, upstreamChanged: old?.input?.sha256 != sha256 || sha256 == nil)
        computeExtract()
    }

    private func computeExtract() {
        if bytes == nil && readFailure == nil { readInput() }
        var record = extractRecord()
        let result: ExtractArtifact
        if let readFailure {
            result = ExtractArtifact(failed: file, sha256: "", why: readFailure)
        } else {
            result = context.processor.extract(file, bytes: bytes ?? [], sha256: sha256 ?? "")
        }
        bytes = nil   // no longer needed: keep memory to one document's records
        record.failure = result.failure
        record.tableKeys = Array(Set(result.document.tables.map(\.tableKey))).sorted()
        record.content = store(.extract, record, result)
        artifact = result
        state.extract = record
        outcomes[.extract] = record.failure == nil ? .processed : .failed
    }

    private func obtainArtifact() throws -> ExtractArtifact {
        if let artifact { return artifact }
        if let record = state.extract, let stored: ExtractArtifact = load(.extract, record) {
            artifact = stored
            return stored
        }
        guard options.mode(.extract) != .off else {
            throw MissingStageResult(stage: .extract, sourceFile: path, damaged: state.extract != nil)
        }
        hashInput()
        computeExtract()
        return artifact!
    }

    // MARK: - normalize

    private func normalizeRecord() throws -> StageRecord {
        guard let upstream = state.extract else { throw MissingStageResult(stage: .extract, sourceFile: path, damaged: false) }
        return context.freshness.normalize(after: upstream)
    }

    private func stepNormalize() throws {
        let mode = options.mode(.normalize)
        guard mode != .off else { return }
        let record = try normalizeRecord()
        if mode == .auto, let stored = old?.normalize, stored.key == record.key {
            outcomes[.normalize] = .skipped
            return
        }
        reasons[.normalize] = reason(.normalize, record, upstreamChanged: state.extract?.resultKey != old?.extract?.resultKey)
        try computeNormalize()
    }

    private func computeNormalize() throws {
        let input = try obtainArtifact()
        var record = try normalizeRecord()   // after obtaining: extract may just have been recomputed
        let (result, relations) = context.processor.normalizeWithRelations(input)
        if case .failed(let why) = result.status, input.failure == nil { record.failure = why }
        // The narrative is stored with the extract result, not with this one: the content
        // fingerprint covers the extract result's, so that validate, which reads the narrative,
        // is computed again when it changes.
        record.content = store(.normalize, record, result, alongside: state.extract?.resultKey)
        normalized = result
        normalizedHasNarrative = true
        self.relations = relations
        state.normalize = record
        state.summary.record(result)
        outcomes[.normalize] = record.failure == nil ? .processed : .failed
    }

    private func obtainNormalized() throws -> NormalizedDocument {
        if let normalized { return normalized }
        if let record = state.normalize, let stored: NormalizedDocument = load(.normalize, record) {
            normalized = stored
            return stored
        }
        guard options.mode(.normalize) != .off else {
            throw MissingStageResult(stage: .normalize, sourceFile: path, damaged: state.normalize != nil)
        }
        try computeNormalize()
        return normalized!
    }

    // MARK: - validate

    private func validateRecord() throws -> StageRecord {
        guard let upstream = state.normalize else { throw MissingStageResult(stage: .normalize, sourceFile: path, damaged: false) }
        return context.freshness.validate(after: upstream)
    }

    private func stepValidate() throws {
        let mode = options.mode(.validate)
        guard mode != .off else { return }
        let record = try validateRecord()
        if mode == .auto, let stored = old?.validate, stored.key == record.key {
            outcomes[.validate] = .skipped
            return
        }
        reasons[.validate] = reason(.validate, record, upstreamChanged: state.normalize?.resultKey != old?.normalize?.resultKey)
        try computeValidate()
    }

    private func computeValidate() throws {
        let document = try normalizedWithNarrative()
        var record = try validateRecord()
        let result = context.validator.check(document, relations: relations)
        record.content = store(.validate, record, result)
        validation = result
        state.validate = record
        state.summary.record(result.findings)
        outcomes[.validate] = .processed
    }

    /// The normalize result as validate reads it: with the narrative, taken from the extract result
    /// when the normalize result was read back (and the narrative rules need it).
    private func normalizedWithNarrative() throws -> NormalizedDocument {
        var document = try obtainNormalized()
        if normalizedHasNarrative || context.validator.config.narrative.isEmpty { return document }
        if case .failed = document.status { return document }
        document.narrative = try obtainArtifact().document.narrative
        return document
    }

    private func obtainValidation() throws -> ValidationResult {
        if let validation { return validation }
        if let record = state.validate, let stored: ValidationResult = load(.validate, record) {
            validation = stored
            return stored
        }
        guard options.mode(.validate) != .off else {
            throw MissingStageResult(stage: .validate, sourceFile: path, damaged: state.validate != nil)
        }
        try computeValidate()
        return validation!
    }

    // MARK: - load (this document's fragment)

    private func loadRecord() throws -> StageRecord {
        guard let normalize = state.normalize else { throw MissingStageResult(stage: .normalize, sourceFile: path, damaged: false) }
        guard let validate = state.validate else { throw MissingStageResult(stage: .validate, sourceFile: path, damaged: false) }
        return context.freshness.load(after: normalize, validate)
    }

    private func stepLoad() throws {
        let mode = options.mode(.load)
        guard mode != .off else { return }
        let record = try loadRecord()
        if mode == .auto, let stored = old?.load, stored.key == record.key {
            outcomes[.load] = .skipped
            return
        }
        reasons[.load] = reason(.load, record, upstreamChanged: state.normalize?.resultKey != old?.normalize?.resultKey
                                                            || state.validate?.resultKey != old?.validate?.resultKey)
        _ = try computeLoad()
    }

    private func computeLoad() throws -> LoadFragment.Summary {
        let summary = LoadFragment.Summary(try obtainNormalized())
        let record = try loadRecord()
        let bytes = summary.encoded()
        do {
            // Only the summary, which the assembly's first pass reads for every document
            // (`StateStore.readPrefix`). The fragment itself is made again from the normalize and
            // validate results, only for the documents some output file renders (`fragment()`):
            // stored, the fragments were 40% of the state, and reading one back cost about as much
            // as making it.
            try store.write(.load, path, key: record.key, payload: bytes, prefixLength: bytes.count, compress: false)
        } catch {
            context.storeFailure.record(error)
        }
        state.load = record
        outcomes[.load] = .processed
        return summary
    }

    private func reason(_ stage: Stage, _ record: StageRecord, upstreamChanged: Bool) -> StaleReason {
        StaleReason.of(stage, old: old?[stage], new: record, upstreamChanged: upstreamChanged,
                       toolChanged: context.previousTools[stage.rawValue] != context.tools[stage])
    }

    // MARK: - Stored results

    /// Stores a stage result and returns the fingerprint of its content, which is what the next
    /// stage depends on: a result computed again that comes out the same (a changed title pattern
    /// that matches nothing new, a rule that finds the same) leaves the later stages fresh.
    /// `alongside`: the content fingerprint of a stored result the value is read with (the normalize
    /// result's narrative is the extract result's).
    private func store<T: StateCodable>(_ stage: Stage, _ record: StageRecord, _ value: T,
                                        alongside: String? = nil) -> String {
        let payload = value.stateBytes()   // deterministic, so equal results hash alike
        let compressed = Zlib.compress(payload)
        var content = Fingerprint("content.\(stage.rawValue)")
        content.add("bytes", compressed)
        if let alongside { content.add("alongside", alongside) }
        do {
            try store.write(stage, path, key: record.key, compressed: compressed, rawLength: payload.count)
        } catch {
            context.storeFailure.record(error)
        }
        return content.hex
    }

    private func load<T: StateCodable>(_ stage: Stage, _ record: StageRecord) -> T? {
        guard let contents = store.read(stage, path, key: record.key) else { return nil }
        return try? T(stateBytes: contents.payload)
    }
}
