import XCTest
@testable import BudgetETL

/// Why a stored result is stale: decided from the stored and the expected record, said in words.
final class PipelineStaleReasonTests: XCTestCase {
    private func record(_ upstream: String, config: String = "c", failure: String? = nil) -> StageRecord {
        var r = StageRecord(upstream: upstream, config: config, tool: "t", stage: .normalize)
        r.failure = failure
        return r
    }

    func testReasons() {
        let new = record("u")
        XCTAssertEqual(StaleReason.of(.normalize, old: nil, new: new, upstreamChanged: true, toolChanged: false), .notRunBefore)
        XCTAssertEqual(StaleReason.of(.normalize, old: record("u"), new: new, upstreamChanged: false, toolChanged: false), .forced)
        XCTAssertEqual(StaleReason.of(.normalize, old: record("u", failure: "x"), new: new, upstreamChanged: false, toolChanged: false),
                       .failedBefore)
        let changed = StaleReason.of(.normalize, old: record("v", config: "d"), new: new, upstreamChanged: true, toolChanged: true)
        XCTAssertEqual(changed, .changed([.upstream, .config(.normalize), .tool]))
        XCTAssertEqual(changed.description, "upstream changed, config changed: output.unit, catalog columns or placement rules, tool changed")
        XCTAssertEqual(StaleReason.of(.extract, old: record("v"), new: new, upstreamChanged: true, toolChanged: false).description,
                       "input changed")
        XCTAssertEqual(StaleReason.of(.load, old: record("v"), new: new, upstreamChanged: false, toolChanged: false).description, "changed")
    }

    func testStatusWordsStayTheSame() {
        XCTAssertEqual(PipelineStatus.StageState.stale(.upstreamStale).text, "stale (upstream stale)")
        XCTAssertEqual(PipelineStatus.StageState.stale(.outputFileChanged).text, "stale (an output file was changed or removed)")
        XCTAssertEqual(StaleReason.Cause.config(.load).description, "config changed: csv")
    }
}
