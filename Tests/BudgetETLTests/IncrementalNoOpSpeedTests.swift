import Foundation
import XCTest
@testable import BudgetETL

/// The no-op run's shortcut: a document whose records were found fresh under the run's documents
/// key, with an input of the stat recorded when it was hashed, is skipped without computing its
/// records (`Freshness.unchanged`); anything else goes the whole way.
final class IncrementalNoOpSpeedTests: XCTestCase {
    private let stat = FileStat(size: 100, modified: 5_000, changed: 6_000, inode: 42)

    private func state(trusted: Bool = true, under: String? = "k") -> DocumentState {
        var state = DocumentState()
        state.input = InputRecord(stat: stat, sha256: "ab", trusted: trusted)
        state.freshUnder = under
        return state
    }

    func testRecordsAreTakenAsFreshOnlyUnderTheSameKeyAndStat() {
        XCTAssertTrue(Freshness.unchanged(state(), stat: stat, documentsKey: "k"))
        XCTAssertFalse(Freshness.unchanged(state(), stat: stat, documentsKey: "other"), "another configuration or tool")
        let others = [FileStat(size: 101, modified: 5_000, changed: 6_000, inode: 42),
                      FileStat(size: 100, modified: 5_001, changed: 6_000, inode: 42),
                      FileStat(size: 100, modified: 5_000, changed: 6_001, inode: 42),
                      FileStat(size: 100, modified: 5_000, changed: 6_000, inode: 43)]
        for other in others {
            XCTAssertFalse(Freshness.unchanged(state(), stat: other, documentsKey: "k"), "\(other)")
        }
        XCTAssertFalse(Freshness.unchanged(state(), stat: nil, documentsKey: "k"), "a broken link")
        XCTAssertFalse(Freshness.unchanged(state(trusted: false), stat: stat, documentsKey: "k"), "hashed right after a change")
        XCTAssertFalse(Freshness.unchanged(state(under: nil), stat: stat, documentsKey: "k"), "not known fresh")
        var unread = state()
        unread.input = nil
        XCTAssertFalse(Freshness.unchanged(unread, stat: stat, documentsKey: "k"), "not read")
    }

    func testTheMarkSurvivesTheIndexAndMakesItsFormatNew() throws {
        var manifest = StateManifest()
        manifest.documents["a.txt"] = state(under: "0123456789abcdef0123456789abcdef")
        manifest.documents["b.txt"] = state(under: nil)
        let decoded = try ManifestCoding.decode(ManifestCoding.encode(manifest))
        XCTAssertEqual(decoded.documents, manifest.documents)
        XCTAssertEqual(BudgetETLVersion.stateFormat, 7, "an index of format 6 has no mark: it is not read as one")
    }

    func testTheDocumentsKeyFollowsWhatTheRecordsRead() throws {
        let ws = try Workspace(self, name: "documents-key")
        let tools = ToolFingerprints.current
        func key() throws -> String {
            Freshness(configs: ConfigFingerprints(try ws.config(), pdfProgram: "none"), tools: tools).documentsKey
        }
        let before = try key()
        XCTAssertEqual(try key(), before, "the same configuration")
        try ws.editConfig("fail_on: never", "fail_on: warning")
        XCTAssertEqual(try key(), before, "fail_on decides only the exit status")
        try ws.editConfig("tolerance_per_summand: 0.01", "tolerance_per_summand: 0.02")
        XCTAssertNotEqual(try key(), before, "validate reads the tolerance")
        let other = ToolFingerprints(extract: tools.extract, normalize: tools.normalize, validate: tools.validate, load: "other")
        XCTAssertNotEqual(Freshness(configs: ConfigFingerprints(try ws.config(), pdfProgram: "none"), tools: other).documentsKey,
                          try key(), "another load code")
    }

    /// Files are hashed in a run only when their times are older than the read by more than the
    /// file system's tick: the tests wait that long before the runs that should trust them.
    private func waitUntilTrusted() { Thread.sleep(forTimeInterval: 2.2) }

    func testANoOpRunSkipsMarkedDocumentsAndAChangedFileIsStillRead() throws {
        let ws = try Workspace(self, name: "noop-mark")
        try ws.copySamples()
        let count = ws.inputNames.count
        waitUntilTrusted()
        XCTAssertEqual(Workspace.processed(try ws.run()), Array(repeating: count, count: 4))
        let store = StateStore(folder: try ws.config().effectiveStateFolder)
        let manifest = try XCTUnwrap(StateManifest.load(store.manifestURL).manifest)
        XCTAssertEqual(Set(manifest.documents.values.map(\.freshUnder)).count, 1, "one key for every document")
        XCTAssertNotNil(manifest.documents.values.first?.freshUnder)
        XCTAssertTrue(manifest.documents.values.allSatisfy { $0.input?.trusted == true })
        XCTAssertEqual(Workspace.processed(try ws.run()), [0, 0, 0, 0])

        // Changed in place with its size and its modification time put back: its status-change time tells.
        let name = ws.inputNames[0]
        let path = ws.input.appendingPathComponent(name).path
        let modified = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate])
        try ws.editDocument(name)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        XCTAssertEqual(Workspace.processed(try ws.run())[0], 1)
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun(RunOptions(force: true)))
    }

    func testARunOfOneStageClearsTheMark() throws {
        let ws = try Workspace(self, name: "stage-mark")
        try ws.copySamples()
        waitUntilTrusted()
        try ws.run()
        let name = ws.inputNames[0]
        try ws.editDocument(name)
        waitUntilTrusted()
        // extract computed again from the new bytes (their stat recorded as trusted), the later stages not.
        let extractOnly = try ws.run(RunOptions(scope: .stage(.extract)))
        XCTAssertEqual(extractOnly.stages.extract.processed, ws.inputNames.count)
        let store = StateStore(folder: try ws.config().effectiveStateFolder)
        let state = try XCTUnwrap(StateManifest.load(store.manifestURL).manifest?.documents[name])
        XCTAssertNil(state.freshUnder)
        XCTAssertEqual(state.input?.trusted, true)
        let report = try ws.run()
        XCTAssertEqual(Workspace.processed(report)[1], 1, "normalize after the changed document's new extract result")
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun(RunOptions(force: true)))
    }

    func testAColumnIsFoundByItsBytesAndByItsCharacters() {
        let union = WideCSV.ColumnUnion()
        union.add(["本年收入", "e\u{301}", "合计"])
        union.add(["\u{E9}", "合计", "新增"])
        XCTAssertEqual(union.names, ["本年收入", "e\u{301}", "合计", "新增"], "canonically equal names are one column")
        XCTAssertEqual(union.position(of: "\u{E9}"), 1)
        XCTAssertEqual(union.position(of: "e\u{301}"), 1)
        XCTAssertEqual(union.position(of: "新增"), 3)
        XCTAssertNil(union.position(of: "无"))
    }
}
