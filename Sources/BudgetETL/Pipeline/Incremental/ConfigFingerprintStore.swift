import Foundation

/// The configuration fingerprints of the last run, kept in the state folder (`config-fingerprints`)
/// under a key made of everything they are computed from: the configuration file's bytes, the PDF
/// converter's stamp and this executable (its code decides how settings are read and
/// fingerprinted). Computing them walks every setting by reflection (`CanonicalText`), about a third
/// of a no-op run's instructions; reading them back is one small file.
///
/// A configuration whose fingerprinted settings were changed after it was read (tests, embedders)
/// has no source digest, and its fingerprints are always computed.
struct ConfigFingerprintStore {
    let url: URL

    init(_ store: StateStore) { url = store.configFingerprintsURL }

    private static let kind = "conf"

    /// The stored fingerprints when their key matches, else computed (and stored when `store`).
    func fingerprints(_ config: PipelineConfig, pdfProgram: String, store: Bool) -> ConfigFingerprints {
        guard let key = Self.key(config, pdfProgram: pdfProgram) else {
            return ConfigFingerprints(config, pdfProgram: pdfProgram)
        }
        if case .success(let bytes) = FileReading.read(url.path),
           let contents = try? StateFile.unframe(bytes, kind: Self.kind, key: key),
           let known = try? Self.decode(contents.payload) {
            return known
        }
        let computed = ConfigFingerprints(config, pdfProgram: pdfProgram)
        if store {
            // Only a shortcut: a state folder that cannot be written fails the run elsewhere.
            let framed = StateFile.frame(kind: Self.kind, key: key, payload: Self.encode(computed), compress: false)
            try? StateStore.writeCreatingFolder(framed, to: url)
        }
        return computed
    }

    /// nil when the configuration did not come unchanged from a file, or this executable cannot
    /// be identified.
    static func key(_ config: PipelineConfig, pdfProgram: String) -> String? {
        guard let source = config.source.sha256, let executable = executableIdentity else { return nil }
        var key = Fingerprint("config.fingerprints")
        key.add("file", source)
        key.add("pdf", pdfProgram)
        key.add("executable", executable)
        key.add("version", BudgetETLVersion.current)
        return key.hex
    }

    /// Size, modification and change times and inode of the running executable: any rebuild or
    /// reinstall changes them.
    static let executableIdentity: String? = {
        guard let stat = FileStat.of("/proc/self/exe") else { return nil }
        return "\(stat.size) \(stat.modified) \(stat.changed) \(stat.inode)"
    }()

    static func encode(_ fingerprints: ConfigFingerprints) -> [UInt8] {
        var w = ByteWriter()
        for value in [fingerprints.extractText, fingerprints.extractPDF, fingerprints.validate, fingerprints.outputs,
                      fingerprints.whole, fingerprints.normalizeParts.base] {
            w.string(value)
        }
        let kinds = fingerprints.normalizeParts.kinds.sorted { $0.key < $1.key }
        w.u32(kinds.count)
        for (key, value) in kinds {
            w.string(key)
            w.string(value)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> ConfigFingerprints {
        var r = ByteReader(bytes)
        let extractText = try r.string(), extractPDF = try r.string(), validate = try r.string()
        let outputs = try r.string(), whole = try r.string(), base = try r.string()
        var kinds: [String: String] = [:]
        let count = try r.count()
        for _ in 0..<count {
            let key = try r.string()
            kinds[key] = try r.string()
        }
        guard r.atEnd else { throw ByteReader.Damaged() }
        return ConfigFingerprints(extractText: extractText, extractPDF: extractPDF, validate: validate, outputs: outputs,
                                  whole: whole, normalizeBase: base, normalizeKinds: kinds)
    }
}
