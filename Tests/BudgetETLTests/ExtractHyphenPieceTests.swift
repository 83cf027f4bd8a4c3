import XCTest
@testable import BudgetETL

/// A bilingual row name wrapped around its number line breaks an English word after its own
/// hyphen (`Value-` / `added`): the later piece joins it without a space, as `wrapped` joins a
/// name's next line; any other piece joins with one.
final class ExtractHyphenPieceTests: XCTestCase {
    func testAPieceAfterAWordBrokenAtItsHyphenJoinsWithoutASpace() {
        XCTAssertEqual(AlignedRows.appended("返还收入 Consumption Tax and Value-", "added"), "返还收入 Consumption Tax and Value-added")
        XCTAssertEqual(AlignedRows.appended("Operation Income of State-", "owned Assets"), "Operation Income of State-owned Assets")
    }

    func testOtherPiecesJoinWithASpace() {
        XCTAssertEqual(AlignedRows.appended("Tax Base", "Return"), "Tax Base Return")
        XCTAssertEqual(AlignedRows.appended("收入 -", "added"), "收入 - added")  // a dash alone breaks no word
        XCTAssertEqual(AlignedRows.appended("2020-", "2021"), "2020- 2021")
    }
}
