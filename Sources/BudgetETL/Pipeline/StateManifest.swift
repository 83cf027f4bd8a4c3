import Foundation

/// The index of the state folder: for every document, what its input was (size, times, SHA-256)
/// and under which fingerprint each stage's result is stored, plus the fingerprint of the outputs
/// last put together. It is all a run needs to see that nothing changed: stored results are read
/// only when a later stage must be recomputed from them.
struct StateManifest: Codable {
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

    enum CodingKeys: String, CodingKey {
        case tool, toolFingerprints = "tools", documents, outputs
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
            return (try JSONDecoder().decode(StateManifest.self, from: Data(contents.payload)), nil)
        } catch {
            return (nil, "the state index \(url.path) is damaged or of another version (\(error)); every stage is recomputed")
        }
    }

    func encoded() throws -> [UInt8] {
        let payload = Array(try JSONEncoder().encode(self))
        return StateFile.frame(kind: "manifest", key: "", payload: payload, compress: false)
    }
}

/// One document's entry.
struct DocumentState: Codable, Equatable {
    var input: InputRecord?
    var extract: StageRecord?
    var normalize: StageRecord?
    var validate: StageRecord?
    var load: StageRecord?
    var summary = DocumentSummary()

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

    enum CodingKeys: String, CodingKey {
        case input = "in", extract = "e", normalize = "n", validate = "v", load = "l", summary = "s"
    }
}

/// The input file as last hashed.
struct InputRecord: Codable, Equatable {
    var stat: FileStat
    var sha256: String
    /// False when the file changed so shortly before it was hashed that a later change might keep
    /// the same size and times (file systems stamp times at a coarse tick): then it is hashed again.
    var trusted: Bool

    enum CodingKeys: String, CodingKey {
        case stat = "st", sha256 = "h", trusted = "t"
    }
}

/// Under which fingerprint a stage's result is stored, and the fingerprint of the configuration it
/// read, so `status` can say why a result is stale. (The tool's fingerprints are kept once for all,
/// in `StateManifest.toolFingerprints`.)
struct StageRecord: Codable, Equatable {
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

    enum CodingKeys: String, CodingKey {
        case key = "k", config = "c", failure = "f", tableKeys = "tk", content = "h"
    }
}

/// A document's counts, for run.json and the exit status, kept so that a run that skips the
/// document still counts it.
struct DocumentSummary: Codable, Equatable {
    /// documents.csv `status`.
    var status: String?
    var failed = false
    var tables = 0
    var numbersFound = 0
    var cells = 0
    var rejects = 0
    var errors = 0
    var warnings = 0

    enum CodingKeys: String, CodingKey {
        case status = "st", failed = "x", tables = "t", numbersFound = "f", cells = "c", rejects = "r",
             errors = "e", warnings = "w"
    }

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
struct OutputsRecord: Codable, Equatable {
    var key: String
    var files: [String: FileStat]
}
