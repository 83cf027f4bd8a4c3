import Foundation
import XCTest
@testable import BudgetETL

/// The command line around incremental runs, through the built binary: exit statuses, messages,
/// status, clean.
final class IncrementalCommandLineTests: XCTestCase {
    func testStageWithoutStoredResultsExitsSixWithTheCommandToRunFirst() throws {
        let ws = try Workspace(self, name: "cli-stage")
        try ws.copySamples()
        let result = try BuiltBinary.run(["run", "--stage", "normalize", "--config", ws.configFile.path], in: ws.root)
        XCTAssertEqual(result.status, ExitStatus.missingStageResults.rawValue)
        XCTAssertTrue(result.stderr.contains("error: cannot run normalize: the stored extract result is missing for 5 documents"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Run `budget-etl run --stage extract` first"), result.stderr)
        XCTAssertEqual(result.stdout, "")

        let both = try BuiltBinary.run(["run", "--stage", "load", "--from", "extract"], in: ws.root)
        XCTAssertEqual(both.status, ExitStatus.configurationError.rawValue)
        XCTAssertTrue(both.stderr.contains("--stage and --from cannot be combined"), both.stderr)
        XCTAssertEqual(try BuiltBinary.run(["run", "--stage", "transform"], in: ws.root).status, ExitStatus.configurationError.rawValue)
    }

    func testHelpListsEveryExitStatus() throws {
        for arguments in [["--help"], ["run", "--help"]] {
            let help = try BuiltBinary.run(arguments, in: Workspace.repository).stdout
            for status in 0...6 { XCTAssertTrue(help.contains("\n  \(status)  "), "\(arguments): exit status \(status) in:\n\(help)") }
            XCTAssertTrue(help.contains("another budget-etl run holds the output folder's lock"))
        }
        let run = try BuiltBinary.run(["run", "--help"], in: Workspace.repository).stdout
        for option in ["--stage", "--from", "--force", "--only", "--jobs", "--quiet", "--verbose"] {
            XCTAssertTrue(run.contains(option), "run --help names \(option)")
        }
    }

    func testPlainLogsStatusAndClean() throws {
        let ws = try Workspace(self, name: "cli")
        try ws.copySamples()
        let first = try BuiltBinary.run(["run", "--config", ws.configFile.path], in: ws.root)
        XCTAssertEqual(first.status, 0, first.stderr)
        let lines = first.stderr.split(separator: "\n").map(String.init)
        let timestamp = try NSRegularExpression(pattern: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ budget-etl: "#)
        XCTAssertTrue(lines.allSatisfy { timestamp.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil },
                      "plain timestamped lines off a terminal:\n\(first.stderr)")
        for stage in ["scan:", "extract: 5 processed", "normalize: 5 processed", "validate: 5 processed", "load: wrote 69 files", "done:"] {
            XCTAssertTrue(lines.contains { $0.contains(" budget-etl: \(stage)") }, "a line for \(stage) in:\n\(first.stderr)")
        }
        XCTAssertEqual(try BuiltBinary.run(["run", "--quiet", "--config", ws.configFile.path], in: ws.root).stderr, "",
                       "quiet: nothing to say when all is well")
        try ws.editDocument(ws.inputNames[0])
        let verbose = try BuiltBinary.run(["run", "--verbose", "--config", ws.configFile.path], in: ws.root)
        XCTAssertTrue(verbose.stderr.contains("budget-etl: \(ws.inputNames[0]): extract (input changed), normalize (upstream changed), validate (upstream changed), load (upstream changed)"),
                      verbose.stderr)

        try Data([0x50, 0x4B, 0x03, 0x04]).write(to: ws.input.appendingPathComponent("tables.txt"))
        let failed = try BuiltBinary.run(["run", "--quiet", "--config", ws.configFile.path], in: ws.root)
        XCTAssertEqual(failed.status, ExitStatus.documentFailed.rawValue)
        XCTAssertTrue(failed.stderr.contains("budget-etl: error: failed: tables.txt: binary file: a ZIP archive"), failed.stderr)

        let status = try BuiltBinary.run(["status", "--config", ws.configFile.path], in: ws.root)
        XCTAssertEqual(status.status, 0)
        XCTAssertTrue(status.stdout.contains("tables.txt: failed (binary file: a ZIP archive"), status.stdout)
        XCTAssertTrue(status.stdout.hasSuffix("6 documents: 5 fresh, 0 stale, 1 failed, 0 new; outputs fresh\n"), status.stdout)

        let clean = try BuiltBinary.run(["clean", "--config", ws.configFile.path], in: ws.root)
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: ws.output.path), [])
        XCTAssertTrue(try BuiltBinary.run(["status", "--config", ws.configFile.path], in: ws.root).stdout
            .hasSuffix("6 documents: 0 fresh, 0 stale, 0 failed, 6 new; outputs stale (not written)\n"))
    }
}
