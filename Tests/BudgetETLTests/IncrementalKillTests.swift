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
}
