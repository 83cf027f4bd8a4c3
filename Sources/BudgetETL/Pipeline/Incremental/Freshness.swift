import Foundation

/// What a run expects to find stored: the record each stage's result must carry (from its input
/// or upstream result, the parts of pipeline.yaml it reads and the code of the stage) and the key of
/// the output files. `run` decides with it what to recompute, `status` what to call stale: one
/// calculation, so that the two cannot disagree.
struct Freshness {
    let configs: ConfigFingerprints
    let tools: ToolFingerprints

    /// Extract depends on the file's path and content (or why it could not be read).
    func extract(sourceFile: String, isPDF: Bool, sha256: String?, unreadable: String?) -> StageRecord {
        var input = Fingerprint("input")
        input.add("source_file", sourceFile)
        if let sha256 { input.add("sha256", sha256) } else { input.add("unreadable", unreadable ?? "") }
        return StageRecord(upstream: input.hex, config: configs.extract(isPDF: isPDF), tool: tools.extract, stage: .extract)
    }

    /// Normalize depends on the extract result and the catalog entries of the table kinds it found.
    func normalize(after extract: StageRecord) -> StageRecord {
        StageRecord(upstream: extract.resultKey, config: configs.normalize(tableKeys: extract.tableKeys ?? []),
                    tool: tools.normalize, stage: .normalize)
    }

    func validate(after normalize: StageRecord) -> StageRecord {
        StageRecord(upstream: normalize.resultKey, config: configs.validate, tool: tools.validate, stage: .validate)
    }

    /// The load fragment depends on the normalize and validate results; `csv` options are applied
    /// when the fragments are put together (`outputsKey`).
    func load(after normalize: StageRecord, _ validate: StageRecord) -> StageRecord {
        var upstream = Fingerprint("load.upstream")
        upstream.add("normalize", normalize.resultKey)
        upstream.add("validate", validate.resultKey)
        return StageRecord(upstream: upstream.hex, config: "", tool: tools.load, stage: .load)
    }

    /// The output files depend on the csv options, the load code and every included fragment, in order.
    /// `shard`: only a shard's key differs from the whole input's, so `status` (which has no
    /// --shard) computes the same key for an unsharded run.
    func outputsKey(_ fragments: [(sourceFile: String, loadKey: String)], shard: String? = nil) -> String {
        var f = Fingerprint("outputs")
        f.add("config", configs.outputs)
        f.add("tool", tools.load)
        if let shard { f.add("shard", shard) }
        for fragment in fragments {
            f.add("source_file", fragment.sourceFile)
            f.add("load", fragment.loadKey)
        }
        return f.hex
    }

    /// Everything the records of a document depend on besides the document's own input and stored
    /// records: the parts of pipeline.yaml the four stages read and the stages' code. Two runs with
    /// the same key compute the same records from the same input and upstream records.
    var documentsKey: String {
        var f = Fingerprint("documents")
        f.add("extract.text", configs.extractText)
        f.add("extract.pdf", configs.extractPDF)
        let normalize = configs.normalizeParts
        f.add("normalize.base", normalize.base)
        for (kind, text) in normalize.kinds.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            f.add("normalize.kind." + kind, text)
        }
        f.add("validate", configs.validate)
        for stage in Stage.allCases { f.add("tool." + stage.rawValue, tools[stage]) }
        return f.hex
    }

    /// Whether a document's stored records are, without computing them, the ones this run expects:
    /// they were found fresh under the same `documentsKey` (`DocumentState.freshUnder`), and the
    /// input has the stat recorded when it was hashed (a trusted record, as `run` uses it to skip
    /// hashing). A file rewritten with the same size, times and inode is not noticed, as when its
    /// hash is skipped; `--force` reads every file.
    static func unchanged(_ state: DocumentState, stat: FileStat?, documentsKey: String) -> Bool {
        guard let under = state.freshUnder, under == documentsKey,
              let input = state.input, input.trusted, let stat, input.stat == stat else { return false }
        return true
    }

    /// Whether every output file is still the one the run wrote (size, modification time, inode).
    static func outputsIntact(_ record: OutputsRecord, in folder: URL) -> Bool {
        // Paths joined as strings: a URL made per file cost more than its stat(2).
        let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        return record.files.allSatisfy { name, stat in
            guard let now = FileStat.of(prefix + name) else { return false }
            return now.size == stat.size && now.modified == stat.modified && now.inode == stat.inode
        }
    }
}
