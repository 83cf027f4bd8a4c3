import Foundation

/// The lock that keeps two runs out of one output folder: the file `.budget-etl.lock` in it, holding
/// the pid, host and start time of the run that owns it.
///
/// - Created with O_CREAT|O_EXCL, so of two runs starting together exactly one creates it.
/// - The owner also holds flock(2) on it for as long as it runs. The kernel drops that lock when
///   the process ends in any way (kill -9 included), so a lock file whose flock can be taken
///   belongs to no live run.
/// - A lock is stale, and is taken over (the new owner rewrites it), when its flock is free and its
///   process is gone: the pid does not exist, or it exists but started at another time (a pid
///   reused by an unrelated process). A lock whose process still runs is respected even without
///   the flock (a lock written by hand, or over a file system without flock).
final class RunLock {
    static let fileName = ".budget-etl.lock"

    let url: URL
    private var descriptor: Int32

    /// Who holds a lock, as written in its file.
    struct Holder: Equatable {
        var pid: Int32?
        var startTicks: UInt64?
        var host: String?
        var started: String?
        var command: String?

        var description: String {
            var parts = ["process \(pid.map(String.init) ?? "?")"]
            if let host, host != RunLock.hostName { parts[0] += " on \(host)" }
            if let started { parts.append("started \(started)") }
            return parts.joined(separator: ", ")
        }
    }

    /// Another run holds the lock.
    struct Busy: Error, CustomStringConvertible {
        var url: URL
        var holder: Holder
        var description: String {
            "another budget-etl run (\(holder.description)) is using this output folder (lock file \(url.path)); "
                + "this run was not started. Wait for it to finish; a lock left by a process that no longer runs is taken over automatically."
        }
    }

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Takes the lock of `folder` (which must exist). `note` is told when a stale lock is taken over.
    static func acquire(in folder: URL, command: String, note: (String) -> Void) throws -> RunLock {
        let url = folder.appendingPathComponent(fileName)
        var emptySince: Date?
        for _ in 0..<400 {
            let created = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if created >= 0 {
                // Ours. flock may be held for an instant by a run checking whether the file is stale.
                if lockBlocking(created, seconds: 5) {
                    let lock = RunLock(url: url, descriptor: created)
                    if lock.stillAtPath() {
                        try lock.writeOwner(command: command)
                        return lock
                    }
                    lock.descriptor = -1
                }
                close(created)
                continue
            }
            guard errno == EEXIST else { throw FileError(operation: "create", path: url.path, errno: errno) }

            let existing = open(url.path, O_RDWR | O_CLOEXEC)
            if existing < 0 {
                if errno == ENOENT { continue }   // released meanwhile: try to create it again
                throw FileError(operation: "open", path: url.path, errno: errno)
            }
            if flock(existing, LOCK_EX | LOCK_NB) != 0 {
                let holder = read(existing)
                close(existing)
                throw Busy(url: url, holder: holder)
            }
            let lock = RunLock(url: url, descriptor: existing)
            guard lock.stillAtPath() else {        // removed and recreated meanwhile
                lock.release(unlinking: false)
                continue
            }
            let holder = read(existing)
            if holder.pid == nil {
                // Empty: its creator may be between open and write. Give it a moment before
                // deciding it died there.
                let since = emptySince ?? Date()
                emptySince = since
                if Date().timeIntervalSince(since) < 1 {
                    lock.release(unlinking: false)
                    usleep(20_000)
                    continue
                }
            } else if let pid = holder.pid, isRunning(pid, startTicks: holder.startTicks), pid != getpid() {
                lock.release(unlinking: false)
                throw Busy(url: url, holder: holder)
            }
            note(holder.pid == nil ? "taking over an empty lock file (its run died while starting)"
                 : "taking over the lock of \(holder.description), which is no longer running")
            try lock.writeOwner(command: command)
            return lock
        }
        throw FileError(operation: "take the lock", path: url.path, errno: EAGAIN)
    }

    /// Removes the lock file and drops the flock.
    func release() { release(unlinking: true) }

    private func release(unlinking: Bool) {
        guard descriptor >= 0 else { return }
        if unlinking && stillAtPath() { unlink(url.path) }
        close(descriptor)   // drops the flock
        descriptor = -1
    }

    private func stillAtPath() -> Bool {
        var open = stat(), named = stat()
        return fstat(descriptor, &open) == 0 && stat(url.path, &named) == 0
            && open.st_ino == named.st_ino && open.st_dev == named.st_dev
    }

    private func writeOwner(command: String) throws {
        let pid = getpid()
        var text = "pid \(pid)\n"
        if let ticks = Self.startTicks(of: pid) { text += "start_ticks \(ticks)\n" }
        text += "host \(Self.hostName)\n"
        text += "started \(ISO8601DateFormatter().string(from: Date()))\n"
        text += "command \(command)\n"
        let bytes = Array(text.utf8)
        guard ftruncate(descriptor, 0) == 0,
              bytes.withUnsafeBytes({ pwrite(descriptor, $0.baseAddress, $0.count, 0) }) == bytes.count else {
            throw FileError(operation: "write", path: url.path, errno: errno)
        }
    }

    private static func read(_ fd: Int32) -> Holder {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        return parse(n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : "")
    }

    static func parse(_ text: String) -> Holder {
        var holder = Holder()
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "pid": holder.pid = Int32(parts[1])
            case "start_ticks": holder.startTicks = UInt64(parts[1])
            case "host": holder.host = parts[1]
            case "started": holder.started = parts[1]
            case "command": holder.command = parts[1]
            default: break
            }
        }
        return holder
    }

    /// Whether `pid` is a live process that started at `startTicks` (when known).
    static func isRunning(_ pid: Int32, startTicks: UInt64?) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) != 0 && errno == ESRCH { return false }
        guard let startTicks, let actual = Self.startTicks(of: pid) else { return true }
        return actual == startTicks
    }

    /// Start time of a process in clock ticks after boot (field 22 of /proc/<pid>/stat); nil
    /// where /proc is not available.
    static func startTicks(of pid: Int32) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        // The command name (field 2) is in parentheses and may hold spaces: count after its ')'.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 22 is fields[19].
        return fields.count > 19 ? UInt64(fields[19]) : nil
    }

    static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        return gethostname(&buffer, buffer.count - 1) == 0 ? String(cString: buffer) : "?"
    }()

    private static func lockBlocking(_ fd: Int32, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if Date() > deadline { return false }
            usleep(5_000)
        }
        return true
    }
}
