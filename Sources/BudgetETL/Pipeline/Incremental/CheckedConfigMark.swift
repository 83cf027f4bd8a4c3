import Foundation

/// A mark in the state folder (`config-checked`): this executable read the configuration file's
/// bytes with every check of its patterns (each regular expression compiled, each narrative
/// phrase expanded and its captures matched with the figures that use them) and found no mistake.
/// Those checks only decide whether the file is accepted; the same bytes read by the same code pass
/// them again, so a run that finds the mark reads the file without them (`PipelineConfigLoader`):
/// they were about a quarter of a no-op run's instructions. Keyed as the stored fingerprints are
/// (`ConfigFingerprintStore`): the file's SHA-256, this executable and the tool's version.
enum CheckedConfigMark {
    static let fileName = "config-checked"
    private static let kind = "chkd"

    /// nil when this executable cannot be identified (then the checks always run).
    static func key(sha256: String) -> String? {
        guard let executable = ConfigFingerprintStore.executableIdentity else { return nil }
        var key = Fingerprint("config.checked")
        key.add("file", sha256)
        key.add("executable", executable)
        key.add("version", BudgetETLVersion.current)
        return key.hex
    }

    static func holds(in stateFolder: URL, sha256: String) -> Bool {
        guard let key = key(sha256: sha256),
              case .success(let bytes) = FileReading.read(stateFolder.appendingPathComponent(fileName).path) else { return false }
        return (try? StateFile.unframe(bytes, kind: kind, key: key)) != nil
    }

    /// Leaves the mark; a state folder that cannot be written fails the run elsewhere.
    static func write(in stateFolder: URL, sha256: String) {
        guard let key = key(sha256: sha256) else { return }
        let framed = StateFile.frame(kind: kind, key: key, payload: [], compress: false)
        try? StateStore.writeCreatingFolder(framed, to: stateFolder.appendingPathComponent(fileName))
    }
}
