import Foundation
import XCTest
@testable import BudgetETL

final class PipelineRunnerTests: XCTestCase {
    /// One unreadable input must not stop the others: it is listed as failed and the run says so.
    func testAFailingDocumentDoesNotStopTheOthers() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("runner-tests-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("input")
        let output = root.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("收入决算表\n".utf8).write(to: input.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("b.txt").path,
                                                   withDestinationPath: "/nonexistent/b.txt")
        try Data("no tables here\n".utf8).write(to: input.appendingPathComponent("c.txt"))

        let config = PipelineConfig(file: "test", inputFolder: input, outputFolder: output,
                                    catalog: Catalog(kinds: [TableKind(key: "income_final", titlePatterns: ["收入决算表"])]))
        let summary = try PipelineRunner(config: config).run()

        XCTAssertEqual(summary.documents, 3)
        XCTAssertEqual(summary.failures, 1)
        XCTAssertEqual(summary.exitStatus, .documentFailed)
        let documents = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
        let lines = documents.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[1].contains(",a.txt,"), lines[1])
        XCTAssertTrue(lines[2].contains(",b.txt,") && lines[2].contains(",failed: cannot read: broken symbolic link"), lines[2])
        XCTAssertTrue(lines[3].contains(",c.txt,") && !lines[3].contains("failed"), lines[3])
    }

    func testSummaryCountsAndExitStatus() {
        let summary = RunSummary([LoadFixtures.finalAccount, LoadFixtures.budget])
        XCTAssertEqual(summary, RunSummary(documents: 2, tables: 3, cells: 8, rejects: 1, failures: 0))
        XCTAssertEqual(summary.exitStatus, .success, "rejects are data, not failures")
        XCTAssertEqual(RunSummary([LoadFixtures.failed]).exitStatus, .documentFailed)
    }
}
