import Foundation

/// The index of the state folder: for every document, what its input was (size, times, SHA-256)
/// and under which fingerprint each stage's result is stored, plus the fingerprint of the outputs
/// last put together. It is all a run needs to see that nothing changed: stored results are read
/// only when a later stage must be recomputed from them.
struct StateManifest {
    /// `BudgetETLVersion.current` of the run that wrote it (for messages).
    var tool: String
    /// `ToolFingerprints` of that run, by stage (to tell "tool changed" apart in `status`).
    var toolFingerprints: [String: String]
    var documents: [String: DocumentState]
    /// What the output files are, when they were last put together.
    var outputs: OutputsRecord?

    init() {
        tool = BudgetETLVersion.current
        toolFingerprints = [:]
        documents = [:]
        outputs = nil
    }


    /// Reads the manifest; nil (with the reason) when there is none or it cannot be trusted.
    static func load(_ url: URL) -> (manifest: StateManifest?, problem: String?) {
        let bytes: [UInt8]
        switch FileReading.read(url.path) {
        case .success(let read): bytes = read
        case .failure(let error):
            return (nil, error.code == ENOENT ? nil : "cannot read \(url.path): \(error)")
        }
        do {
            let contents = try StateFile.unframe(bytes, kind: "manifest", key: nil)
            return (try ManifestCoding.decode(contents.payload), nil)
        } catch {
            return (nil, "the state index \(url.path) is damaged or of another version (\(error)); every stage is recomputed")
        }
    }

    func encoded() throws -> [UInt8] {
        StateFile.frame(kind: "manifest", key: "", payload: ManifestCoding.encode(self), compress: false)
    }
}

