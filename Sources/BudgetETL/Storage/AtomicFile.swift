import Foundation

/// Writes a file so readers never see it half-written: the bytes go to a temporary file in the
/// same folder (same file system, so the rename cannot become a copy), which is then renamed over
/// the target. rename(2) replaces the target in one step.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw LoadError.cannotRename(from: temporary.path, to: url.path, errno: errno)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
