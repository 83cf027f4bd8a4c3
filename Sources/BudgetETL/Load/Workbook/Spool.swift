import Foundation

/// A hidden file beside the output that compressed parts are appended to while the outputs are
/// put together, read back (by offset) when the archive is written; removed at the end.
final class Spool {
    private let file: TemporaryFile
    private(set) var length = 0
    private var reader: ReadableFile?

    init(for target: URL) throws {
        file = try TemporaryFile(for: target)
    }

    func append(_ bytes: ArraySlice<UInt8>) throws {
        try file.write(bytes)
        length += bytes.count
    }

    /// The spool open for reading, once nothing more is appended.
    func readable() throws -> ReadableFile {
        if let reader { return reader }
        try file.finish()
        let opened = try ReadableFile(file.url)
        reader = opened
        return opened
    }

    func discard() {
        reader = nil
        file.discard()
    }
}

/// A file open for reading by offset (pread, sendfile), closed when no longer referred to.
final class ReadableFile {
    let descriptor: Int32
    let size: Int

    init(_ url: URL) throws {
        descriptor = Foundation.open(url.path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw FileError(operation: "open", path: url.path, errno: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw FileError(operation: "stat", path: url.path, errno: errno)
        }
        size = Int(status.st_size)
    }

    /// The file open for reading when it is still the one recorded (size, time, inode); nil otherwise.
    init?(_ url: URL, recorded: FileStat) {
        descriptor = Foundation.open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var now = stat()
        guard fstat(descriptor, &now) == 0, FileStat(now).sameFile(as: recorded) else {
            close(descriptor)
            return nil
        }
        size = Int(now.st_size)
    }

    deinit { close(descriptor) }
}
