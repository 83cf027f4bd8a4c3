import Foundation

/// Puts a set of complete temporary files in place of their targets, and removes files that no
/// longer belong, as one step that a kill cannot leave half done.
///
/// rename(2) replaces one file atomically, but no call replaces several. So the renames are first
/// written to a journal (itself written to a temporary file and renamed); then they are done; then
/// the journal is removed. A run killed before the journal is in place leaves every output as it
/// was; one killed after finds the journal at its start (`recover`) and completes the renames, so
/// the outputs become wholly those of the run that wrote it. Only in the milliseconds the renames
/// take, and until the next run, can a reader see some files of each.
struct OutputCommit: Codable, Equatable {
    struct Rename: Codable, Equatable {
        var from: String
        var to: String
    }

    var renames: [Rename] = []
    var removals: [String] = []

    mutating func add(_ file: TemporaryFile) {
        renames.append(Rename(from: file.url.path, to: file.target.path))
    }

    /// Journals, renames, removes, and drops the journal.
    func perform(journal: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(Array(try encoder.encode(self)), to: journal)
        try apply(pausingAfterFirstRename: Self.testPause)
        if unlink(journal.path) != 0 && errno != ENOENT {
            throw FileError(operation: "remove", path: journal.path, errno: errno)
        }
    }

    /// For the kill tests only: milliseconds to wait after the first rename
    /// (`BUDGET_ETL_TEST_COMMIT_PAUSE_MS`), so a test can kill a run in the middle of a commit.
    private static let testPause: UInt32 =
        ProcessInfo.processInfo.environment["BUDGET_ETL_TEST_COMMIT_PAUSE_MS"].flatMap { UInt32($0) } ?? 0

    /// Completes a commit a killed run left behind; returns whether there was one. A journal that
    /// cannot be read was never complete (it is written atomically), so nothing of it was done:
    /// it is dropped.
    @discardableResult
    static func recover(journal: URL) throws -> Bool {
        guard let data = FileManager.default.contents(atPath: journal.path) else { return false }
        if let commit = try? JSONDecoder().decode(OutputCommit.self, from: data) {
            try commit.apply()
        }
        if unlink(journal.path) != 0 && errno != ENOENT {
            throw FileError(operation: "remove", path: journal.path, errno: errno)
        }
        return true
    }

    /// Idempotent: a rename whose temporary file is gone was done before.
    private func apply(pausingAfterFirstRename pause: UInt32 = 0) throws {
        for (index, rename) in renames.enumerated() {
            if Foundation.rename(rename.from, rename.to) != 0 {
                let code = errno
                if code == ENOENT && !FileManager.default.fileExists(atPath: rename.from) { continue }
                throw FileError(operation: "rename \(rename.from) to", path: rename.to, errno: code)
            }
            if index == 0 && pause > 0 { usleep(pause * 1000) }
        }
        for path in removals where unlink(path) != 0 && errno != ENOENT {
            throw FileError(operation: "remove", path: path, errno: errno)
        }
    }
}