/// The manifest's stored form: binary (ByteWriter), since a run that finds nothing to do spends
/// most of its time reading it; about ten times faster than JSON for 2,000 documents.
enum ManifestCoding {
    static func encode(_ m: StateManifest) -> [UInt8] {
        var w = ByteWriter(reservingCapacity: 600 * m.documents.count + 1024)
        w.string(m.tool)
        w.u32(m.toolFingerprints.count)
        for (stage, fingerprint) in m.toolFingerprints.sorted(by: { $0.key < $1.key }) {
            w.string(stage)
            w.string(fingerprint)
        }
        w.u32(m.documents.count)
        // In byte order (any fixed order does: decoding makes a dictionary); `<` on Strings, which
        // orders by Unicode scalars after normalizing, cost a third of the encoding.
        for (path, document) in m.documents.sorted(by: { UTF8Order.precedes($0.key, $1.key) }) {
            w.string(path)
            w.optional(document.input) { w, input in
                stat(&w, input.stat)
                w.string(input.sha256)
                w.u32(input.trusted ? 1 : 0)
            }
            for stage in Stage.allCases {
                w.optional(document[stage]) { w, record in
                    w.string(record.key)
                    w.string(record.config)
                    w.optional(record.failure) { $0.string($1) }
                    w.optional(record.tableKeys) { w, keys in
                        w.u32(keys.count)
                        keys.forEach { w.string($0) }
                    }
                    w.optional(record.content) { $0.string($1) }
                }
            }
            w.optional(document.freshUnder) { $0.string($1) }
            let s = document.summary
            w.optional(s.status) { $0.string($1) }
            for value in [s.failed ? 1 : 0, s.tables, s.numbersFound, s.cells, s.rejects, s.errors, s.warnings] {
                w.u64(UInt64(value))
            }
        }
        w.optional(m.outputs) { w, outputs in
            w.string(outputs.key)
            w.u32(outputs.files.count)
            for (name, fileStat) in outputs.files.sorted(by: { UTF8Order.precedes($0.key, $1.key) }) {
                w.string(name)
                stat(&w, fileStat)
            }
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> StateManifest {
        var r = ByteReader(bytes)
        var m = StateManifest()
        m.tool = try r.string()
        for _ in 0..<(try r.count()) {
            let stage = try r.string()
            m.toolFingerprints[stage] = try r.string()
        }
        let documents = try r.count()
        m.documents.reserveCapacity(documents)
        for _ in 0..<documents {
            let path = try r.string()
            var document = DocumentState()
            document.input = try r.optional { r in
                InputRecord(stat: try stat(&r), sha256: try r.string(), trusted: try r.u32() != 0)
            }
            for stage in Stage.allCases {
                document[stage] = try r.optional { r in
                    var record = StageRecord(key: try r.string(), config: try r.string())
                    record.failure = try r.optional { try $0.string() }
                    record.tableKeys = try r.optional { r in try (0..<(try r.count())).map { _ in try r.string() } }
                    record.content = try r.optional { try $0.string() }
                    return record
                }
            }
            document.freshUnder = try r.optional { try $0.string() }
            var s = DocumentSummary()
            s.status = try r.optional { try $0.string() }
            s.failed = try r.u64() != 0
            s.tables = Int(try r.u64())
            s.numbersFound = Int(try r.u64())
            s.cells = Int(try r.u64())
            s.rejects = Int(try r.u64())
            s.errors = Int(try r.u64())
            s.warnings = Int(try r.u64())
            document.summary = s
            m.documents[path] = document
        }
        m.outputs = try r.optional { r in
            var outputs = OutputsRecord(key: try r.string(), files: [:])
            for _ in 0..<(try r.count()) {
                let name = try r.string()
                outputs.files[name] = try stat(&r)
            }
            return outputs
        }
        guard r.atEnd else { throw ByteReader.Damaged() }
        return m
    }

    private static func stat(_ w: inout ByteWriter, _ s: FileStat) {
        w.u64(UInt64(bitPattern: s.size))
        w.u64(UInt64(bitPattern: s.modified))
        w.u64(UInt64(bitPattern: s.changed))
        w.u64(s.inode)
    }

    private static func stat(_ r: inout ByteReader) throws -> FileStat {
        FileStat(size: Int64(bitPattern: try r.u64()), modified: Int64(bitPattern: try r.u64()),
                 changed: Int64(bitPattern: try r.u64()), inode: try r.u64())
    }
}

/// One document's entry.
struct DocumentState: Equatable {
    var input: InputRecord?
    var extract: StageRecord?
    var normalize: StageRecord?
    var validate: StageRecord?
    var load: StageRecord?
    var summary = DocumentSummary()
    /// `Freshness.documentsKey` of the run that left every stage record above equal to the one it
    /// expected, from the input as `input` records it: a later run with the same key and an input
    /// of the same stat would compute the same records again (`Freshness.unchanged`). nil when
    /// that is not known (a stage off or failed in extract, a run that stopped in the middle).
    var freshUnder: String?

    subscript(stage: Stage) -> StageRecord? {
        get {
            switch stage {
            case .extract: return extract
            case .normalize: return normalize
            case .validate: return validate
            case .load: return load
            }
        }
        set {
            switch stage {
            case .extract: extract = newValue
            case .normalize: normalize = newValue
            case .validate: validate = newValue
            case .load: load = newValue
            }
        }
    }

}

/// The input file as last hashed.
struct InputRecord: Equatable {
    var stat: FileStat
    var sha256: String
    /// False when the file changed so shortly before it was hashed that a later change might keep
    /// the same size and times (file systems stamp times at a coarse tick): then it is hashed again.
    var trusted: Bool

}

/// Under which fingerprint a stage's result is stored, and the fingerprint of the configuration it
/// read, so `status` can say why a result is stale. (The tool's fingerprints are kept once for all,
/// in `StateManifest.toolFingerprints`.)
struct StageRecord: Equatable {
    /// Fingerprint of the stored result: of its upstream (for extract, the input), the parts of
    /// pipeline.yaml the stage reads, and the stage's code, together.
    var key: String
    /// The parts of pipeline.yaml the stage reads.
    var config: String
    /// Why the document failed in this stage (a failed result is computed again on every run:
    /// the cause may lie outside the file, like a missing converter or permissions).
    var failure: String?
    /// Extract only: the table kinds found (the catalog entries normalize depends on).
    var tableKeys: [String]?
    /// Fingerprint of the stored result's content (extract, normalize, validate).
    var content: String?

    /// As read back from the manifest.
    init(key: String, config: String) {
        self.key = key
        self.config = config
    }

    init(upstream: String, config: String, tool: String, stage: Stage) {
        self.config = config
        var f = Fingerprint("stage.\(stage.rawValue)")
        f.add("upstream", upstream)
        f.add("config", config)
        f.add("tool", tool)
        key = f.hex
    }

    /// What the next stage depends on: the result's content when known (so an unchanged result
    /// leaves the next stage fresh); else the fingerprint, and the failure text when there is one
    /// (a failure computed again may come out different).
    var resultKey: String {
        if let content { return content }
        guard let failure else { return key }
        var f = Fingerprint("failed")
        f.add("key", key)
        f.add("failure", failure)
        return f.hex
    }

}

/// A document's counts, for run.json and the exit status, kept so that a run that skips the
/// document still counts it.
struct DocumentSummary: Equatable {
    /// documents.csv `status`.
    var status: String?
    var failed = false
    var tables = 0
    var numbersFound = 0
    var cells = 0
    var rejects = 0
    var errors = 0
    var warnings = 0


    mutating func record(_ document: NormalizedDocument) {
        status = document.status.text
        if case .failed = document.status { failed = true } else { failed = false }
        tables = document.tables.count
        numbersFound = document.numbersFound
        cells = document.cellCount
        rejects = document.rejects.count
    }

    mutating func record(_ findings: [Finding]) {
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.count - errors
    }
}

/// The outputs as last put together: the fingerprint of everything in them, and each file's size,
/// time and inode, so that a file changed or removed by hand is noticed and written again.
struct OutputsRecord: Equatable {
    var key: String
    var files: [String: FileStat]
}
