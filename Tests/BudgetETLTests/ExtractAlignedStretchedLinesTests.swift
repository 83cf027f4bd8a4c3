import XCTest
@testable import BudgetETL

/// A line whose amounts stand much farther apart than its columns' header words
/// (AlignedStretchedLines): short lines of its section are placed by the sums, not by positions.
final class ExtractAlignedStretchedLinesTests: XCTestCase {
    private func tokens(_ texts: [String]) -> [Token] { Tokenizer.tokens(of: texts.joined(separator: "   "), number: 1).filter { !$0.isBlank } }

    /// 合计 | 人员经费 | 公用经费, header words centred at 29, 40, 50.
    private let anchors: [Double] = [29, 40, 50]

    func testAmountsTwiceAsFarApartAsTheirColumnsStretchTheLine() {
        XCTAssertTrue(AlignedStretchedLines.isStretched(tokens(["3.93", "3.93"]), ends: [39, 80], placed: [0, 2], anchors: anchors, pushed: false))
        XCTAssertTrue(AlignedStretchedLines.isStretched(tokens(["1,003.93", "3.93"]), ends: [39, 60], placed: [0, 1], anchors: anchors, pushed: false))
    }

    func testLinesInProportionCountsOrPushedValuesDoNot() {
        // The header's spacing, give or take.
        XCTAssertFalse(AlignedStretchedLines.isStretched(tokens(["274.75", "274.75"]), ends: [38, 58], placed: [0, 2], anchors: anchors, pushed: false))
        // A 行次 or a count is centred in its cell: its distance tells no scale.
        XCTAssertFalse(AlignedStretchedLines.isStretched(tokens(["31", "25.50"]), ends: [39, 80], placed: [0, 2], anchors: anchors, pushed: false))
        XCTAssertFalse(AlignedStretchedLines.isStretched(tokens(["12.5%", "3.93"]), ends: [39, 80], placed: [0, 2], anchors: anchors, pushed: false))
        // A value pushed off its cell by a long name.
        XCTAssertFalse(AlignedStretchedLines.isStretched(tokens(["3.93", "3.93"]), ends: [39, 80], placed: [0, 2], anchors: anchors, pushed: true))
        // A lone value spans nothing.
        XCTAssertFalse(AlignedStretchedLines.isStretched(tokens(["3.93"]), ends: [80], placed: [2], anchors: anchors, pushed: false))
    }
}
