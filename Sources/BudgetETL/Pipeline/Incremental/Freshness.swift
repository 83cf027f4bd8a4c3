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

    /// Whether every output file is still the one the run wrote (size, modification time, inode).
    static func outputsIntact(_ record: OutputsRecord, in folder: URL) -> Bool {
        record.files.allSatisfy { name, stat in
            guard let now = FileStat.of(folder.appendingPathComponent(name).path) else { return false }
            return now.size == stat.size && now.modified == stat.modified && now.inode == stat.inode
        }
    }
}
