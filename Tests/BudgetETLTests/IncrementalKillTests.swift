import Foundation
import XCTest
@testable import BudgetETL

/// `kill -9` at random moments: the outputs are always wholly those of the last complete run or
/// wholly those of the killed one, and the next run's outputs equal a clean run's.
final class IncrementalKillTests: XCTestCase {
    func testSIGKILLAtRandomMomentsNeverLeavesMixedOutputs() throws {
        let ws = try Workspace(self, name: "kill")
        try ws.makeCorpus(count: 16, seed: 9)
        _ = try BuiltBinary.require()
        var generator = SystemRandomNumberGenerator()
        let arguments = ["run", "--config", ws.configFile.path, "--quiet"]

        // How long a run over everything takes with this build, to spread the kills over it.
        let start = Date()
        XCTAssertEqual(try BuiltBinary.run(arguments + ["--force"], in: ws.root).status, 0)
        let fullRun = Date().timeIntervalSince(start)
        var old = try ws.outputs()
        var killedInCommit = 0

        let names = ws.inputNames
        for round in 0..<6 {
            // Something for the run to do: some documents edited, one removed or a rule changed.
            for name in names.shuffled(using: &generator).prefix(round % 3 + 1)
            where FileManager.default.fileExists(atPath: ws.input.appendingPathComponent(name).path) {
                try ws.editDocument(name)
            }
            if round == 2 { try FileManager.default.removeItem(at: ws.input.appendingPathComponent(names[5])) }
            if round == 4 { try ws.editConfig("tolerance_per_summand: 0.01", "tolerance_per_summand: 0.03") }
            let force = round == 3 ? ["--force"] : []

            let process = try BuiltBinary.start(arguments + force, in: ws.root, quietOutput: true)
            usleep(UInt32(Double.random(in: 0.05...max(0.1, fullRun * 0.9), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let afterKill = try ws.outputs()
            let journaled = FileManager.default.fileExists(atPath: ws.output.appendingPathComponent(".state/commit.json").path)

            // The next run completes the work (taking over the dead run's lock).
            let next = try BuiltBinary.run(arguments, in: ws.root)
            XCTAssertEqual(next.status, 0, next.stderr)
            let new = try ws.outputs()
            Workspace.assertEqual(new, try ws.cleanRun(), "round \(round): the next run's outputs equal a clean run's")

            if journaled {
                // Killed while renaming: each file is whole, old or new; the journal completed the rest.
                killedInCommit += 1
                for (name, bytes) in afterKill {
                    XCTAssertTrue(bytes == old[name] || bytes == new[name], "round \(round): \(name) is neither old nor new")
                }
            } else {
                XCTAssertTrue(afterKill == old || afterKill == new,
                              "round \(round): outputs after the kill are a mix of old and new files")
            }
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: ws.output.path).filter { $0.contains(".tmp-") }, [],
                           "round \(round): temporary files are cleaned up")
            old = new
        }
        XCTAssertEqual(Workspace.processed(try ws.run()), [0, 0, 0, 0])
        if killedInCommit > 0 { print("killed during the output commit in \(killedInCommit) of 6 rounds") }
    }

    /// Killed for certain in the middle of renaming the outputs into place (the run is made to
    /// pause there): each file is whole, some old and some new, the journal is there, and the next
    /// run completes it before anything else.
    func testSIGKILLDuringTheOutputCommitIsCompletedByTheNextRun() throws {
        let ws = try Workspace(self, name: "kill-commit")
        try ws.copySamples()
        let arguments = ["run", "--config", ws.configFile.path, "--quiet"]
        XCTAssertEqual(try BuiltBinary.run(arguments, in: ws.root).status, 0)
        let old = try ws.outputs()
        for name in ws.inputNames { try ws.editDocument(name) }

        let process = Process()
        process.executableURL = try BuiltBinary.require()
        process.arguments = arguments
        process.environment = BuiltBinary.environment.merging(["BUDGET_ETL_TEST_COMMIT_PAUSE_MS": "30000"]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        let journal = ws.output.appendingPathComponent(".state/commit.json")
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: journal.path) && process.isRunning && Date() < deadline { usleep(5_000) }
        usleep(200_000)   // the first rename is done right after the journal
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertTrue(FileManager.default.fileExists(atPath: journal.path), "killed with its journal in place")
        let afterKill = try ws.outputs()
        XCTAssertNotEqual(afterKill, old, "the first file was renamed before the kill")

        var messages: [String] = []
        let report = try PipelineRunner(config: ws.config(), log: RunLog(verbosity: .normal, sink: { messages.append($0) })).execute().report
        XCTAssertTrue(messages.contains { $0.contains("completed the output files of an interrupted run") }, messages.joined())
        XCTAssertEqual(Workspace.processed(report), [0, 0, 0, 0], "the killed run had finished its documents")
        XCTAssertFalse(report.outputs.written, "the journal made the outputs those of the killed run")
        let new = try ws.outputs()
        for (name, bytes) in afterKill { XCTAssertTrue(bytes == old[name] || bytes == new[name], "\(name) is whole") }
        XCTAssertTrue(afterKill.contains { $0.value != new[$0.key] }, "some files were still old after the kill")
        Workspace.assertEqual(new, try ws.cleanRun())
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path))
    }
}
