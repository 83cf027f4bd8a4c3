import Foundation
import XCTest
@testable import BudgetETL

/// Incremental runs over copies of the samples and small corpora made by make_corpus.py: what is
/// recomputed after each kind of change, and that the outputs always equal a full run's.
final class IncrementalRunTests: XCTestCase {
    private func corpus(_ count: Int = 10) throws -> Workspace {
        let ws = try Workspace(self, name: "incremental")
        try ws.makeCorpus(count: count)
        return ws
    }

    func testSecondRunProcessesNothingAndLeavesOutputsUnchanged() throws {
        let ws = try corpus()
        let first = try ws.run()
        XCTAssertEqual(Workspace.processed(first), [10, 10, 10, 10])
        XCTAssertTrue(first.outputs.written)
        let before = try ws.outputs()
        let times = try before.keys.map { try FileManager.default.attributesOfItem(atPath: ws.output.appendingPathComponent($0).path)[.modificationDate] as! Date }

        let second = try ws.run()
        XCTAssertEqual(Workspace.processed(second), [0, 0, 0, 0])
        XCTAssertEqual(Stage.allCases.map { second.stages[$0].skipped }, [10, 10, 10, 10])
        XCTAssertFalse(second.outputs.written)
        Workspace.assertEqual(try ws.outputs(), before)
        let after = try before.keys.map { try FileManager.default.attributesOfItem(atPath: ws.output.appendingPathComponent($0).path)[.modificationDate] as! Date }
        XCTAssertEqual(after, times, "no output file was rewritten")

        let json = try RunReport.read(from: ws.output)
        XCTAssertEqual(json.stages.extract.processed, 0)
        XCTAssertEqual(json.documents.total, 10)
        XCTAssertEqual(json.numbers.found, json.numbers.loaded + json.numbers.rejected)
        XCTAssertGreaterThan(json.numbers.loaded, 1000)
        XCTAssertEqual(json.toolVersion, BudgetETLVersion.current)
        XCTAssertEqual(json.exitStatus, 0)
    }

    func testChangingOneDocumentReprocessesExactlyItAndEqualsAForcedRun() throws {
        let ws = try corpus()
        try ws.run()
        let name = ws.inputNames[4]
        try ws.editDocument(name)
        let report = try ws.run(RunOptions(jobs: 2))
        XCTAssertEqual(Workspace.processed(report), [1, 1, 1, 1])
        XCTAssertTrue(report.outputs.written)
        let incremental = try ws.outputs()
        Workspace.assertEqual(incremental, try ws.cleanRun(RunOptions(force: true)), "from a --force run into a new folder")

        let forced = try ws.run(RunOptions(force: true, jobs: 1))
        XCTAssertEqual(Workspace.processed(forced), [10, 10, 10, 10])
        Workspace.assertEqual(try ws.outputs(), incremental, "after --force in the same folder")
    }

