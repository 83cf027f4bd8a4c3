import Foundation

/// A file being written beside its target under a temporary name (`.<name>.tmp-<pid>`, hidden),
/// through a buffer, to be renamed over the target when complete (see `OutputCommit`). Until then
/// the target is untouched, so a run killed at any moment leaves the previous file whole.
final class TemporaryFile {
    let target: URL
    let url: URL
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 20

    init(for target: URL) throws {
        self.target = target
        self.url = TemporaryFile.temporaryURL(for: target)
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 { throw FileError(operation: "create", path: url.path, errno: errno) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The temporary name of `target`; `AtomicFile` uses the same pattern, and a new run removes
    /// such files left by a killed one (`isTemporaryName`).
    static func temporaryURL(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())")
    }

    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), let range = name.range(of: ".tmp-", options: .backwards) else { return false }
        let digits = name[range.upperBound...]
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    func write(_ bytes: [UInt8]) throws { try write(bytes[...]) }

    func write(_ bytes: ArraySlice<UInt8>) throws {
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count >= Self.bufferSize {
            try writeOut(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends `range` of the open file `source` as it is: by sendfile(2), which copies
    /// in the kernel (no pass through this process's memory), or by reading and writing where the
    /// file system refuses that.
    func copy(from source: Int32, _ range: Range<Int>) throws {
        try flush()
        var offset = off_t(range.lowerBound)
        let end = off_t(range.upperBound)
        while offset < end {
            let n = sendfile(descriptor, source, &offset, Int(end - offset))
            if n > 0 { continue }
            if n < 0 && errno == EINTR { continue }
            if n < 0 && ![EXDEV, ENOSYS, EINVAL, EOPNOTSUPP].contains(errno) {
                throw FileError(operation: "copy into", path: url.path, errno: errno)
            }
            try read(from: source, Int(offset)..<Int(end))   // refused, or the source ended early
            return
        }
    }

    private func read(from source: Int32, _ range: Range<Int>) throws {
        var chunk = [UInt8](repeating: 0, count: min(Self.bufferSize, range.count))
        var offset = range.lowerBound
        while offset < range.upperBound {
            let n = chunk.withUnsafeMutableBytes { pread(source, $0.baseAddress!, min($0.count, range.upperBound - offset), off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { throw FileError(operation: "copy into", path: url.path, errno: n < 0 ? errno : EIO) }
            try writeOut(chunk[0..<n])
            offset += n
        }
    }

    /// Writes what is buffered and closes the file; it is complete under its temporary name.
    func finish() throws {
        try flush()
        buffer = []   // a finished file may wait long for its commit (the report holds thousands)
        if close(descriptor) != 0 {
            descriptor = -1
            throw FileError(operation: "write", path: url.path, errno: errno)
        }
        descriptor = -1
    }

    /// Closes and removes the temporary file (the target stays as it was).
    func discard() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        unlink(url.path)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try writeOut(buffer[...])
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeOut(_ bytes: ArraySlice<UInt8>) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileError(operation: "write", path: url.path, errno: errno)
                }
                offset += n
            }
        }
    }
}

/// A file operation that failed, with the system's reason.
public struct FileError: LocalizedError, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var code: Int32

    public init(operation: String, path: String, errno code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    public var description: String { "cannot \(operation) \(path): \(String(cString: strerror(code)))" }
    public var errorDescription: String? { description }
}
