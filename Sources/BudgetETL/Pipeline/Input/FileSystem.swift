import Foundation

/// What `stat(2)` says about an input file: enough to tell that it has not changed since it was
/// hashed, without reading it (size, modification and change times in nanoseconds, inode).
public struct FileStat: Sendable, Equatable {
    public var size: Int64
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ s: stat) {
        size = Int64(s.st_size)
        modified = Int64(s.st_mtim.tv_sec) * 1_000_000_000 + Int64(s.st_mtim.tv_nsec)
        changed = Int64(s.st_ctim.tv_sec) * 1_000_000_000 + Int64(s.st_ctim.tv_nsec)
        inode = UInt64(s.st_ino)
    }

    /// stat(2) of `path`, following symbolic links; nil when it fails.
    static func of(_ path: String) -> FileStat? {
        var s = stat()
        return stat(path, &s) == 0 ? FileStat(s) : nil
    }

}

/// An errno, with the system's message.
struct SystemError: Error, CustomStringConvertible {
    var code: Int32
    var description: String { FileReading.reason(code) }
}

/// Whole-file reads with the system's reason on failure.
enum FileReading {
    /// The file's bytes, or the errno of the failure.
    static func read(_ path: String) -> Result<[UInt8], SystemError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(SystemError(code: errno)) }
        defer { close(fd) }
        var s = stat()
        if fstat(fd, &s) != 0 { return .failure(SystemError(code: errno)) }
        if (s.st_mode & S_IFMT) == S_IFDIR { return .failure(SystemError(code: EISDIR)) }
        // One spare byte, so the read that finds the end needs no more room.
        var bytes = [UInt8](repeating: 0, count: max(Int(s.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {   // the file grew while being read
                bytes.append(contentsOf: repeatElement(0, count: max(1 << 16, bytes.count / 2)))
            }
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError(code: errno))
            }
            if n == 0 {
                bytes.removeSubrange(filled...)
                return .success(bytes)
            }
            filled += n
        }
    }

    /// `count` bytes at `offset`, or nil when the file is shorter or unreadable.
    static func read(_ path: String, offset: Int, count: Int) -> [UInt8]? {
        guard let bytes = read(path, offset: offset, upTo: count), bytes.count == count else { return nil }
        return bytes
    }

    /// At most `count` bytes at `offset` (fewer where the file ends), or nil when it is unreadable.
    static func read(_ path: String, offset: Int, upTo count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            done += n
        }
        if done < count { bytes.removeSubrange(done...) }
        return bytes
    }

    /// "permission denied" for EACCES: the system's message, starting lower-case.
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return "error \(code)" }
        return first.lowercased() + text.dropFirst()
    }
}
