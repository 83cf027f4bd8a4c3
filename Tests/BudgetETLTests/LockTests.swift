import Foundation
import XCTest
@testable import BudgetETL

/// One run per output folder: a second concurrent run is refused, a lock left by a dead process is
/// taken over.
final class LockTests: XCTestCase {
    func testASecondRunWhileOneHoldsTheLockIsRefused() throws {
        let ws = try Workspace(self, name: "lock")
        try ws.copySamples()
        try FileManager.default.createDirectory(at: ws.output, withIntermediateDirectories: true)
        let held = try RunLock.acquire(in: ws.output, command: "test") { _ in XCTFail("nothing to take over") }
        XCTAssertThrowsError(try ws.run()) { error in
            let failure = error as! RunFailure
            XCTAssertEqual(failure.exitStatus, .locked)
            XCTAssertTrue(failure.description.contains("another budget-etl run (process \(getpid())"), failure.description)
            XCTAssertTrue(failure.description.contains("this run was not started"), failure.description)
        }
        XCTAssertThrowsError(try PipelineClean.clean(ws.config())) { XCTAssertEqual(($0 as! RunFailure).exitStatus, .locked) }
        XCTAssertFalse(FileManager.default.fileExists(atPath: ws.output.appendingPathComponent("long.csv").path), "nothing was done")
        held.release()
        XCTAssertFalse(FileManager.default.fileExists(atPath: ws.output.appendingPathComponent(RunLock.fileName).path))
        try ws.run()
        XCTAssertFalse(FileManager.default.fileExists(atPath: ws.output.appendingPathComponent(RunLock.fileName).path), "released at the end")
    }

    func testALockOfADeadProcessIsTakenOver() throws {
        let ws = try Workspace(self, name: "stale")
        try ws.copySamples()
        try FileManager.default.createDirectory(at: ws.output, withIntermediateDirectories: true)
        let gone = try Process.run(URL(fileURLWithPath: "/bin/true"), arguments: [])
        gone.waitUntilExit()
        let lockFile = ws.output.appendingPathComponent(RunLock.fileName)
        try "pid \(gone.processIdentifier)\nhost \(RunLock.hostName)\nstarted 2026-01-01T00:00:00Z\ncommand budget-etl run\n"
            .write(to: lockFile, atomically: true, encoding: .utf8)
        var messages: [String] = []
        let report = try PipelineRunner(config: ws.config(), log: RunLog(verbosity: .normal, sink: { messages.append($0) })).execute().report
        XCTAssertEqual(report.exitStatus, 0)
        XCTAssertTrue(messages.contains { $0.contains("warning: taking over the lock of process \(gone.processIdentifier), started 2026-01-01T00:00:00Z, which is no longer running") },
                      messages.joined())
        XCTAssertFalse(FileManager.default.fileExists(atPath: lockFile.path))

        // The same pid alive, but a different process (a pid reused): stale too.
        try "pid \(getpid())\nstart_ticks 1\n".write(to: lockFile, atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try ws.run())
    }

    func testALockWrittenForALiveProcessIsRespected() throws {
        let ws = try Workspace(self, name: "live")
        try ws.copySamples()
        try FileManager.default.createDirectory(at: ws.output, withIntermediateDirectories: true)
        let sleeper = try Process.run(URL(fileURLWithPath: "/bin/sleep"), arguments: ["30"])
        defer { sleeper.terminate(); sleeper.waitUntilExit() }
        let ticks = RunLock.startTicks(of: sleeper.processIdentifier).map { "start_ticks \($0)\n" } ?? ""
        try "pid \(sleeper.processIdentifier)\n\(ticks)".write(to: ws.output.appendingPathComponent(RunLock.fileName),
                                                              atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ws.run()) { XCTAssertEqual(($0 as! RunFailure).exitStatus, .locked) }
    }

    /// Two processes: the second exits with status 5 and says why; the first finishes normally.
    func testAConcurrentProcessIsRefusedWithItsExitStatus() throws {
        let ws = try Workspace(self, name: "concurrent")
        try ws.makeCorpus(count: 12)
        let first = try BuiltBinary.start(["run", "--config", ws.configFile.path, "--jobs", "1", "--quiet"], in: ws.root, quietOutput: true)
        let lockFile = ws.output.appendingPathComponent(RunLock.fileName)
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: lockFile.path) && first.isRunning && Date() < deadline { usleep(2_000) }
        try XCTSkipUnless(first.isRunning, "the first run ended before the second could start")
        let second = try BuiltBinary.run(["run", "--config", ws.configFile.path], in: ws.root)
        first.waitUntilExit()
        XCTAssertEqual(second.status, ExitStatus.locked.rawValue, second.stderr)
        XCTAssertTrue(second.stderr.contains("error: another budget-etl run (process \(first.processIdentifier)"), second.stderr)
        XCTAssertEqual(first.terminationStatus, 0)
        XCTAssertEqual(try RunReport.read(from: ws.output).command, "budget-etl run --config \(ws.configFile.path) --jobs 1 --quiet",
                       "run.json is the first run's, not the refused one's")
    }
}
