import Foundation

/// Writes a file so readers never see it half-written: the bytes go to a temporary file in the
/// same folder (same file system, so the rename cannot become a copy), which is then renamed over
/// the target. rename(2) replaces the target in one step.
///
/// The bytes are written by write(2), not by Foundation's `Data.write(to:)`, which also syncs
/// every file to the disk (fsync) and copies the bytes into a `Data` first: four files a document
/// in the state folder. A killed run cannot undo a completed write(2); only a crash of the whole
/// machine could, and it could damage the output files too, which are not synced either. A state
/// file damaged so is refused by its checksum and its stage computed again.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to url: URL) throws {
        let temporary = TemporaryFile.temporaryURL(for: url)
        do {
            try writeWhole(bytes, to: temporary.path)
            guard rename(temporary.path, url.path) == 0 else {
                throw LoadError.cannotRename(from: temporary.path, to: url.path, errno: errno)
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    private static func writeWhole(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw FileError(operation: "create", path: path, errno: errno) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                let code = errno
                close(descriptor)
                throw FileError(operation: "write", path: path, errno: code)
            }
            offset += n
        }
        if close(descriptor) != 0 { throw FileError(operation: "write", path: path, errno: errno) }
    }
}