    func testRemovingADocumentDropsItFromEveryOutput() throws {
        let ws = try corpus()
        try ws.run()
        let name = ws.inputNames[3]
        let store = StateStore(folder: ws.output.appendingPathComponent(".state"))
        XCTAssertTrue(store.exists(.normalize, name))
        try FileManager.default.removeItem(at: ws.input.appendingPathComponent(name))

        let report = try ws.run()
        XCTAssertEqual(report.documents.removed, 1)
        XCTAssertEqual(Workspace.processed(report), [0, 0, 0, 0])
        XCTAssertTrue(report.outputs.written)
        let outputs = try ws.outputs()
        for (file, bytes) in outputs {
            XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains(name), "\(file) still names \(name)")
        }
        Workspace.assertEqual(outputs, try ws.cleanRun())
        for stage in Stage.allCases { XCTAssertFalse(store.exists(stage, name), "stored \(stage) result left behind") }
    }

    func testChangingOneRuleRerunsOnlyValidateAndLoad() throws {
        let ws = try corpus(6)
        try ws.run()
        try ws.editConfig("tolerance_per_summand: 0.01", "tolerance_per_summand: 0.02")
        let report = try ws.run()
        XCTAssertEqual(Workspace.processed(report).prefix(3), [0, 0, 6])
        // load: the documents whose findings came out different (the others' fragments are the same).
        XCTAssertLessThanOrEqual(report.stages.load.processed, 6)
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())

        // No rounding admitted: warnings become errors in most documents, whose load reruns.
        try ws.editConfig("tolerance_per_summand: 0.02", "tolerance_per_summand: 0.00")
        let strict = try ws.run()
        XCTAssertEqual(Workspace.processed(strict).prefix(3), [0, 0, 6])
        XCTAssertGreaterThan(strict.stages.load.processed, 0)
        XCTAssertTrue(strict.outputs.written)
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())

        // fail_on decides only the exit status: nothing is recomputed.
        try ws.editConfig("fail_on: never", "fail_on: warning")
        let failOn = try ws.run()
        XCTAssertEqual(Workspace.processed(failOn), [0, 0, 0, 0])
        XCTAssertEqual(failOn.exitStatus, ExitStatus.validationFailed.rawValue)
    }

    func testChangingTheUnitRerunsNormalizeOnward() throws {
        let ws = try corpus(6)
        try ws.run()
        try ws.editConfig("  unit: 元 ", "  unit: 万元 ")
        let report = try ws.run()
        XCTAssertEqual(Workspace.processed(report), [0, 6, 6, 6])
        let outputs = try ws.outputs()
        XCTAssertTrue(String(decoding: outputs["long.csv"]!, as: UTF8.self).contains(",万元,"))
        Workspace.assertEqual(outputs, try ws.cleanRun())
    }

    func testAChangedCatalogEntryRerunsOnlyTheDocumentsThatHaveItsTables() throws {
        let ws = try Workspace(self, name: "catalog")
        try ws.copySamples()
        try ws.run()
        // income_budget's own alias: only the two budgets have a 收入预算表.
        try ws.editConfig("财政专户管理资金收: 财政专户管理资金收入", "财政专户管理资金收: 财政专户资金收入")
        let aliases = try ws.run()
        XCTAssertEqual(Workspace.processed(aliases)[0], 0)
        XCTAssertEqual(aliases.stages.normalize.processed, 2)
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())

        // A title pattern: extract reads every title, so every document is extracted again.
        try ws.editConfig(#"titles: ["(本级)?(部门|单位)?(\\(单位\\))?收入决算(批复)?表"]"#, #"titles: ["(本级)?(部门|单位)?(\\(单位\\))?收入决算(总|批复)?表"]"#)
        let titles = try ws.run()
        XCTAssertEqual(titles.stages.extract.processed, 5)
        // None of the documents has such a table: their extract results are the same, nothing after runs.
        XCTAssertEqual(Workspace.processed(titles), [5, 0, 0, 0])
        XCTAssertFalse(titles.outputs.written)
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())
    }

    func testStageNormalizeNeedsStoredExtractResults() throws {
        let ws = try Workspace(self, name: "stage")
        try ws.copySamples()
        XCTAssertThrowsError(try ws.run(RunOptions(scope: .stage(.normalize)))) { error in
            let failure = error as! RunFailure
            XCTAssertEqual(failure.exitStatus, .missingStageResults)
            XCTAssertTrue(failure.description.contains("the stored extract result is missing for 5 documents"), failure.description)
            XCTAssertTrue(failure.description.contains("Run `budget-etl run --stage extract` first"), failure.description)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: ws.output.appendingPathComponent("long.csv").path))
        XCTAssertEqual(try RunReport.read(from: ws.output).exitStatus, ExitStatus.missingStageResults.rawValue)

        let extract = try ws.run(RunOptions(scope: .stage(.extract)))
        XCTAssertEqual(Workspace.processed(extract), [5, 0, 0, 0])
        XCTAssertFalse(extract.outputs.written)
        XCTAssertThrowsError(try ws.run(RunOptions(scope: .stage(.validate))), "validate needs normalize results") { error in
            XCTAssertTrue((error as! RunFailure).description.contains("`budget-etl run --stage normalize`"))
        }

        try ws.run()
        let before = try ws.outputs()
        let normalize = try ws.run(RunOptions(scope: .stage(.normalize)))
        XCTAssertEqual(Workspace.processed(normalize), [0, 5, 0, 0], "normalize for every document and nothing else")
        XCTAssertFalse(normalize.outputs.written)
        Workspace.assertEqual(try ws.outputs(), before)

        // --from validate: validate and load for all.
        let from = try ws.run(RunOptions(scope: .from(.validate)))
        XCTAssertEqual(Workspace.processed(from), [0, 0, 5, 5])
        XCTAssertTrue(from.outputs.written)
        Workspace.assertEqual(try ws.outputs(), before)
    }

    func testStageRunsAfterAConfigChangeThenLoadGivesTheFullRunsOutputs() throws {
        let ws = try Workspace(self, name: "stages")
        try ws.copySamples()
        try ws.run()
        try ws.editConfig("  unit: 元 ", "  unit: 万元 ")
        XCTAssertEqual(Workspace.processed(try ws.run(RunOptions(scope: .stage(.normalize)))), [0, 5, 0, 0])
        XCTAssertEqual(Workspace.processed(try ws.run(RunOptions(scope: .stage(.validate)))), [0, 0, 5, 0])
        XCTAssertEqual(Workspace.processed(try ws.run(RunOptions(scope: .stage(.load)))), [0, 0, 0, 5])
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())
        XCTAssertEqual(Workspace.processed(try ws.run()), [0, 0, 0, 0], "everything is up to date")
    }

    func testOnlyLimitsTheRunToMatchingDocuments() throws {
        let ws = try Workspace(self, name: "only")
        try ws.copySamples()
        try ws.run()
        for name in ws.inputNames { try ws.editDocument(name) }
        let report = try ws.run(RunOptions(only: ["jiaozuo-*"]))
        XCTAssertEqual(report.documents.selected, 2)
        XCTAssertEqual(Workspace.processed(report), [2, 2, 2, 2])
        let status = try PipelineStatus(config: ws.config())
        XCTAssertEqual(status.documents.filter(\.isFresh).map(\.sourceFile),
                       ["jiaozuo-insurance-center-2023-final.txt", "jiaozuo-medical-security-bureau-2024-budget.txt"])
        XCTAssertEqual(Workspace.processed(try ws.run()), [3, 3, 3, 3])
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())
    }

    func testStatusSaysWhatIsStaleAndWhy() throws {
        let ws = try Workspace(self, name: "status")
        try ws.copySamples()
        var status = try PipelineStatus(config: ws.config())
        XCTAssertEqual(status.documents.map(\.text), Array(repeating: "new (not run before)", count: 5))
        XCTAssertEqual(status.outputs, .stale("not written"))

        try ws.run()
        status = try PipelineStatus(config: ws.config())
        XCTAssertTrue(status.documents.allSatisfy(\.isFresh))
        XCTAssertEqual(status.summary, "5 documents: 5 fresh, 0 stale, 0 failed, 0 new; outputs fresh")

        let names = ws.inputNames
        try ws.editDocument(names[0])
        try FileManager.default.removeItem(at: ws.input.appendingPathComponent(names[1]))
        try ws.editConfig("tolerance_per_summand: 0.01", "tolerance_per_summand: 0.02")
        status = try PipelineStatus(config: ws.config())
        XCTAssertEqual(status.documents[0].text, "extract stale (input changed); normalize, validate, load stale (upstream stale)")
        XCTAssertEqual(status.documents[1].text, "extract, normalize fresh; validate stale (config changed: validate); load stale (upstream stale)")
        XCTAssertEqual(status.removed, [names[1]])
        XCTAssertEqual(status.summary, "4 documents: 0 fresh, 4 stale, 0 failed, 0 new; 1 removed from the input; outputs stale (documents changed)")
        XCTAssertTrue(status.text.contains("\(names[1]): removed from the input"))

        try FileManager.default.removeItem(at: ws.output.appendingPathComponent("long.csv"))
        try ws.run()
        XCTAssertTrue(try PipelineStatus(config: ws.config()).documents.allSatisfy(\.isFresh))
        try FileManager.default.removeItem(at: ws.output.appendingPathComponent("rejects.csv"))
        XCTAssertEqual(try PipelineStatus(config: ws.config()).outputs, .stale("an output file was changed or removed"))
        XCTAssertTrue(try ws.run().outputs.written, "a removed output file is written again")
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())
    }

    func testRunJsonAccountsForEveryDocumentAndNumber() throws {
        let ws = try Workspace(self, name: "runjson")
        try ws.copySamples()
        try Data("no table here\n".utf8).write(to: ws.input.appendingPathComponent("notes.txt"))
        try Data().write(to: ws.input.appendingPathComponent("empty.txt"))
        try ws.run()
        let report = try RunReport.read(from: ws.output)
        XCTAssertEqual(report.documents, RunReport.Documents(total: 7, selected: 7, ok: 5, noTables: 1, failed: 1, removed: 0))
        XCTAssertEqual(report.exitStatus, ExitStatus.documentFailed.rawValue)
        XCTAssertEqual(report.stages.extract.failed, 1)
        let documents = String(decoding: try ws.outputs()["documents.csv"]!, as: UTF8.self)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = "document_id,source_file,sha256,agency,fiscal_year,document_kind,source_unit,tables,numbers_found,cells,rejects,errors,warnings,status"
            .split(separator: ",")
        func sum(_ column: String) -> Int { documents.reduce(0) { $0 + (Int($1[header.firstIndex(of: Substring(column))!]) ?? 0) } }
        XCTAssertEqual(report.numbers, RunReport.Numbers(found: sum("numbers_found"), loaded: sum("cells"), rejected: sum("rejects")))
        XCTAssertEqual(report.findings, RunReport.Findings(error: sum("errors"), warning: sum("warnings")))
        XCTAssertFalse(report.configFingerprint.isEmpty)
        XCTAssertFalse(report.started.isEmpty || report.ended.isEmpty)

        // The failed document is retried; the others are not touched.
        let second = try ws.run()
        XCTAssertEqual(Workspace.processed(second), [1, 0, 0, 0])
        XCTAssertEqual(second.stages.extract.failed, 1)
        XCTAssertEqual(second.exitStatus, ExitStatus.documentFailed.rawValue)
    }

    func testStateFolderCanBeConfigured() throws {
        let ws = try Workspace(self, name: "statefolder")
        try ws.copySamples()
        try ws.editConfig("csv:\n", "state:\n  folder: work/state\n\ncsv:\n")
        try ws.run()
        XCTAssertTrue(FileManager.default.fileExists(atPath: ws.root.appendingPathComponent("work/state/manifest").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: ws.output.appendingPathComponent(".state").path))
        XCTAssertEqual(Workspace.processed(try ws.run()), [0, 0, 0, 0])

        try ws.editConfig("  folder: work/state\n", "  folder: [a]\n")
        XCTAssertThrowsError(try ws.config()) { error in
            let config = error as! ConfigError
            XCTAssertNotNil(config.line)
            XCTAssertTrue(config.message.contains("state.folder must be text"), config.message)
        }
        try ws.editConfig("  folder: [a]\n", "  folder: work\n  keep: true\n")
        XCTAssertThrowsError(try ws.config()) { error in
            XCTAssertTrue((error as! ConfigError).message.contains("unknown key 'keep' in state"))
        }
    }
}
